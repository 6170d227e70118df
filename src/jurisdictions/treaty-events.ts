import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export type TreatyStatusChanged = (em: EntityManager, jurisdictions: string[], instrument: string) => Promise<void>;

/**
 * Told when a State's treaty status changes (inside the change's transaction): a reservation put on
 * record covers a gap at once, without jurisdictions depending on the analyses that re-assess.
 */
@Injectable()
export class TreatyEvents {
  private readonly listeners: TreatyStatusChanged[] = [];

  onTreatyStatusChanged(listener: TreatyStatusChanged): void {
    this.listeners.push(listener);
  }

  async treatyStatusChanged(em: EntityManager, jurisdictions: string[], instrument: string): Promise<void> {
    for (const l of this.listeners) await l(em, jurisdictions, instrument);
  }
}
