/**
 * Wiring for the reports: gathers what the renderers need (the stored analysis, the instrument,
 * the provisions' texts, the law in force) and hands it to plain functions.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { analyzeLaw } from '../analyses/analyze-law';
import { DomainError } from '../common/domain-error';
import { Instrument } from '../instruments/instrument.model';
import { InstrumentsService } from '../instruments/instruments.service';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity';
import { AnalysisService, StoredAnalysis } from '../analyses/analyses.service';
import { Lexicon, loadLexicon } from '../matching/lexicon';
import { normaliseCitation } from '../statutes/citation';
import { Provision } from '../statutes/provision.model';
import { normaliseJurisdiction } from '../jurisdictions/jurisdiction-code';
import { Law, StatutesService } from '../statutes/statutes.service';
import { AnalysisReport, buildAnalysisReport } from '../analyses/analysis-report';
import { compareBill } from './compare/compare-bill';
import { ComparePageInput } from './compare/compare-page';
import { GapReportInput } from './html/gap-report-view';
import { pageLanguage } from './messages/messages';
import { ReviewService } from '../review/review.service';
import { ReviewerOf } from './exports/correspondence';

/** A provision's words with its sub-provisions', each on its own line after its label. */
function fullText(p: Provision): string {
  const lines: string[] = [];
  const walk = (n: Provision, top: boolean) => {
    const own = n.text.trim();
    if (own) lines.push(top ? own : `${n.label} ${own}`);
    for (const c of n.children) walk(c, false);
  };
  walk(p, true);
  return lines.join('\n');
}

@Injectable()
export class ReportsService {
  private lexicon?: Lexicon;

