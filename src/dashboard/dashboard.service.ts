import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { InstrumentsService } from '../instruments/instruments.service';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { AnalysisService, StoredAnalysis } from '../matching/analysis.service';
import { buildMatrix, dashboardRows, DashboardQuery, DashboardRow, Matrix } from './dashboard.view';
import { readiness, Readiness } from './readiness';

const today = () => new Date().toISOString().slice(0, 10);

/** Wires the dashboard and matrix views to stored analyses, jurisdictions and treaty status. */
@Injectable()
export class DashboardService {
  /** Stored analyses never change, so their readiness is worked out once per analysis. */
  private readonly readinessById = new Map<number, Readiness>();

  constructor(
    private readonly jurisdictions: JurisdictionsService,
    private readonly analyses: AnalysisService,
    private readonly instruments: InstrumentsService,
  ) {}

  async dashboard(query: DashboardQuery): Promise<{ items: DashboardRow[]; total: number; asOf: string; query: DashboardQuery; regions: string[] }> {
    const day = today();
    const [list, statuses] = await Promise.all([this.jurisdictions.list(), this.jurisdictions.allStatuses(query.instrument)]);
    const latest = await this.latestAnalyses(list.filter((j) => j.statutes > 0).map((j) => j.code));
    const byCode = new Map<string, Readiness>();
    for (const a of latest) byCode.set(a.jurisdiction, await this.readinessOf(a));
    const items = dashboardRows(list, statuses, byCode, query, day);
    const regions = [...new Set(list.map((j) => j.region).filter((r): r is string => Boolean(r)))].sort();
    return { items, total: items.length, asOf: day, query, regions };
  }

  async matrix(instrumentId: string): Promise<Matrix> {
    const instrument = await this.instruments.getInstrument(instrumentId);
    const list = await this.jurisdictions.list();
    const names = new Map(list.map((j) => [j.code, j.name]));
    const latest = await this.latestAnalyses(list.filter((j) => j.statutes > 0).map((j) => j.code));
    return buildMatrix(
      instrument,
      latest.map((a) => ({ code: a.jurisdiction, name: names.get(a.jurisdiction) ?? null, id: a.id, createdAt: a.createdAt, report: a.report })),
    );
  }

  /** The measure for every analysis of a jurisdiction, newest first. */
  async readinessHistory(code: string): Promise<{ jurisdiction: string; current: Readiness | null; items: Readiness[]; total: number }> {
    const runs = await this.analyses.list(code);
    const items: Readiness[] = [];
    for (const run of runs) items.push(this.readinessById.get(run.id) ?? (await this.readinessOf(await this.analyses.get(run.id))));
    return { jurisdiction: code.toUpperCase(), current: items[0] ?? null, items, total: items.length };
  }

  private async readinessOf(a: StoredAnalysis): Promise<Readiness> {
    let r = this.readinessById.get(a.id);
    if (!r) {
      r = readiness(a, await this.instruments.getInstrument(a.instrument));
      this.readinessById.set(a.id, r);
    }
    return r;
  }

  private async latestAnalyses(codes: string[]): Promise<StoredAnalysis[]> {
    const found: StoredAnalysis[] = [];
    for (const code of codes) {
      try {
        found.push(await this.analyses.latest(code));
      } catch (e) {
        if (!(e instanceof DomainError && e.code === 'ANALYSIS_NOT_FOUND')) throw e;
      }
    }
    return found;
  }
}
