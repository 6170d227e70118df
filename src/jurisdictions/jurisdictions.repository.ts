import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { TreatyReservationEntity } from './entities/treaty-reservation.entity';
import { TreatyStatusEntity } from './entities/treaty-status.entity';
import { JurisdictionEntity, TreatyApplication } from './jurisdiction.entity';
import { ReservationRecord, TreatyStatusRecord } from './treaty-status.model';

/** The one place that reads and writes jurisdictions and their treaty status. */
@Injectable()
export class JurisdictionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(run: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(run);
  }

  find(code: string): Promise<JurisdictionEntity | null> {
    return this.db.getRepository(JurisdictionEntity).findOneBy({ code });
  }

  list(): Promise<JurisdictionEntity[]> {
    return this.db.getRepository(JurisdictionEntity).find({ order: { code: 'ASC' } });
  }

  /** Statutes per jurisdiction, read from the statutes' table by name (the statutes domain depends on this one, not the reverse). */
  async statuteCounts(): Promise<Map<string, number>> {
    const rows = await this.db
      .createQueryBuilder()
      .from('statute', 's')
      .select('s."jurisdictionCode"', 'code')
      .addSelect('COUNT(*)', 'n')
      .groupBy('s."jurisdictionCode"')
      .getRawMany<{ code: string; n: string }>();
    return new Map(rows.map((r) => [r.code, Number(r.n)]));
  }

  /** Creates missing jurisdictions; a name is kept only for codes without an ISO name (the user's). */
  async ensure(em: EntityManager, wanted: { code: string; name: string | null }[]): Promise<void> {
    const codes = [...new Set(wanted.map((w) => w.code))];
    if (!codes.length) return;
    const existing = new Set((await em.find(JurisdictionEntity, { where: { code: In(codes) }, select: { code: true } })).map((j) => j.code));
    const missing = new Map<string, string | null>();
    for (const w of wanted) if (!existing.has(w.code) && !missing.has(w.code)) missing.set(w.code, w.name);
    if (missing.size) await em.insert(JurisdictionEntity, [...missing].map(([code, name]) => ({ code, name, treatyApplication: 'unknown' as const })));
  }

  async updateFacts(code: string, facts: { name?: string | null; region?: string | null; treatyApplication?: TreatyApplication }): Promise<void> {
    await this.db.transaction(async (em) => {
      await this.ensure(em, [{ code, name: null }]);
      await em.update(JurisdictionEntity, { code }, facts);
    });
  }

  async statuses(filter: { code?: string; instrument?: string } = {}, em: EntityManager = this.db.manager): Promise<TreatyStatusRecord[]> {
    const where: Record<string, string> = {};
    if (filter.code) where.jurisdictionCode = filter.code;
    if (filter.instrument) where.instrumentId = filter.instrument;
    const rows = await em.getRepository(TreatyStatusEntity).find({ where, order: { jurisdictionCode: 'ASC', instrumentId: 'ASC' } });
    const records = rows.length
      ? await em.getRepository(TreatyReservationEntity).find({ where: { statusId: In(rows.map((r) => r.id)) }, order: { statusId: 'ASC', position: 'ASC' } })
      : [];
    const byStatus = new Map<number, TreatyReservationEntity[]>();
    for (const r of records) byStatus.set(r.statusId, [...(byStatus.get(r.statusId) ?? []), r]);
    return rows.map((s) => toRecord(s, byStatus.get(s.id) ?? []));
  }

  /** Finds or creates the status row of a jurisdiction and instrument, inside a transaction. */
  async statusRow(em: EntityManager, code: string, instrument: string): Promise<TreatyStatusEntity> {
    const found = await em.findOneBy(TreatyStatusEntity, { jurisdictionCode: code, instrumentId: instrument });
    if (found) return found;
    return em.save(TreatyStatusEntity, em.create(TreatyStatusEntity, { jurisdictionCode: code, instrumentId: instrument }));
  }

  async updateStatus(em: EntityManager, id: number, fields: Partial<TreatyStatusEntity>): Promise<void> {
    if (Object.keys(fields).length) await em.update(TreatyStatusEntity, { id }, fields);
  }

  /** Replaces every reservation, declaration, designation and note of one status row. */
  async replaceRecords(em: EntityManager, statusId: number, records: ReservationRecord[]): Promise<void> {
    await em.delete(TreatyReservationEntity, { statusId });
    if (!records.length) return;
    await em.insert(
      TreatyReservationEntity,
      records.map((r, position) => ({
        statusId, position, article: r.article, paragraph: r.paragraph ?? null, reference: r.reference, kind: r.kind,
        summary: r.summary, date: r.date, withdrawn: r.withdrawn ? 1 : 0, source: r.source, asOf: r.asOf,
      })),
    );
  }
}

function toRecord(s: TreatyStatusEntity, records: TreatyReservationEntity[]): TreatyStatusRecord {
  return {
    jurisdiction: s.jurisdictionCode,
    instrument: s.instrumentId,
    coeMember: s.coeMember,
    signature: s.signature,
    ratification: s.ratification,
    entryIntoForce: s.entryIntoForce,
    source: s.source,
    notes: s.notes,
    asOf: s.asOf,
    updatedAt: new Date(s.updatedAt).toISOString(),
    invitation: { date: s.invitationDate, status: s.invitationStatus, source: s.invitationSource, notes: s.invitationNotes, asOf: s.invitationAsOf },
    records: records.map((r) => ({
      article: r.article,
      ...(r.paragraph ? { paragraph: r.paragraph } : {}),
      reference: r.reference,
      kind: r.kind as ReservationRecord['kind'],
      summary: r.summary,
      date: r.date,
      withdrawn: Boolean(r.withdrawn),
      source: r.source,
      asOf: r.asOf,
    })),
  };
}
