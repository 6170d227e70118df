import { MatchingLanguage } from '../common/language';

/**
 * The instrument model: a treaty described in our own words (data/instruments/*.json).
 * The official text is never shipped; users import it and it is attached per paragraph.
 */
export type ArticleKind =
  | 'definitions'
  | 'criminalisation'
  | 'procedural'
  | 'jurisdiction'
  | 'co-operation'
  | 'final';

/** required: the Party must implement it; optional: a qualifier a Party may add; reservable: may be reserved (Art. 42). */
export type ElementKind = 'required' | 'optional' | 'reservable';

/** Cue phrases per language: how statutes typically say this element. Lower-case, no punctuation needed. */
export type CuePhrases = Record<MatchingLanguage, string[]>;

export interface Element {
  /** Stable id, `<article>.<slug>`, e.g. `2.without-right`. Gold tables, lexicon and reviews refer to it. */
  id: string;
  kind: ElementKind;
  /** Paragraph (and letter) of the article that carries it, e.g. `1`, `1.a`. */
  paragraph?: string;
  /** What the element asks for, in our words. */
  label: string;
  cues: CuePhrases;
  /** Lexicon concept ids (data/lexicon) whose phrasings also evidence this element. */
  concepts?: string[];
}

export interface Reservation {
  id: string;
  /** Paragraph that authorises it, e.g. `4(2)`. */
  basis: string;
  /** What the reservation lets a Party leave out, in our words. */
  summary: string;
  /** Element ids the reservation can cover when they are missing. */
  covers: string[];
}

export interface Declaration {
  id: string;
  basis: string;
  summary: string;
  /** `qualifier`: narrows an offence (Art. 40); `designation`: names an authority or contact. */
  type: 'qualifier' | 'designation';
  covers: string[];
}

export interface ArticleParagraph {
  /** `1`, `2`, or `1.a` for a lettered sub-paragraph that carries its own obligation. */
  number: string;
  /** What the paragraph obliges or allows, in our words. */
  obligation: string;
  /** Official text, only when a user imported it. */
  officialText?: string;
}

export interface Grouping {
  number: string;
  title: string;
}

/**
 * An article whose assessment reads the effective mappings of others: sanctions and participation
 * attach to the offences, scope and safeguards to the powers, co-operation forms to the domestic
 * power they use. Rules of the law, so they are data of the instrument model.
 */
export interface ArticleDependency {
  /** The articles read. */
  articles: string[];
  /** When none of them is implemented: the article is `missing` (nothing to attach to) or the gap only says so (`note`). */
  ifNone: 'missing' | 'note';
  /** What follows when none is implemented, in our words. */
  reason: string;
  /**
   * Each provision implementing one of `articles` must meet this article's `element` (a safeguard
   * every power needs), except the provisions implementing only the `except` articles.
   */
  eachMust?: { element: string; except?: string[] };
}

export interface Article {
  number: string;
  title: string;
  chapter: Grouping;
  section?: Grouping;
  titleGroup?: Grouping;
  kind: ArticleKind;
  paragraphs: ArticleParagraph[];
  elements: Element[];
  reservations: Reservation[];
  declarations: Declaration[];
  dependsOn?: ArticleDependency;
}

export interface Instrument {
  id: string;
  title: string;
  shortTitle: string;
  treatySeries: string;
  openedForSignature: string;
  /** The articles a national law is assessed against (the rest are final clauses). */
  articles: Article[];
}

/** The elements a Party must implement: required and reservable ones (optional qualifiers are the Party's choice). */
export function requiredElements(article: Article): Element[] {
  return article.elements.filter((e) => e.kind !== 'optional');
}
