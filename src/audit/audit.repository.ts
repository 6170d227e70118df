import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, MoreThanOrEqual } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  jurisdiction: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditRecord {
  actor: string;
  action: string;
  subject: string;
  jurisdiction?: string | null;
  before?: unknown;
  after?: unknown;
}

/** The append-only audit log: entries are written inside the transaction of the change they record, and never edited. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(em: EntityManager, entry: AuditRecord): Promise<void> {
    await em.getRepository(AuditEntryEntity).save({
      at: new Date().toISOString(),
      actor: entry.actor,
      action: entry.action,
      subject: entry.subject,
      jurisdictionCode: entry.jurisdiction ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
    } as AuditEntryEntity);
  }

  async list(filter: { jurisdiction?: string; since?: string; subject?: string; limit?: number }): Promise<{ items: AuditEntry[]; total: number }> {
    const where: Record<string, unknown> = {};
    if (filter.jurisdiction) where.jurisdictionCode = filter.jurisdiction;
    if (filter.subject) where.subject = filter.subject;
    if (filter.since) where.at = MoreThanOrEqual(filter.since);
    const [rows, total] = await this.db.getRepository(AuditEntryEntity).findAndCount({ where, order: { id: 'ASC' }, take: filter.limit ?? 1000 });
    return { items: rows.map(toEntry), total };
  }
}

function toEntry(r: AuditEntryEntity): AuditEntry {
  return { id: r.id, at: r.at, actor: r.actor, action: r.action, subject: r.subject, jurisdiction: r.jurisdictionCode, before: r.before ?? null, after: r.after ?? null };
}
