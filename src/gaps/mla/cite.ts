import { AssessedArticle, Citation, CountryFacts } from './model';

const MAX_PROVISIONS = 5;

type AssessedProvision = AssessedArticle['provisions'][number];

const RELIED_ON = [/^Every required element is found in (.+)\.$/, /^Addressed by (.+), but \d+ required element/];

/**
 * The provisions an article's status rests on, not the other candidates listed for a look: those
 * the assessment marks as relied on (an expert's decision first); for an analysis stored without the
 * mark, those its first reason names, else the first listed. None for a missing article.
 */
export function reliedOn(a: AssessedArticle | undefined): AssessedProvision[] {
  if (!a || !isCriminalisedOrPresent(a)) return [];
  const marked = a.provisions.filter((p) => p.reliedOn);
  if (marked.length) return [...marked.filter((p) => p.origin === 'expert'), ...marked.filter((p) => p.origin !== 'expert')];
  for (const re of RELIED_ON) {
    const m = re.exec(a.reasons?.[0] ?? '');
    if (!m) continue;
    const named = new Set(m[1].split(', '));
    const found = a.provisions.filter((p) => named.has(p.citation));
    if (found.length) return found;
  }
  return a.provisions.slice(0, 1);
}

function isCriminalisedOrPresent(a: AssessedArticle): boolean {
  return a.status === 'covered' || a.status === 'partial';
}

export function articleOf(country: CountryFacts, article: string): AssessedArticle | undefined {
  return country.articles.find((a) => a.article === article);
}

/** "Art. 29(4)". */
export function articleLabel(article: string, paragraph?: string): string {
  return `Art. ${article}${paragraph ? `(${paragraph})` : ''}`;
}

export function provisionCitation(jurisdiction: string, statute: string, citation: string): Citation {
  return { jurisdiction, type: 'provision', statute, citation, text: `${jurisdiction}, ${statute}, ${citation}` };
}

/** The article's assessment in the country's analysis, then the provisions it rests on. */
export function assessmentCitations(jurisdiction: string, a: AssessedArticle | undefined, article: string): Citation[] {
  const status = a?.status ?? 'not-assessed';
  const head: Citation = { jurisdiction, type: 'assessment', article, text: `${jurisdiction} analysis, ${articleLabel(article)} (${a?.title ?? 'not in the analysis'}): ${status}` };
  const provisions = reliedOn(a).slice(0, MAX_PROVISIONS).map((p) => provisionCitation(jurisdiction, p.statute, p.citation));
  return [head, ...provisions];
}

export function treatyCitation(jurisdiction: string, instrument: string, text: string, article?: string, paragraph?: string): Citation {
  return { jurisdiction, type: 'treaty-record', ...(article ? { article } : {}), ...(paragraph ? { paragraph } : {}), text: `${jurisdiction}, ${instrument} treaty record: ${text}` };
}

/** "s. 3(1), s. 3(2)" for a reason text. */
export function provisionList(a: AssessedArticle | undefined): string {
  const ps = reliedOn(a).slice(0, 3).map((p) => p.citation);
  return ps.length ? ps.join(', ') : 'no provision';
}

export function isCriminalised(a: AssessedArticle | undefined): boolean {
  return a?.status === 'covered' || a?.status === 'partial';
}
