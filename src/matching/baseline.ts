/**
 * The plain baseline the matcher is measured against: TF-IDF cosine between each section and the
 * article's description in the instrument model (title, obligations, element labels and cues), no
 * lexicon, no elements, no context. Status by a fixed similarity threshold.
 */
import { isMatchingLanguage, MatchingLanguage } from '../common/language';
import { Instrument } from '../instruments/instrument.model';
import { ParsedStatute } from '../statutes/provision.model';
import { ArticleAssessment, BeyondConventionFinding } from './match.model';
import { analyzerFor } from './text/text-analysis';
import { cosine } from './learn/example-memory';

export const BASELINE_COVERED = 0.3;
export const BASELINE_PARTIAL = 0.15;

interface Section {
  citation: string;
  statute: string;
  terms: string[];
}

type Vector = Map<string, number>;

/** The articles to assess are the matcher's (those the instrument's profiles describe), so both are scored on the same set. */
export function baselineAnalyze(input: {
  instrument: Instrument;
  statutes: { title: string; parsed: ParsedStatute }[];
  assessed: ReadonlySet<string>;
}): { instrument: string; articles: ArticleAssessment[]; beyondConvention: BeyondConventionFinding[] } {
  const sections: Section[] = [];
  let language: MatchingLanguage = 'en';
  for (const s of input.statutes) {
    const lang = isMatchingLanguage(s.parsed.language) ? s.parsed.language : 'en';
    language = lang;
    const analyzer = analyzerFor(lang);
    const visit = (p: ParsedStatute['provisions'][number], acc: string[]) => {
      acc.push(p.heading ?? '', p.text);
      p.children.forEach((c) => visit(c, acc));
    };
    const walkTop = (list: ParsedStatute['provisions']) => {
      for (const p of list) {
        if (['part', 'chapter', 'title', 'division', 'schedule'].includes(p.kind) || !p.citation) walkTop(p.children);
        else {
          const words: string[] = [];
          visit(p, words);
          sections.push({ citation: p.citation, statute: s.title, terms: analyzer.terms(words.join(' ')) });
        }
      }
    };
    walkTop(s.parsed.provisions);
  }
  const df = new Map<string, number>();
  for (const s of sections) for (const t of new Set(s.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log((sections.length + 1) / ((df.get(t) ?? 0) + 1)) + 1;
  const vector = (terms: string[]): Vector => {
    const v: Vector = new Map();
    for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, f] of v) v.set(t, (1 + Math.log(f)) * idf(t));
    return v;
  };
  const vectors = sections.map((s) => vector(s.terms));
  const analyzer = analyzerFor(language);
  const articles: ArticleAssessment[] = input.instrument.articles.map((a) => {
    if (!input.assessed.has(a.number)) return { article: a.number, title: a.title, status: 'not-assessed', severity: 'none', reasons: [], unmet: [], coveredBy: [], provisions: [] };
    const description = [a.title, ...a.paragraphs.map((p) => p.obligation), ...a.elements.map((e) => `${e.label} ${(e.cues?.[language] ?? []).join(' ')}`)].join(' ');
    const q = vector(analyzer.terms(description));
    const ranked = sections.map((s, i) => ({ s, sim: cosine(q, vectors[i]) })).sort((x, y) => y.sim - x.sim).slice(0, 5);
    const top = ranked[0]?.sim ?? 0;
    const status = top >= BASELINE_COVERED ? 'covered' : top >= BASELINE_PARTIAL ? 'partial' : 'missing';
    return {
      article: a.number,
      title: a.title,
      status,
      severity: status === 'covered' ? 'none' : 'advisory',
      reasons: [`Best TF-IDF cosine ${top.toFixed(3)}`],
      // the baseline reads no elements: a missing article lacks them all, a partial one is not itemised
      unmet: status === 'missing' ? a.elements.filter((e) => e.kind !== 'optional').map((e) => e.id) : [],
      coveredBy: [],
      provisions: ranked.map((r) => ({ citation: r.s.citation, statute: r.s.statute, score: Math.round(r.sim * 1000) / 1000, relationship: 'intersects', elements: [] })),
    };
  });
  return { instrument: input.instrument.id, articles, beyondConvention: [] };
}
