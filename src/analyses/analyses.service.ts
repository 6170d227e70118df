import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { allowancesOnRecord } from '../gaps/allowances-on-record';
import { TreatyEvents } from '../jurisdictions/treaty-events';
import { DomainError } from '../common/domain-error';
import { InstrumentsService } from '../instruments/instruments.service';
import { Instrument } from '../instruments/instrument.model';
import { Lexicon, loadLexicon } from '../matching/lexicon';
import { match } from '../matching/match';
import { ConfirmedExample } from '../matching/match.model';
import { mappingsFromSuggestions } from '../review/effective';
import { confirmedExamples } from '../review/learn';
import { MappingRecord } from '../review/mapping.model';
import { MappingsRepository } from '../review/mappings.repository';
import { reconcile, StoredMapping } from '../review/reconcile';
import { ReviewEvents } from '../review/review-events';
import { AnalysisReport, buildAnalysisReport, statuteLines } from './analysis-report';
import { DamageSign, damageSigns } from '../statutes/damage-signs';
import { NotInEffect } from '../statutes/law/in-force';
import { provisionTexts } from '../statutes/provision-text';
import { StatutesService } from '../statutes/statutes.service';
import { normaliseJurisdiction } from '../jurisdictions/jurisdiction-code';
import { AnalysisEntity } from './analysis.entity';
import { assessMappings, MatchOutline, outlineOf, withExplanations } from './analyze-law';

export interface StoredAnalysis {
  id: number;
  jurisdiction: string;
  instrument: string;
  createdAt: string;
  report: AnalysisReport;
}

/** The match outline as stored with a run, with the statutes it read. */
type StoredOutline = MatchOutline & { statutes: AnalysisReport['statutes']; asAt?: string; excluded?: NotInEffect[]; damaged?: DamageSign[] };

export type AnalysisProgress = (done: number, total: number, label: string) => void;

/** How many reviewed mappings of other countries the matcher takes as confirmed examples. */
const MAX_EXAMPLES = 3000;

/**
 * Runs match → review → assess over a jurisdiction's current law and keeps each run. A run refreshes
 * the machine's suggestions and never overwrites a decision; a decision re-assesses the latest run
 * from the stored mappings, without the matcher.
 */
