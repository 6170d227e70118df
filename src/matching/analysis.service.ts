import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { InstrumentsService } from '../instruments/instruments.service';
import { AnalysisReport, buildAnalysisReport } from '../reports/analysis-report';
import { normaliseJurisdiction, StatutesService } from '../statutes/statutes.service';
import { analyzeLaw } from '../analyses/analyze-law';
import { AnalysisEntity } from './entities/analysis.entity';
import { Lexicon, loadLexicon } from './lexicon';

export interface StoredAnalysis {
  id: number;
  jurisdiction: string;
  instrument: string;
  createdAt: string;
  report: AnalysisReport;
}

/** Runs the matcher over a jurisdiction's current law and keeps each result. */
@Injectable()
export class AnalysisService {
  private lexicon?: Lexicon;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly statutes: StatutesService,
    private readonly instruments: InstrumentsService,
  ) {}

  async analyze(jurisdiction: string, instrumentId = 'ets185'): Promise<StoredAnalysis> {
    const code = normaliseJurisdiction(jurisdiction);
    const law = await this.statutes.currentLaw(code);
    const instrument = await this.instruments.getInstrument(instrumentId);
    this.lexicon ??= loadLexicon();
    const result = analyzeLaw({ instrument, statutes: law.map((s) => ({ title: s.title, parsed: s.parsed })), lexicon: this.lexicon });
    const report = buildAnalysisReport(code, law, result);
    const saved = await this.db.getRepository(AnalysisEntity).save({
      jurisdictionCode: code,
      instrumentId,
      statuteVersionIds: law.map((s) => s.versionId),
      result: report,
    });
    return toStored(saved);
  }

  async get(id: number): Promise<StoredAnalysis> {
    const row = await this.db.getRepository(AnalysisEntity).findOneBy({ id });
    if (!row) throw new DomainError('ANALYSIS_NOT_FOUND', `No analysis with id ${id}. Run one with POST /jurisdictions/{code}/analyses.`);
    return toStored(row);
  }

  async latest(jurisdiction: string): Promise<StoredAnalysis> {
    const code = normaliseJurisdiction(jurisdiction);
    const row = await this.db.getRepository(AnalysisEntity).findOne({ where: { jurisdictionCode: code }, order: { id: 'DESC' } });
    if (!row) throw new DomainError('ANALYSIS_NOT_FOUND', `${code} has not been analysed yet. Run POST /jurisdictions/${code}/analyses.`);
    return toStored(row);
  }

  async list(jurisdiction: string): Promise<{ id: number; createdAt: string; summary: AnalysisReport['summary'] }[]> {
    const code = normaliseJurisdiction(jurisdiction);
    const rows = await this.db.getRepository(AnalysisEntity).find({ where: { jurisdictionCode: code }, order: { id: 'DESC' } });
    return rows.map((r) => ({ id: r.id, createdAt: new Date(r.createdAt).toISOString(), summary: (r.result as AnalysisReport).summary }));
  }
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