  constructor(
    private readonly analyses: AnalysisService,
    private readonly instruments: InstrumentsService,
    private readonly statutes: StatutesService,
    private readonly review: ReviewService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** Reviewer and confidence of each mapping of a jurisdiction, for the correspondence table. */
  async reviewers(code: string, instrument: string): Promise<ReviewerOf> {
    const byId = new Map<number, { decidedBy: string | null; confidence: number | null }>();
    for (let offset = 0; ; offset += 500) {
      const { items } = await this.review.queue(code, { instrument, limit: 500, offset });
      for (const m of items) byId.set(m.id, { decidedBy: m.decidedBy, confidence: m.confidence });
      if (items.length < 500) break;
    }
    return (id) => (id === undefined ? undefined : byId.get(id));
  }

  latest(code: string): Promise<StoredAnalysis> {
    return this.analyses.latest(code);
  }

  get(id: number): Promise<StoredAnalysis> {
    return this.analyses.get(id);
  }

  /** An analysis of the law as it stood on `asAt`, run now and not stored (the page says which day). */
  async asAt(code: string, asAt: string, instrumentId = 'ets185'): Promise<StoredAnalysis> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asAt) || Number.isNaN(Date.parse(asAt))) throw new DomainError('INVALID_INPUT', `asAt must be a date such as 2019-06-30, not '${asAt}'.`);
    const law = await this.statutes.currentLaw(code, asAt);
    return { id: 0, jurisdiction: normaliseJurisdiction(code), instrument: instrumentId, createdAt: new Date().toISOString(), report: await this.run(code, law, instrumentId) };
  }

  private async run(code: string, law: Law, instrumentId: string): Promise<AnalysisReport> {
    const instrument = await this.instruments.getInstrument(instrumentId);
    this.lexicon ??= loadLexicon();
    const result = analyzeLaw({ instrument, statutes: law.map((s) => ({ title: s.title, parsed: s.parsed })), lexicon: this.lexicon });
    return buildAnalysisReport(normaliseJurisdiction(code), law, result);
  }

  async instrument(id: string): Promise<Instrument> {
    return this.instruments.getInstrument(id);
  }

  /** Everything the gap report page needs for a stored analysis. */
  async gapReportInput(stored: StoredAnalysis, opts: { lang?: string; baseUrl?: string; openAll?: boolean }): Promise<GapReportInput> {
    const instrument = await this.instruments.getInstrument(stored.instrument);
    const jurisdiction = await this.db.getRepository(JurisdictionEntity).findOneBy({ code: stored.jurisdiction });
    const texts = await this.provisionTexts(stored);
    // a report re-assessed after a review decision is rebuilt from the stored outline, which does not keep what was left out: read it again
    let report = stored.report;
    if (report.notInEffect === undefined) {
      const law = await this.statutes.currentLaw(stored.jurisdiction).catch(() => undefined);
      if (law) report = { ...report, notInEffect: law.excluded };
    }
    const reviewed = stored.report.articles.filter((a) => (a as { basis?: string }).basis === 'expert' || (a as { basis?: string }).basis === 'mixed').map((a) => a.article);
    return {
      analysis: { id: stored.id, jurisdiction: stored.jurisdiction, createdAt: stored.createdAt, jurisdictionName: jurisdiction?.name },
      report,
      instrument,
      review: { reviewedArticles: reviewed },
      baseUrl: opts.baseUrl,
      lang: pageLanguage(opts.lang, stored.report.statutes.map((s) => s.language)),
      openAll: opts.openAll,
      provisionText: (statute, citation) => texts.get(statute)?.get(normaliseCitation(citation)),
    };
  }

  /** The text of every provision of the statute versions the analysis used (by title, current version, for older analyses). */
  private async provisionTexts(stored: StoredAnalysis): Promise<Map<string, Map<string, { text: string; heading?: string }>>> {
    const out = new Map<string, Map<string, { text: string; heading?: string }>>();
    let listed: { id: number; title: string }[] | undefined;
    for (const s of stored.report.statutes) {
      let id = s.statuteId;
      if (id === undefined) {
        listed ??= await this.statutes.listStatutes(stored.jurisdiction).catch(() => []);
        id = listed.find((x) => x.title === s.title)?.id;
      }
      if (id === undefined) continue;
      const tree = await this.statutes.getTree(id, s.version).catch(() => [] as Provision[]);
      const byCitation = new Map<string, { text: string; heading?: string }>();
      // a sub-provision is shown with the words that lead into it (its section's heading and opening text), which quotes often span
      const walk = (nodes: Provision[], lead: string[], heading?: string) => {
        for (const n of nodes) {
          const h = n.heading ?? heading;
          if (n.citation && !byCitation.has(normaliseCitation(n.citation))) {
            byCitation.set(normaliseCitation(n.citation), { text: [...lead, fullText(n)].join('\n'), heading: h });
          }
          const own = n.text.trim();
          walk(n.children, own ? [...lead, lead.length || n.kind !== 'section' ? `${n.label} ${own}`.trim() : own] : lead, h);
        }
      };
      walk(tree, []);
      out.set(s.title, byCitation);
    }
    return out;
  }

  /** The law in force with the bill, beside the law in force alone. */
  async compare(code: string, billId: number, lang?: string): Promise<ComparePageInput> {
    const law = await this.statutes.currentLaw(code);
    const bill = await this.statutes.statuteAsLaw(billId);
    const jurisdiction = normaliseJurisdiction(code);
    const billSummary = await this.statutes.getStatute(billId);
    if (billSummary.jurisdiction !== jurisdiction) throw new DomainError('INVALID_INPUT', `Statute ${billId} belongs to ${billSummary.jurisdiction}, not ${jurisdiction}.`);
    // the bill may already be in the law (e.g. imported as in force): count it once
    const without = Object.assign(
      law.filter((s) => s.statuteId !== billId),
      { asAt: law.asAt, excluded: law.excluded },
    );
    const withBill = Object.assign([...without, bill], { asAt: law.asAt, excluded: law.excluded });
    const alone = await this.run(code, without, 'ets185');
    const together = await this.run(code, withBill, 'ets185');
    const { articles, counts } = compareBill(alone, together, bill.title);
    return {
      jurisdiction,
      bill: { id: billId, title: bill.title },
      lawInForce: without.map((s) => s.title),
      articles,
      counts,
      lang: pageLanguage(lang, [bill.parsed.language]),
    };
  }
}