@Injectable()
export class AnalysisService implements OnModuleInit {
  private lexicon?: Lexicon;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly statutes: StatutesService,
    private readonly instruments: InstrumentsService,
    private readonly mappings: MappingsRepository,
    private readonly audit: AuditRepository,
    private readonly events: ReviewEvents,
    private readonly jurisdictions: JurisdictionsService,
    private readonly treatyEvents: TreatyEvents,
  ) {}

  onModuleInit(): void {
    this.events.onMappingsChanged((em, code, instrument) => this.reassess(em, code, instrument));
    // a reservation put on record covers its gap at once
    this.treatyEvents.onTreatyStatusChanged(async (em, codes, instrument) => {
      for (const code of codes) await this.reassess(em, code, instrument);
    });
  }

  async analyze(jurisdiction: string, instrumentId = 'ets185', actor = 'system', onProgress?: AnalysisProgress): Promise<StoredAnalysis> {
    const code = normaliseJurisdiction(jurisdiction);
    const law = await this.statutes.currentLaw(code);
    const instrument = await this.instruments.getInstrument(instrumentId);
    this.lexicon ??= loadLexicon();
    const examples = await this.reviewedExamples(code, instrumentId);
    const matched = match({
      instrument,
      statutes: law.map((s) => ({ title: s.title, parsed: s.parsed })),
      lexicon: this.lexicon,
      examples,
      explain: true,
      onProgress: onProgress && ((done, total, article) => onProgress(done, total, `Art. ${article}`)),
    });
    const texts = new Map(law.map((s) => [s.title, provisionTexts(s.parsed.provisions)]));
    const textOf = (statute: string, citation: string) => texts.get(statute)?.get(citation);
    const outline: StoredOutline = {
      ...outlineOf(matched),
      statutes: statuteLines(law),
      asAt: law.asAt,
      excluded: law.excluded,
      damaged: law.flatMap((s) => damageSigns(s.title, s.parsed)),
    };
    const saved = await this.db.transaction(async (em) => {
      const existing = await this.mappings.ofJurisdiction(code, instrumentId, em);
      const plan = reconcile(existing, mappingsFromSuggestions(matched), textOf, `${matched.engine.name}@${matched.engine.version}`);
      await this.mappings.remove(em, plan.remove);
      for (const m of plan.update) await this.mappings.update(em, m);
      await this.mappings.insert(em, code, plan.insert);
      for (const m of plan.staled) await this.audit.record(em, { actor, action: 'mapping.stale', subject: `mapping:${m.id}`, jurisdiction: code, after: { stale: true, staleDetail: m.staleDetail } });
      for (const m of plan.reopened) await this.audit.record(em, { actor, action: 'mapping.reopen', subject: `mapping:${m.id}`, jurisdiction: code, after: { status: m.status, staleDetail: m.staleDetail } });
      const current = inEffect(await this.mappings.ofJurisdiction(code, instrumentId, em), outline);
      const result = assessMappings(instrument, outline, current, { reservationsMade: await this.reservationsMade(code, instrument, em), damaged: outline.damaged });
      const report = buildAnalysisReport(code, law, result);
      const row = await em.getRepository(AnalysisEntity).save({ jurisdictionCode: code, instrumentId, statuteVersionIds: law.map((s) => s.versionId), result: report, outline, assessedAt: new Date().toISOString() });
      await this.audit.record(em, {
        actor,
        action: 'analysis.run',
        subject: `analysis:${row.id}`,
        jurisdiction: code,
        after: { instrument: instrumentId, statuteVersionIds: row.statuteVersionIds, summary: report.summary, suggestions: { inserted: plan.insert.length, removed: plan.remove.length, staled: plan.staled.length } },
      });
      return row;
    });
    return toStored(saved);
  }

  /** The statuses a change of mappings would give, without storing anything (bulk-accept's preview). */
  async project(jurisdiction: string, instrumentId: string, change: (m: StoredMapping[]) => MappingRecord[]): Promise<AnalysisReport> {
    const code = normaliseJurisdiction(jurisdiction);
    const row = await this.latestRow(code, instrumentId);
    if (!row.outline) throw new DomainError('ANALYSIS_NOT_FOUND', `${code}'s latest analysis predates expert review; run a new one (POST /jurisdictions/${code}/analyses) first.`);
    const instrument = await this.instruments.getInstrument(instrumentId);
    const mappings = change(await this.mappings.ofJurisdiction(code, instrumentId));
    return this.reportFrom(row, instrument, mappings);
  }

  async get(id: number): Promise<StoredAnalysis> {
    const row = await this.db.getRepository(AnalysisEntity).findOneBy({ id });
    if (!row) throw new DomainError('ANALYSIS_NOT_FOUND', `No analysis with id ${id}. Run one with POST /jurisdictions/{code}/analyses.`);
    return toStored(row);
  }

  /** An analysis with the matcher's explanation of each article's ranking (kept with the run). */
  async explained(id: number): Promise<StoredAnalysis> {
    const row = await this.db.getRepository(AnalysisEntity).findOneBy({ id });
    if (!row) throw new DomainError('ANALYSIS_NOT_FOUND', `No analysis with id ${id}. Run one with POST /jurisdictions/{code}/analyses.`);
    const stored = toStored(row);
    return row.outline ? { ...stored, report: withExplanations(stored.report, row.outline as MatchOutline) } : stored;
  }

  async latest(jurisdiction: string, instrumentId?: string): Promise<StoredAnalysis> {
    return toStored(await this.latestRow(normaliseJurisdiction(jurisdiction), instrumentId));
  }

  async list(jurisdiction: string): Promise<{ id: number; createdAt: string; instrument: string; summary: AnalysisReport['summary'] }[]> {
    const code = normaliseJurisdiction(jurisdiction);
    const rows = await this.db.getRepository(AnalysisEntity).find({ where: { jurisdictionCode: code }, order: { id: 'DESC' } });
    return rows.map((r) => ({ id: r.id, createdAt: new Date(r.createdAt).toISOString(), instrument: r.instrumentId, summary: (r.result as AnalysisReport).summary }));
  }

  /**
   * Each jurisdiction's latest analysis against an instrument, with when it was last assessed (a
   * decision re-assesses it in place), without loading any result: for readers that cache results.
   */
  async latestIds(instrumentId = 'ets185'): Promise<Map<string, { id: number; assessedAt: string | null }>> {
    const rows = await this.db
      .getRepository(AnalysisEntity)
      .createQueryBuilder('a')
      .select('a.jurisdictionCode', 'code')
      .addSelect('MAX(a.id)', 'id')
      .where('a.instrumentId = :instrumentId', { instrumentId })
      .groupBy('a.jurisdictionCode')
      .getRawMany<{ code: string; id: string | number }>();
    if (!rows.length) return new Map();
    const stamps = await this.db.getRepository(AnalysisEntity).find({ select: { id: true, assessedAt: true }, where: { id: In(rows.map((r) => Number(r.id))) } });
    const at = new Map(stamps.map((s) => [s.id, s.assessedAt]));
    return new Map(rows.map((r) => [r.code, { id: Number(r.id), assessedAt: at.get(Number(r.id)) ?? null }]));
  }

  /** Every analysis id of a jurisdiction (or all), oldest first, without results. */
  async ids(jurisdiction?: string): Promise<{ id: number; jurisdiction: string; instrument: string; assessedAt: string | null }[]> {
    const rows = await this.db
      .getRepository(AnalysisEntity)
      .find({ select: { id: true, jurisdictionCode: true, instrumentId: true, assessedAt: true }, where: jurisdiction ? { jurisdictionCode: jurisdiction } : {}, order: { id: 'ASC' } });
    return rows.map((r) => ({ id: r.id, jurisdiction: r.jurisdictionCode, instrument: r.instrumentId, assessedAt: r.assessedAt }));
  }

  /** After a decision: the latest run of the jurisdiction re-assessed from its mappings, in the decision's transaction. */
  private async reassess(em: EntityManager, code: string, instrumentId: string): Promise<void> {
    // the outline alone (not the stored result): it holds all the assessment needs
    const row = await em.getRepository(AnalysisEntity).findOne({ select: { id: true, jurisdictionCode: true, outline: true }, where: { jurisdictionCode: code, instrumentId }, order: { id: 'DESC' } });
    if (!row?.outline) return;
    const instrument = await this.instruments.getInstrument(instrumentId);
    const result = await this.reportFrom(row, instrument, await this.mappings.ofJurisdiction(code, instrumentId, em), em);
    await em.getRepository(AnalysisEntity).update({ id: row.id }, { result: result as object, assessedAt: new Date().toISOString() });
  }

  private async reportFrom(row: Pick<AnalysisEntity, 'jurisdictionCode' | 'outline'>, instrument: Instrument, mappings: MappingRecord[], em?: EntityManager): Promise<AnalysisReport> {
    const outline = row.outline as StoredOutline;
    const result = assessMappings(instrument, outline, inEffect(mappings, outline), { reservationsMade: await this.reservationsMade(row.jurisdictionCode, instrument, em), damaged: outline.damaged });
    return buildAnalysisReport(row.jurisdictionCode, Object.assign([...outline.statutes], { asAt: outline.asAt, excluded: outline.excluded }), result);
  }

  /** The ids of the instrument's reservations and declarations the State has on record (never a designation). */
  private async reservationsMade(code: string, instrument: Instrument, em?: EntityManager): Promise<Set<string>> {
    const onRecord = await this.jurisdictions.reservationsOnRecord(code, instrument.id, em);
    if (!onRecord.length) return new Set();
    return new Set(instrument.articles.flatMap((a) => allowancesOnRecord(a, onRecord).map((x) => x.id)));
  }

  private async latestRow(code: string, instrumentId?: string): Promise<AnalysisEntity> {
    const row = await this.db.getRepository(AnalysisEntity).findOne({ where: { jurisdictionCode: code, ...(instrumentId ? { instrumentId } : {}) }, order: { id: 'DESC' } });
    if (!row) throw new DomainError('ANALYSIS_NOT_FOUND', `${code} has not been analysed${instrumentId ? ` against ${instrumentId}` : ''} yet. Run POST /jurisdictions/${code}/analyses.`);
    return row;
  }

  /** Learning from review: the mappings experts accepted, modified or added in other countries steer the matcher. */
  private async reviewedExamples(code: string, instrumentId: string): Promise<ConfirmedExample[]> {
    const decided = await this.mappings.decidedElsewhere(code, instrumentId, MAX_EXAMPLES);
    const languages = await this.statutes.languagesOf(decided.map((d) => ({ jurisdiction: d.jurisdiction, title: d.statute })));
    return confirmedExamples(decided.map((d) => ({ ...d, language: languages.get(`${d.jurisdiction}\u0000${d.statute}`) })));
  }
}

/**
 * The mappings of provisions in effect on the run's day: a decision on a provision since repealed,
 * suspended or not yet commenced (or on a statute that is a bill, a draft or repealed) implements
 * nothing, whoever took it. The record stays; it counts again when the provision does.
 */
function inEffect<T extends MappingRecord>(mappings: T[], outline: StoredOutline): T[] {
  const read = new Set(outline.statutes.map((s) => s.title));
  const out = outline.excluded ?? [];
  const within = (c: string, d: string) => c === d || c.startsWith(`${d}(`);
  return mappings.filter((m) => read.has(m.statute) && !out.some((x) => x.statute === m.statute && (!x.citation || within(m.citation, x.citation))));
}

function toStored(row: AnalysisEntity): StoredAnalysis {
  return {
    id: row.id,
    jurisdiction: row.jurisdictionCode,
    instrument: row.instrumentId,
    createdAt: new Date(row.createdAt).toISOString(),
    report: row.result as AnalysisReport,
  };
}
