import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { MappingEntity } from './entities/mapping.entity';
import { MappingRecord, MappingStatus } from './mapping.model';
import { StoredMapping } from './reconcile';

export interface MappingFilter {
  instrument?: string;
  article?: string;
  status?: MappingStatus;
  origin?: 'machine' | 'expert';
  stale?: boolean;
  unreviewed?: boolean;
  minScore?: number;
  limit?: number;
  offset?: number;
}

/** The only code that reads and writes mapping rows. */
@Injectable()
export class MappingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  manager(em?: EntityManager): EntityManager {
    return em ?? this.db.manager;
  }

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async ofJurisdiction(jurisdiction: string, instrument: string, em?: EntityManager): Promise<StoredMapping[]> {
    const rows = await this.manager(em).getRepository(MappingEntity).find({ where: { jurisdictionCode: jurisdiction, instrumentId: instrument }, order: { article: 'ASC', id: 'ASC' } });
    return rows.map(toStored);
  }

  async find(id: number, em?: EntityManager): Promise<(StoredMapping & { jurisdiction: string }) | null> {
    const row = await this.manager(em).getRepository(MappingEntity).findOneBy({ id });
    return row ? { ...toStored(row), jurisdiction: row.jurisdictionCode } : null;
  }

  async findPair(jurisdiction: string, m: Pick<MappingRecord, 'instrument' | 'article' | 'statute' | 'citation'>, em?: EntityManager): Promise<StoredMapping | null> {
    const row = await this.manager(em).getRepository(MappingEntity).findOneBy({ jurisdictionCode: jurisdiction, instrumentId: m.instrument, article: m.article, statute: m.statute, citation: m.citation });
    return row ? toStored(row) : null;
  }

  /** Mappings experts accepted, modified or added in other jurisdictions (newest decisions first), with the provision text decided on. */
  async decidedElsewhere(jurisdiction: string, instrument: string, limit: number): Promise<(StoredMapping & { jurisdiction: string })[]> {
    const rows = await this.db
      .getRepository(MappingEntity)
      .createQueryBuilder('m')
      .where('m.instrumentId = :instrument', { instrument })
      .andWhere('m.jurisdictionCode <> :jurisdiction', { jurisdiction })
      .andWhere("m.status IN ('accepted', 'modified', 'added')")
      .andWhere('m.decidedText IS NOT NULL')
      .orderBy('m.decidedAt', 'DESC')
      .take(limit)
      .getMany();
    return rows.map((r) => ({ ...toStored(r), jurisdiction: r.jurisdictionCode }));
  }

  /** The review queue: filtered in the database, best score first within an article. */
  async query(jurisdiction: string, f: MappingFilter): Promise<{ items: StoredMapping[]; total: number }> {
    const qb = this.db.getRepository(MappingEntity).createQueryBuilder('m').where('m.jurisdictionCode = :jurisdiction', { jurisdiction });
    if (f.instrument) qb.andWhere('m.instrumentId = :instrument', { instrument: f.instrument });
    if (f.article) qb.andWhere('m.article = :article', { article: f.article });
    if (f.status) qb.andWhere('m.status = :status', { status: f.status });
    if (f.origin) qb.andWhere('m.origin = :origin', { origin: f.origin });
    if (f.stale !== undefined) qb.andWhere('m.stale = :stale', { stale: f.stale });
    if (f.unreviewed) qb.andWhere("m.status = 'suggested'");
    if (f.minScore !== undefined) qb.andWhere('m.score >= :minScore', { minScore: f.minScore });
    qb.orderBy('m.article', 'ASC').addOrderBy('m.rank', 'ASC').addOrderBy('m.id', 'ASC').skip(f.offset ?? 0).take(f.limit ?? 500);
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toStored), total };
  }

  async insert(em: EntityManager, jurisdiction: string, rows: (MappingRecord & { engine?: string | null; decidedText?: string | null })[]): Promise<number[]> {
    if (!rows.length) return [];
    const saved = await em.getRepository(MappingEntity).save(rows.map((r) => toRow(jurisdiction, r)), { chunk: 200 });
    return saved.map((s) => s.id);
  }

  /** Writes a mapping's new state; with `expectVersion`, only if nobody changed it since (optimistic lock). */
  async update(em: EntityManager, m: StoredMapping, expectVersion?: number): Promise<boolean> {
    const { id, version, ...rest } = m;
    const patch = toRow(undefined, rest as MappingRecord & { engine?: string | null; decidedText?: string | null; staleDetail?: StoredMapping['staleDetail'] });
    const qb = em
      .createQueryBuilder()
      .update(MappingEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id', { id });
    if (expectVersion !== undefined) qb.andWhere('version = :version', { version: expectVersion });
    const result = await qb.execute();
    return (result.affected ?? 0) > 0;
  }

  async remove(em: EntityManager, ids: number[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) await em.getRepository(MappingEntity).delete({ id: In(ids.slice(i, i + 500)) });
  }
}

function toRow(jurisdiction: string | undefined, r: MappingRecord & { engine?: string | null; decidedText?: string | null; staleDetail?: StoredMapping['staleDetail'] }): Partial<MappingEntity> {
  return {
    ...(jurisdiction ? { jurisdictionCode: jurisdiction } : {}),
    instrumentId: r.instrument,
    article: r.article,
    statute: r.statute,
    citation: r.citation,
    status: r.status,
    origin: r.origin,
    relationship: r.relationship,
    score: r.score,
    rank: r.rank,
    role: r.role,
    confidence: r.confidence,
    elements: r.elements,
    rationale: r.rationale,
    stale: r.stale,
    staleDetail: r.staleDetail ?? null,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt,
    ...(r.engine !== undefined ? { engine: r.engine } : {}),
    ...(r.decidedText !== undefined ? { decidedText: r.decidedText } : {}),
  };
}

function toStored(r: MappingEntity): StoredMapping {
  return {
    id: r.id,
    version: r.version,
    instrument: r.instrumentId,
    article: r.article,
    statute: r.statute,
    citation: r.citation,
    status: r.status,
    origin: r.origin,
    relationship: r.relationship,
    score: r.score,
    rank: r.rank,
    role: r.role,
    confidence: r.confidence,
    elements: r.elements,
    rationale: r.rationale,
    stale: !!r.stale,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt,
    decidedText: r.decidedText,
    staleDetail: r.staleDetail,
    engine: r.engine,
  };
}
