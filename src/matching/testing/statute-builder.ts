/**
 * Builds small provision trees by hand for the matcher's specs: the provisions are written in the
 * specs themselves (our own words), so no corpus text is needed to test a legal scenario.
 */
import { loadInstrumentModels } from '../../instruments/model/load-instruments';
import { Instrument } from '../../instruments/instrument.model';
import { ParsedStatute, Provision, ProvisionKind, ProvisionRole } from '../../statutes/provision.model';
import { analyzeLaw, AnalysisResult } from '../../analyses/analyze-law';
import { loadLexicon } from '../lexicon/load-lexicon';
import { Lexicon } from '../lexicon/lexicon.model';
import { ArticleAssessment, ConfirmedExample } from '../match.model';

export interface DraftProvision {
  citation: string;
  heading?: string;
  text: string;
  kind?: ProvisionKind;
  role?: ProvisionRole;
  children?: DraftProvision[];
}

let line = 1;

function build(d: DraftProvision, depth: number): Provision {
  const label = d.citation.match(/\([^)]*\)$/)?.[0] ?? d.citation;
  return {
    citation: d.citation,
    label,
    kind: d.kind ?? (depth === 0 ? 'section' : depth === 1 ? 'subsection' : 'paragraph'),
    depth,
    heading: d.heading,
    text: d.text,
    role: d.role ?? 'normative',
    line: line++,
    children: (d.children ?? []).map((c) => build(c, depth + 1)),
  };
}

export function draftStatute(title: string, language: string, provisions: DraftProvision[]): ParsedStatute {
  return { title, language, format: 'text', provisions: provisions.map((p) => build(p, 0)), warnings: [] };
}

let cached: { instrument: Instrument; lexicon: Lexicon } | undefined;

export function model(): { instrument: Instrument; lexicon: Lexicon } {
  if (!cached) {
    const instrument = loadInstrumentModels().find((i) => i.id === 'ets185');
    if (!instrument) throw new Error('data/instruments/ets185.json did not load');
    cached = { instrument, lexicon: loadLexicon() };
  }
  return cached;
}

export function analyseDraft(statute: ParsedStatute, examples: ConfirmedExample[] = []): AnalysisResult {
  const { instrument, lexicon } = model();
  return analyzeLaw({ instrument, statutes: [{ title: statute.title, parsed: statute }], lexicon, examples });
}

export function articleOf(result: AnalysisResult, article: string): ArticleAssessment {
  const a = result.articles.find((x) => x.article === article);
  if (!a) throw new Error(`Art. ${article} is not in the result`);
  return a;
}
