import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export type MappingsChanged = (em: EntityManager, jurisdiction: string, instrument: string) => Promise<void>;

/**
 * Told whenever a decision changes a jurisdiction's mappings, inside the decision's transaction: the
 * analyses re-assess from the mappings (no matcher run) without review depending on them.
 */
@Injectable()
export class ReviewEvents {
  private readonly listeners: MappingsChanged[] = [];

  onMappingsChanged(listener: MappingsChanged): void {
    this.listeners.push(listener);
  }

  async mappingsChanged(em: EntityManager, jurisdiction: string, instrument: string): Promise<void> {
    for (const l of this.listeners) await l(em, jurisdiction, instrument);
  }
}
