import { Injectable } from '@nestjs/common';
import { InstrumentsService } from '../instruments/instruments.service';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { AnalysisService, StoredAnalysis } from '../matching/analysis.service';
import { AnalysisIndex } from './analysis-index';
import { AnalysisStatuses, FeedEntry, statusChangeEntries, treatyEntries } from './change-feed';
import { buildMatrix, dashboardRows, DashboardQuery, DashboardRow, Matrix, MatrixColumn } from './dashboard.view';
import { readiness, Readiness } from './readiness';

const today = () => new Date().toISOString().slice(0, 10);

/** What the many-country views need of one stored analysis: small, and fixed once the analysis is stored. */
interface AnalysisDigest {
  jurisdiction: string;
  readiness: Readiness;
  column: Omit<MatrixColumn, 'name'>;
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
    const [list, statuses, latest] = await Promise.all([this.jurisdictions.list(), this.jurisdictions.allStatuses(query.instrument), this.latestDigests()]);
    const byCode = new Map(latest.map((d) => [d.jurisdiction, d.readiness]));
    const items = dashboardRows(list, statuses, byCode, query, day);
    const regions = [...new Set(list.map((j) => j.region).filter((r): r is string => Boolean(r)))].sort();
    return { items, total: items.length, asOf: day, query, regions };
  }

  async matrix(instrumentId: string, filter: { codes?: string[]; region?: string } = {}): Promise<Matrix> {
    const instrument = await this.instruments.getInstrument(instrumentId);
    const [list, latest] = await Promise.all([this.jurisdictions.list(), this.latestDigests()]);
    const byCode = new Map(list.map((j) => [j.code, j]));
    const wanted = latest.filter(
      (d) => (!filter.codes || filter.codes.includes(d.jurisdiction)) && (!filter.region || (byCode.get(d.jurisdiction)?.region ?? '').toLowerCase() === filter.region.toLowerCase()),
    );
    return buildMatrix(instrument, wanted.map((d) => ({ ...d.column, name: byCode.get(d.jurisdiction)?.name ?? null })));
  }

  /** The measure for every analysis of a jurisdiction, newest first. */
  async readinessHistory(code: string): Promise<{ jurisdiction: string; current: Readiness | null; items: Readiness[]; total: number }> {
    const runs = await this.analyses.list(code);
    const items: Readiness[] = [];
    for (const run of runs) items.push(this.digests.get(run.id)?.readiness ?? (await this.digest(await this.analyses.get(run.id))).readiness);
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
        d = await this.digest(await this.analyses.get(id));
        this.digests.set(id, d);
      }
      out.push(d);
    }
    for (const id of this.digests.keys()) if (!ids.has(id)) this.digests.delete(id);
    return out;
  }

  private async digest(a: StoredAnalysis): Promise<AnalysisDigest> {
    return {
      jurisdiction: a.jurisdiction,
      readiness: readiness(a, await this.instruments.getInstrument(a.instrument)),
      column: {
        code: a.jurisdiction,
        id: a.id,
        createdAt: a.createdAt,
        instrument: a.report.instrument,
        articles: a.report.articles.map((x) => ({ article: x.article, status: x.status, severity: x.severity })),
      },
    };
  }
}
