import { Injectable } from '@nestjs/common';
import { Instrument } from '../instruments/instrument.model';
import { InstrumentsService } from '../instruments/instruments.service';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { AnalysisService, StoredAnalysis } from '../analyses/analyses.service';
import { AnalysisStatuses, FeedEntry, statusChangeEntries, treatyEntries } from './change-feed';
import { buildMatrix, dashboardRows, DashboardQuery, DashboardRow, Matrix } from './dashboard.view';
import { ReadinessArticle, readiness, Readiness, ReadinessInput } from './readiness';
import { TreatyStatusRecord } from '../jurisdictions/treaty-status.model';

const today = () => new Date().toISOString().slice(0, 10);

function digestOf(a: StoredAnalysis): AnalysisDigest {
  return {
    jurisdiction: a.jurisdiction,
    id: a.id,
    createdAt: a.createdAt,
    instrument: a.report.instrument,
    articles: a.report.articles.map((x) => ({
      article: x.article,
      status: x.status,
      severity: x.severity,
      coveredBy: x.coveredBy,
      ...((x as { basis?: ReadinessArticle['basis'] }).basis ? { basis: (x as { basis?: ReadinessArticle['basis'] }).basis } : {}),
    })),
  };
}

/** What the many-country views need of one stored analysis: small, and fixed once the analysis is stored. */
interface AnalysisDigest extends ReadinessInput {
  jurisdiction: string;
}

/** Wires the dashboard and matrix views to stored analyses, jurisdictions and treaty status. */
@Injectable()
export class DashboardService {
  /** Stored analyses never change, so each is digested once; only the latest per jurisdiction are kept. */
  /** Digests of the latest analyses, keyed by id and the time each was last assessed (a decision re-assesses in place). */
  private readonly digests = new Map<string, AnalysisDigest>();
  /** Article statuses per analysis, for the change feed; small and immutable like the analyses. */
  private readonly statusesById = new Map<string, AnalysisStatuses>();

  constructor(
    private readonly jurisdictions: JurisdictionsService,
    private readonly analyses: AnalysisService,
    private readonly instruments: InstrumentsService,
  ) {}

  async dashboard(query: DashboardQuery): Promise<{ items: DashboardRow[]; total: number; asOf: string; query: DashboardQuery; regions: string[] }> {
    const day = today();
    const [list, statuses, latest] = await Promise.all([this.jurisdictions.list(), this.jurisdictions.allStatuses(), this.latestDigests()]);
    const byCode = await this.readinessOf(latest);
    const items = dashboardRows(list, statuses, byCode, query, day);
    const regions = [...new Set(list.map((j) => j.region).filter((r): r is string => Boolean(r)))].sort();
    return { items, total: items.length, asOf: day, query, regions };
  }

  async matrix(instrumentId: string, filter: { codes?: string[]; region?: string } = {}): Promise<Matrix> {
    const instrument = await this.instrument(instrumentId);
    const [list, latest] = await Promise.all([this.jurisdictions.list(), this.latestDigests(instrumentId)]);
    const byCode = new Map(list.map((j) => [j.code, j]));
    const wanted = latest.filter(
      (d) => (!filter.codes || filter.codes.includes(d.jurisdiction)) && (!filter.region || (byCode.get(d.jurisdiction)?.region ?? '').toLowerCase() === filter.region.toLowerCase()),
    );
    return buildMatrix(instrument, wanted.map((d) => ({ code: d.jurisdiction, id: d.id, createdAt: d.createdAt, instrument: d.instrument, articles: d.articles, name: byCode.get(d.jurisdiction)?.name ?? null })));
  }

  /** The measure for every analysis of a jurisdiction, newest first. */
  async readinessHistory(code: string): Promise<{ jurisdiction: string; current: Readiness | null; items: Readiness[]; total: number }> {
    const runs = await this.analyses.list(code);
    const digests: AnalysisDigest[] = [];
    for (const run of runs) digests.push(digestOf(await this.analyses.get(run.id)));
    const items: Readiness[] = [];
    for (const d of digests) items.push(await this.readinessOne(d));
    return { jurisdiction: code.toUpperCase(), current: items[0] ?? null, items, total: items.length };
  }

  /** Change feed entries, newest first: status changes between analyses and treaty acts on record. */
  async changes(filter: { jurisdiction?: string; limit: number }): Promise<FeedEntry[]> {
    const code = filter.jurisdiction?.toUpperCase();
    const [list, ids, statuses] = await Promise.all([this.jurisdictions.list(), this.analyses.ids(code), this.jurisdictions.allStatuses()]);
    const names = new Map(list.map((j) => [j.code, j.name ?? j.code]));
    const name = (c: string) => names.get(c) ?? c;
    const runs: AnalysisStatuses[] = [];
    for (const { id, assessedAt } of ids) {
      const key = `${id}@${assessedAt}`;
      let run = this.statusesById.get(key);
      if (!run) {
        const a = await this.analyses.get(id);
        run = { id, jurisdiction: a.jurisdiction, createdAt: a.createdAt, statuses: a.report.articles.map((x) => ({ article: x.article, status: x.status })) };
        this.statusesById.set(key, run);
      }
      runs.push(run);
    }
    const entries = [...statusChangeEntries(runs, name), ...treatyEntries(statuses.filter((s) => !code || s.jurisdiction === code), name)];
    return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id)).slice(0, filter.limit);
  }

  private async latestDigests(instrumentId = 'ets185'): Promise<AnalysisDigest[]> {
    const latest = await this.analyses.latestIds(instrumentId);
    const keys = new Set<string>();
    const out: AnalysisDigest[] = [];
    for (const { id, assessedAt } of latest.values()) {
      const key = `${id}@${assessedAt}`;
      keys.add(key);
      let d = this.digests.get(key);
      if (!d) {
        d = digestOf(await this.analyses.get(id));
        this.digests.set(key, d);
      }
      out.push(d);
    }
    // superseded digests (older runs, earlier assessments) go once the cache outgrows a few per jurisdiction
    if (this.digests.size > 4 * keys.size + 100) for (const key of this.digests.keys()) if (!keys.has(key)) this.digests.delete(key);
    return out;
  }

  /** Readiness weighs each jurisdiction's latest analysis with the reservations it has on record now. */
  private async readinessOf(digests: AnalysisDigest[]): Promise<Map<string, Readiness>> {
    const out = new Map<string, Readiness>();
    for (const d of digests) out.set(d.jurisdiction, await this.readinessOne(d));
    return out;
  }

  /** The analysis was assessed with the State's reservations on record (and is re-assessed when they change). */
  private async readinessOne(d: AnalysisDigest): Promise<Readiness> {
    return readiness(d, await this.instrument(d.instrument));
  }

  /** The instrument models, read once per process (their chapters and allowances do not change at run time). */
  private readonly models = new Map<string, Promise<Instrument>>();
  private instrument(id: string): Promise<Instrument> {
    let m = this.models.get(id);
    if (!m) {
      m = this.instruments.getInstrument(id);
      m.catch(() => this.models.delete(id));
      this.models.set(id, m);
    }
    return m;
  }

}
