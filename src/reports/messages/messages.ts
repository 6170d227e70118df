/**
 * The report's own words, per page language, from the catalogues in data/messages (en, fr, es).
 * Templates name a key; `{name}` placeholders are filled with values the caller passes. A key
 * missing from a catalogue falls back to English, so a half-translated catalogue still renders.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../common/paths';
import { DomainError } from '../../common/domain-error';

export const PAGE_LANGUAGES = ['en', 'fr', 'es'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

type Catalogue = Record<string, unknown>;

export interface Messages {
  lang: PageLanguage;
  /** The text under a dotted key (`ui.summary.h`; keys may themselves hold dots: the longest match wins), placeholders filled. */
  t(key: string, vars?: Record<string, string | number>): string;
  /** The text under a key, or undefined when no catalogue has it (optional texts such as per-element drafting notes). */
  maybe(key: string, vars?: Record<string, string | number>): string | undefined;
  /** An article's title in the page language, else the model's. */
  articleTitle(number: string, fallback: string): string;
  /** An element's label in the page language, else the model's. */
  elementLabel(id: string, fallback: string): string;
  /** A chapter's or section's title, a reservation's or declaration's summary, in the page language, else the model's. */
  groupTitle(title: string): string;
  allowanceSummary(id: string, fallback: string): string;
  /** An instrument's title in the page language, else the model's. */
  instrumentTitle(id: string, fallback: string): string;
  months: string[];
}

const cache = new Map<PageLanguage, Catalogue>();

function load(lang: PageLanguage): Catalogue {
  let c = cache.get(lang);
  if (!c) {
    c = JSON.parse(readFileSync(join(DATA_DIR, 'messages', `${lang}.json`), 'utf8')) as Catalogue;
    cache.set(lang, c);
  }
  return c;
}

/** Looks a key up, letting the remaining path hold dots (`ui` → `summary.h`, or `drafting` → `element` → `2.intent`). */
function lookup(node: unknown, parts: string[]): string | undefined {
  if (!parts.length) return typeof node === 'string' ? node : undefined;
  if (!node || typeof node !== 'object') return undefined;
  const obj = node as Record<string, unknown>;
  for (let n = parts.length; n >= 1; n--) {
    const head = parts.slice(0, n).join('.');
    if (head in obj) {
      const found = lookup(obj[head], parts.slice(n));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

const fill = (text: string, vars: Record<string, string | number> = {}) => text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));

export function pageLanguage(requested: string | undefined, statuteLanguages: string[]): PageLanguage {
  if (requested !== undefined && requested !== '') {
    const lang = requested.trim().toLowerCase();
    if (!(PAGE_LANGUAGES as readonly string[]).includes(lang)) {
      throw new DomainError('INVALID_INPUT', `lang must be one of ${PAGE_LANGUAGES.join(', ')}, not '${requested}'.`);
    }
    return lang as PageLanguage;
  }
  // the language most of the statutes are written in, when the page has it
  const counts = new Map<string, number>();
  for (const l of statuteLanguages) counts.set(l, (counts.get(l) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return (PAGE_LANGUAGES as readonly string[]).includes(best ?? '') ? (best as PageLanguage) : 'en';
}

export function messages(lang: PageLanguage = 'en'): Messages {
  const own = load(lang);
  const en = load('en');
  const maybe = (key: string, vars?: Record<string, string | number>) => {
    const parts = key.split('.');
    const text = lookup(own, parts) ?? lookup(en, parts);
    return text === undefined ? undefined : fill(text, vars);
  };
  return {
    lang,
    maybe,
    t: (key, vars) => maybe(key, vars) ?? key,
    articleTitle: (number, fallback) => lookup(own, ['articleTitles', number]) ?? fallback,
    elementLabel: (id, fallback) => lookup(own, ['elementLabels', id]) ?? fallback,
    groupTitle: (title) => lookup(own, ['groupTitles', title]) ?? title,
    allowanceSummary: (id, fallback) => lookup(own, ['allowanceSummaries', id]) ?? fallback,
    instrumentTitle: (id, fallback) => lookup(own, ['instrumentTitles', id]) ?? fallback,
    months: (maybe('ui.months') ?? '').split(','),
  };
}
