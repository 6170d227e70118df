import { Injectable } from '@nestjs/common';
import { Instrument } from '../instruments/instrument.model';
import { InstrumentsService } from '../instruments/instruments.service';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { AnalysisService, StoredAnalysis } from '../matching/analysis.service';
import { AnalysisIndex } from './analysis-index';
import { AnalysisStatuses, FeedEntry, statusChangeEntries, treatyEntries } from './change-feed';
import { buildMatrix, dashboardRows, DashboardQuery, DashboardRow, Matrix } from './dashboard.view';
import { ReadinessArticle, readiness, Readiness, ReadinessInput } from './readiness';
import { reservationsOnRecord, TreatyStatusRecord } from '../jurisdictions/treaty-status.model';

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
  private readonly digests = new Map<number, AnalysisDigest>();
  /** Article statuses per analysis, for the change feed; small and immutable like the analyses. */
  private readonly statusesById = new Map<number, AnalysisStatuses>();

  constructor(
    private readonly jurisdictions: JurisdictionsService,
    private readonly analyses: AnalysisService,
    private readonly instruments: InstrumentsService,
    private readonly index: AnalysisIndex,
  ) {}

  async dashboard(query: DashboardQuery): Promise<{ items: DashboardRow[]; total: number; asOf: string; query: DashboardQuery; regions: string[] }> {
    const day = today();
    const [list, statuses, latest] = await Promise.all([this.jurisdictions.list(), this.jurisdictions.allStatuses(), this.latestDigests()]);
    const byCode = await this.readinessOf(latest, statuses);
    const items = dashboardRows(list, statuses, byCode, query, day);
    const regions = [...new Set(list.map((j) => j.region).filter((r): r is string => Boolean(r)))].sort();
    return { items, total: items.length, asOf: day, query, regions };
  }

  async matrix(instrumentId: string, filter: { codes?: string[]; region?: string } = {}): Promise<Matrix> {
    const instrument = await this.instrument(instrumentId);
    const [list, latest] = await Promise.all([this.jurisdictions.list(), this.latestDigests()]);
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
    for (const run of runs) digests.push(this.digests.get(run.id) ?? digestOf(await this.analyses.get(run.id)));
    const statuses = await this.jurisdictions.allStatuses();
    const items: Readiness[] = [];
    for (const d of digests) items.push(await this.readinessOne(d, statuses));
    return { jurisdiction: code.toUpperCase(), current: items[0] ?? null, items, total: items.length };
  }

  /** Change feed entries, newest first: status changes between analyses and treaty acts on record. */
  async changes(filter: { jurisdiction?: string; limit: number }): Promise<FeedEntry[]> {
    const code = filter.jurisdiction?.toUpperCase();
    const [list, ids, statuses] = await Promise.all([this.jurisdictions.list(), this.index.all(code), this.jurisdictions.allStatuses()]);
    const names = new Map(list.map((j) => [j.code, j.name ?? j.code]));
    const name = (c: string) => names.get(c) ?? c;
    const runs: AnalysisStatuses[] = [];
    for (const { id } of ids) {
      let run = this.statusesById.get(id);
      if (!run) {
        const a = await this.analyses.get(id);
        run = { id, jurisdiction: a.jurisdiction, createdAt: a.createdAt, statuses: a.report.articles.map((x) => ({ article: x.article, status: x.status })) };
        this.statusesById.set(id, run);
      }
      runs.push(run);
    }
    const entries = [...statusChangeEntries(runs, name), ...treatyEntries(statuses.filter((s) => !code || s.jurisdiction === code), name)];
    return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id)).slice(0, filter.limit);
  }

  private async latestDigests(): Promise<AnalysisDigest[]> {
    const latest = await this.index.latestIds();
    const ids = new Set(latest.values());
    const out: AnalysisDigest[] = [];
    for (const id of ids) {
      let d = this.digests.get(id);
      if (!d) {
        d = digestOf(await this.analyses.get(id));
        this.digests.set(id, d);
      }
      out.push(d);
    }
    for (const id of this.digests.keys()) if (!ids.has(id)) this.digests.delete(id);
    return out;
  }

  /** Readiness weighs each jurisdiction's latest analysis with the reservations it has on record now. */
  private async readinessOf(digests: AnalysisDigest[], statuses: TreatyStatusRecord[]): Promise<Map<string, Readiness>> {
    const out = new Map<string, Readiness>();
    for (const d of digests) out.set(d.jurisdiction, await this.readinessOne(d, statuses));
    return out;
  }

  private async readinessOne(d: AnalysisDigest, statuses: TreatyStatusRecord[]): Promise<Readiness> {
    const instrument = await this.instrument(d.instrument);
    const status = statuses.find((s) => s.jurisdiction === d.jurisdiction && s.instrument === d.instrument);
    return readiness(d, instrument, reservationsOnRecord(status));
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
