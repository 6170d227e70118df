import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { assessMatrix, assessPair, MatrixResult } from '../gaps/mla/assess-pair';
import { loadForms } from '../gaps/mla/forms';
import { CountryFacts, PairResult, ProvisionPenalty } from '../gaps/mla/model';
import { offencePenalties } from '../gaps/mla/penalty-source';
import { AnalysisService, StoredAnalysis } from '../analyses/analyses.service';
import { normaliseJurisdiction, StatutesService } from '../statutes/statutes.service';
import { MLA_TREATY_FACTS, TreatyFactsSource } from './treaty-facts.provider';

export interface PairReport extends PairResult {
  /** The analyses the answer rests on. */
  analyses: { requesting: number; requested: number };
  /** B asking A, when both directions were asked for. */
  reverse?: PairResult;
}

export interface MatrixReport extends MatrixResult {
  /** Jurisdictions asked for that have no analysis against the instrument yet. */
  notAnalysed: string[];
}

const MAX_MATRIX = 100;
const PENALTY_CACHE = 200;

/** Reads each country's latest analysis, the penalty texts of its offence provisions and its treaty facts, and applies the MLA rules. */
@Injectable()
export class MlaService {
  /** Penalties per analysis id: the statute texts behind an analysis do not change once it is stored. */
  private readonly penalties = new Map<number, ProvisionPenalty[]>();

  constructor(
    private readonly analyses: AnalysisService,
    private readonly statutes: StatutesService,
    @Inject(MLA_TREATY_FACTS) private readonly treaty: TreatyFactsSource,
  ) {}

  async pair(requesting: string, requested: string, instrument = 'ets185', both = true): Promise<PairReport> {
    const a = normaliseJurisdiction(requesting);
    const b = normaliseJurisdiction(requested);
    if (a === b) throw new DomainError('INVALID_INPUT', `requesting and requested are both ${a}: a request for assistance goes from one country to another.`);
    const forms = loadForms(instrument);
    const [fa, fb] = await Promise.all([this.facts(a, instrument), this.facts(b, instrument)]);
    const result = assessPair(forms, fa.facts, fb.facts);
    return {
      ...result,
      analyses: { requesting: fa.analysis.id, requested: fb.analysis.id },
      ...(both ? { reverse: assessPair(forms, fb.facts, fa.facts) } : {}),
    };
  }

  async matrix(form: string, jurisdictions: string[], instrument = 'ets185'): Promise<MatrixReport> {
    const forms = loadForms(instrument);
    const codes = [...new Set(jurisdictions.map(normaliseJurisdiction))];
    if (codes.length < 2) throw new DomainError('INVALID_INPUT', 'jurisdictions: give at least two comma-separated codes, e.g. ?jurisdictions=XA,KE,PH.');
    if (codes.length > MAX_MATRIX) throw new DomainError('INVALID_INPUT', `jurisdictions: at most ${MAX_MATRIX} codes at once; ${codes.length} were given.`);
    const countries: CountryFacts[] = [];
    const notAnalysed: string[] = [];
    for (const code of codes) {
      try {
        countries.push((await this.facts(code, instrument)).facts);
      } catch (e) {
        if (e instanceof DomainError && e.code === 'ANALYSIS_NOT_FOUND') notAnalysed.push(code);
        else throw e;
      }
    }
    return { ...assessMatrix(forms, form, countries), notAnalysed };
  }

  private async facts(code: string, instrument: string): Promise<{ analysis: StoredAnalysis; facts: CountryFacts }> {
    const analysis = await this.analyses.latest(code);
    if (analysis.instrument !== instrument) {
      throw new DomainError('ANALYSIS_NOT_FOUND', `${code}'s latest analysis is against ${analysis.instrument}, not ${instrument}. Run POST /jurisdictions/${code}/analyses?instrument=${instrument}.`);
    }
    const articles = analysis.report.articles;
    return {
      analysis,
      facts: {
        jurisdiction: code,
        articles,
        penalties: await this.penaltiesOf(analysis, instrument),
        treaty: await this.treaty.factsFor(code, instrument),
      },
    };
  }

  private async penaltiesOf(analysis: StoredAnalysis, instrument: string): Promise<ProvisionPenalty[]> {
    const hit = this.penalties.get(analysis.id);
    if (hit) return hit;
    const law = await this.statutes.currentLaw(analysis.jurisdiction);
    const statutes = law.map((s) => ({ title: s.title, language: s.parsed.language, provisions: s.parsed.provisions }));
    const read = offencePenalties(analysis.report.articles, loadForms(instrument).offenceArticles, statutes);
    if (this.penalties.size >= PENALTY_CACHE) this.penalties.delete(this.penalties.keys().next().value!);
    this.penalties.set(analysis.id, read);
    return read;
  }
}
