/**
 * The one adapter over `natural` (tokenising, stemming, stop words) for the languages we match.
 *
 * We import natural's submodules, never its package index: the index pulls ESM-only code that
 * jest on Node 20 cannot load. Everything else in src/matching talks to this module only.
 */
import { MatchingLanguage } from '../../common/language';

/* eslint-disable @typescript-eslint/no-require-imports */
const { RegexpTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer') as {
  RegexpTokenizer: new (opts: { pattern: RegExp; gaps: boolean }) => { tokenize(s: string): string[] | null };
};
type NaturalStemmer = { stem(word: string): string };
const STEMMERS: Record<MatchingLanguage, NaturalStemmer> = {
  en: require('natural/lib/natural/stemmers/porter_stemmer') as NaturalStemmer,
  fr: require('natural/lib/natural/stemmers/porter_stemmer_fr') as NaturalStemmer,
  es: require('natural/lib/natural/stemmers/porter_stemmer_es') as NaturalStemmer,
};
const STOPWORD_LISTS: Record<MatchingLanguage, string[]> = {
  en: (require('natural/lib/natural/util/stopwords') as { words: string[] }).words,
  fr: (require('natural/lib/natural/util/stopwords_fr') as { words: string[] }).words,
  es: (require('natural/lib/natural/util/stopwords_es') as { words: string[] }).words,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * Words natural lists as stop words that carry legal meaning for us: negation ("without right",
 * "sans droit", "sin autorización") and limits ("under", "more"). They stay searchable.
 */
const MEANINGFUL: Record<MatchingLanguage, string[]> = {
  en: ['without', 'not', 'no', 'never', 'under', 'further', 'other', 'another', 'any', 'all', 'both', 'each', 'same', 'only', 'own', 'out', 'before', 'after', 'more', 'than', 'over', 'between', 'until', 'make', 'take'],
  fr: ['sans', 'ne', 'pas', 'même', 'autre'],
  es: ['sin', 'no', 'ni', 'contra', 'otro', 'más'],
};

export interface Token {
  /** The word as written. */
  surface: string;
  /** Lower-cased, accents folded. */
  norm: string;
  /** Stem of the word, accents folded, so that "accède" and "accéder" meet. */
  stem: string;
  /** True for function words that do not count in retrieval or in gaps between cue words. */
  stop: boolean;
  /** Character offsets in the analysed text. */
  start: number;
  end: number;
}

export interface TextAnalyzer {
  readonly language: MatchingLanguage;
  tokenize(text: string): Token[];
  stem(word: string): string;
  isStopword(word: string): boolean;
  /** Stems of the content words, for retrieval. */
  terms(text: string): string[];
}

export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** British and American spellings meet before stemming (authorised / authorized). */
function harmoniseEnglish(word: string): string {
  return word.replace(/(?<=\w{3})is(e|ed|es|ing|ation|ations)$/, 'iz$1').replace(/(?<=\w{3})our$/, 'or');
}

/**
 * Spanish penal codes write offences in the future subjunctive ("el que accediere", "quien
 * destruyere"), a tense the Snowball stemmer does not know: the verb is given back its infinitive
 * before stemming, so it meets the present forms of modern drafting. Irregular preterite stems
 * (hiciere, obtuviere) stay as they are.
 */
function infinitiveOfFutureSubjunctive(word: string): string {
  return word
    .replace(/(?<=\p{L}{3})uyere(n|s)?$/u, 'uir')
    .replace(/(?<=\p{L}{2})eyere(n|s)?$/u, 'ee')
    .replace(/(?<=\p{L}{3})ujere(n|s)?$/u, 'ucir')
    .replace(/(?<=\p{L}{3})iere(n|s)?$/u, 'er')
    .replace(/(?<=\p{L}{3})(?<!w)are(n)?$/u, 'ar');
}

interface WordForm {
  norm: string;
  stem: string;
  stop: boolean;
}

class NaturalAnalyzer implements TextAnalyzer {
  private readonly stems = new Map<string, string>();
  /** Per surface form: folded form, stem and stop-word flag (a statute repeats its words). */
  private readonly forms = new Map<string, WordForm>();
  private readonly stopwords: Set<string>;
  private readonly tokenizer = new RegexpTokenizer({ pattern: /[\p{L}\p{N}]+/gu, gaps: false });

  constructor(
    readonly language: MatchingLanguage,
    private readonly stemmer: NaturalStemmer,
    stopwords: string[],
  ) {
    const keep = new Set(MEANINGFUL[language]);
    this.stopwords = new Set(stopwords.filter((w) => !keep.has(w) && !/^\d$/.test(w)).map((w) => foldAccents(w.toLowerCase())));
  }

  stem(word: string): string {
    const lower = word.toLowerCase();
    let stem = this.stems.get(lower);
    if (stem === undefined) {
      if (/^\d/.test(lower)) stem = lower;
      else {
        const prepared = this.language === 'en' ? harmoniseEnglish(lower) : this.language === 'es' ? infinitiveOfFutureSubjunctive(lower) : lower;
        stem = foldAccents(this.stemmer.stem(prepared));
      }
      this.stems.set(lower, stem);
    }
    return stem;
  }

  isStopword(word: string): boolean {
    return this.stopwords.has(foldAccents(word.toLowerCase()));
  }

  tokenize(text: string): Token[] {
    const words = this.tokenizer.tokenize(text) ?? [];
    const tokens: Token[] = [];
    let cursor = 0;
    for (const surface of words) {
      const start = text.indexOf(surface, cursor);
      if (start < 0) continue;
      cursor = start + surface.length;
      let form = this.forms.get(surface);
      if (!form) {
        const norm = foldAccents(surface.toLowerCase());
        form = { norm, stem: this.stem(surface), stop: this.stopwords.has(norm) };
        this.forms.set(surface, form);
      }
      tokens.push({ surface, norm: form.norm, stem: form.stem, stop: form.stop, start, end: cursor });
    }
    return tokens;
  }

  terms(text: string): string[] {
    return this.tokenize(text)
      .filter((t) => !t.stop && t.norm.length > 1 && !/^\d+$/.test(t.norm))
      .map((t) => t.stem);
  }
}

const analyzers = new Map<MatchingLanguage, TextAnalyzer>();

/** One analyzer per language, built once; stems are cached inside it. */
export function analyzerFor(language: MatchingLanguage): TextAnalyzer {
  let analyzer = analyzers.get(language);
  if (!analyzer) {
    analyzer = new NaturalAnalyzer(language, STEMMERS[language], STOPWORD_LISTS[language]);
    analyzers.set(language, analyzer);
  }
  return analyzer;
}
