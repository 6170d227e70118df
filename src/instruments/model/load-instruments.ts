import * as fs from 'node:fs';
import * as path from 'node:path';
import { DomainError } from '../../common/domain-error';
import { MATCHING_LANGUAGES } from '../../common/language';
import { DATA_DIR } from '../../common/paths';
import {
  ArticleDependency,
  Article,
  ArticleKind,
  ArticleParagraph,
  CuePhrases,
  Declaration,
  Element,
  ElementKind,
  Grouping,
  Instrument,
  Reservation,
} from '../instrument.model';

/**
 * Loads the instrument models we ship in data/instruments (one JSON file per treaty) and checks
 * them hard: a wrong model is our bug, so it must stop start-up with a message that names the
 * file and the article or element at fault, not surface later as a silent mis-assessment.
 */

const ARTICLE_KINDS: readonly ArticleKind[] = ['definitions', 'criminalisation', 'procedural', 'jurisdiction', 'co-operation', 'final'];
const ELEMENT_KINDS: readonly ElementKind[] = ['required', 'optional', 'reservable'];
const DECLARATION_TYPES: readonly Declaration['type'][] = ['qualifier', 'designation'];

/** data/instruments of the repository. */
export const INSTRUMENTS_DIR = path.join(DATA_DIR, 'instruments');

/** Every `*.json` model in `dir`, validated, in file-name order. */
export function loadInstrumentModels(dir: string = INSTRUMENTS_DIR): Instrument[] {
  if (!fs.existsSync(dir)) throw new DomainError('INVALID_MODEL', `Instrument model folder ${dir} does not exist.`);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new DomainError('INVALID_MODEL', `Instrument model folder ${dir} holds no .json model.`);
  const seen = new Map<string, string>();
  return files.map((name) => {
    const file = path.join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      throw new DomainError('INVALID_MODEL', `${file}: not valid JSON (${(e as Error).message}).`, { file });
    }
    const instrument = validateInstrument(raw, file);
    const other = seen.get(instrument.id);
    if (other) throw new DomainError('INVALID_MODEL', `${file}: instrument id '${instrument.id}' is already used by ${other}.`, { file });
    seen.set(instrument.id, file);
    return instrument;
  });
}

/** Checks the shape and the cross-references of one model; returns it typed, or throws INVALID_MODEL. */
export function validateInstrument(raw: unknown, file: string): Instrument {
  const fail = (where: string, problem: string, details: Record<string, unknown> = {}): never => {
    throw new DomainError('INVALID_MODEL', `${file}: ${where}: ${problem}`, { file, ...details });
  };
  if (!isObject(raw)) return fail('instrument', 'the model must be a JSON object');
  for (const key of ['id', 'title', 'shortTitle', 'treatySeries', 'openedForSignature'] as const) {
    if (!isText(raw[key])) fail('instrument', `'${key}' must be a non-empty string`);
  }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(raw.id as string)) fail('instrument', `id '${raw.id}' must be lower-case letters, digits and hyphens`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw.openedForSignature as string)) fail('instrument', `openedForSignature '${raw.openedForSignature}' must be a YYYY-MM-DD date`);
  if (!Array.isArray(raw.articles) || raw.articles.length === 0) fail('instrument', "'articles' must be a non-empty array");

  const articleNumbers = new Set<string>();
  const elementIds = new Set<string>();
  const allowanceIds = new Set<string>();
  const articles = (raw.articles as unknown[]).map((a, i) => {
    const article = checkArticle(a, i, fail);
    if (articleNumbers.has(article.number)) fail(`Article ${article.number}`, 'the article number is used twice');
    articleNumbers.add(article.number);
    for (const e of article.elements) {
      if (elementIds.has(e.id)) fail(`Article ${article.number}, element ${e.id}`, 'the element id is used twice', { article: article.number, element: e.id });
      elementIds.add(e.id);
    }
    return article;
  });

  // Second pass: reservations and declarations may cover elements of any article (e.g. a federal clause).
  for (const article of articles) {
    for (const allowance of [...article.reservations, ...article.declarations]) {
      const where = `Article ${article.number}, ${'type' in allowance ? 'declaration' : 'reservation'} ${allowance.id}`;
      if (allowanceIds.has(allowance.id)) fail(where, 'the id is used twice', { article: article.number });
      allowanceIds.add(allowance.id);
      for (const id of allowance.covers) {
        if (!elementIds.has(id)) fail(where, `covers '${id}', which is not an element of this instrument`, { article: article.number, element: id });
      }
    }
  }
  // Third pass: an article's dependency names articles and an element of this instrument.
  for (const article of articles) {
    const dep = article.dependsOn;
    if (!dep) continue;
    const where = `Article ${article.number}, dependsOn`;
    for (const n of [...dep.articles, ...(dep.eachMust?.except ?? [])]) {
      if (!articleNumbers.has(n)) fail(where, `names Article ${n}, which is not an article of this instrument`, { article: article.number });
    }
    if (dep.eachMust && !article.elements.some((e) => e.id === dep.eachMust!.element)) {
      fail(where, `eachMust names '${dep.eachMust.element}', which is not an element of Article ${article.number}`, { article: article.number, element: dep.eachMust.element });
    }
  }
  return {
    id: raw.id as string,
    title: raw.title as string,
    shortTitle: raw.shortTitle as string,
    treatySeries: raw.treatySeries as string,
    openedForSignature: raw.openedForSignature as string,
    articles,
  };
}

type Fail = (where: string, problem: string, details?: Record<string, unknown>) => never;

function checkArticle(raw: unknown, index: number, fail: Fail): Article {
  if (!isObject(raw)) return fail(`articles[${index}]`, 'must be an object');
  if (!isText(raw.number) || !/^\d+[a-z]?$/i.test(raw.number)) fail(`articles[${index}]`, `number '${String(raw.number)}' must be a string like "2" or "12a"`);
  const number = raw.number as string;
  const where = `Article ${number}`;
  const at = { article: number };
  if (!isText(raw.title)) fail(where, "'title' must be a non-empty string", at);
  if (!ARTICLE_KINDS.includes(raw.kind as ArticleKind)) fail(where, `kind '${String(raw.kind)}' must be one of ${ARTICLE_KINDS.join(', ')}`, at);
  const chapter = checkGrouping(raw.chapter, `${where}, chapter`, fail);
  const section = raw.section === undefined ? undefined : checkGrouping(raw.section, `${where}, section`, fail);
  const titleGroup = raw.titleGroup === undefined ? undefined : checkGrouping(raw.titleGroup, `${where}, title group`, fail);

  if (!Array.isArray(raw.paragraphs) || raw.paragraphs.length === 0) fail(where, "'paragraphs' must be a non-empty array", at);
  const paragraphs = (raw.paragraphs as unknown[]).map((p, i): ArticleParagraph => {
    if (!isObject(p) || !isText(p.number) || !isText(p.obligation)) {
      return fail(`${where}, paragraphs[${i}]`, "each paragraph needs a 'number' and an 'obligation' (non-empty strings)", at);
    }
    if (p.officialText !== undefined) fail(`${where}, paragraph ${p.number}`, 'official text must not be shipped in the model; users import it', at);
    return { number: p.number, obligation: p.obligation };
  });
  const paragraphNumbers = new Set(paragraphs.map((p) => p.number));
  if (paragraphNumbers.size !== paragraphs.length) fail(where, 'two paragraphs have the same number', at);

  const elements = arrayOf(raw.elements, `${where}, elements`, fail).map((e, i) => checkElement(e, i, number, paragraphNumbers, fail));
  const reservations = arrayOf(raw.reservations, `${where}, reservations`, fail).map((r, i) => checkReservation(r, `${where}, reservations[${i}]`, fail));
  const declarations = arrayOf(raw.declarations, `${where}, declarations`, fail).map((d, i): Declaration => {
    const base = checkReservation(d, `${where}, declarations[${i}]`, fail);
    const type = (d as Record<string, unknown>).type;
    if (!DECLARATION_TYPES.includes(type as Declaration['type'])) fail(`${where}, declaration ${base.id}`, `type '${String(type)}' must be qualifier or designation`, at);
    return { ...base, type: type as Declaration['type'] };
  });
  return {
    number,
    title: raw.title as string,
    chapter,
    ...(section ? { section } : {}),
    ...(titleGroup ? { titleGroup } : {}),
    kind: raw.kind as ArticleKind,
    paragraphs,
    elements,
    reservations,
    declarations,
    ...(raw.dependsOn !== undefined ? { dependsOn: checkDependency(raw.dependsOn, where, fail) } : {}),
  };
}

function checkDependency(raw: unknown, where: string, fail: Fail): ArticleDependency {
  const at = `${where}, dependsOn`;
  if (!isObject(raw)) return fail(at, 'must be an object');
  if (!Array.isArray(raw.articles) || !raw.articles.length || !raw.articles.every(isText)) fail(at, "'articles' must be a non-empty list of article numbers");
  if (raw.ifNone !== 'missing' && raw.ifNone !== 'note') fail(at, "'ifNone' must be missing or note");
  if (!isText(raw.reason)) fail(at, "'reason' must be a non-empty string");
  let eachMust: ArticleDependency['eachMust'];
  if (raw.eachMust !== undefined) {
    const e = raw.eachMust;
    if (!isObject(e) || !isText(e.element)) return fail(at, "'eachMust' needs an 'element' id");
    if (e.except !== undefined && (!Array.isArray(e.except) || !e.except.every(isText))) fail(at, "'eachMust.except' must be a list of article numbers");
    eachMust = { element: e.element as string, ...(e.except ? { except: e.except as string[] } : {}) };
  }
  return { articles: raw.articles as string[], ifNone: raw.ifNone as ArticleDependency['ifNone'], reason: raw.reason as string, ...(eachMust ? { eachMust } : {}) };
}

function checkElement(raw: unknown, index: number, article: string, paragraphs: Set<string>, fail: Fail): Element {
  const where0 = `Article ${article}, elements[${index}]`;
  if (!isObject(raw)) return fail(where0, 'must be an object', { article });
  if (!isText(raw.id)) fail(where0, "'id' must be a non-empty string", { article });
  const id = raw.id as string;
  const where = `Article ${article}, element ${id}`;
  const at = { article, element: id };
  // The id prefix ties the element to its article: gold tables, the lexicon and reviews refer to it.
  if (!id.startsWith(`${article}.`) || !/^[0-9a-z]+\.[a-z0-9][a-z0-9-]*$/.test(id)) {
    fail(where, `id must be '${article}.<slug>' (lower-case slug with hyphens)`, at);
  }
  if (!ELEMENT_KINDS.includes(raw.kind as ElementKind)) fail(where, `kind '${String(raw.kind)}' must be one of ${ELEMENT_KINDS.join(', ')}`, at);
  if (!isText(raw.label)) fail(where, "'label' must be a non-empty string", at);
  if (raw.paragraph !== undefined) {
    // `1.a` is letter a of paragraph 1; Art. 1 style models number their paragraphs by letter alone.
    const p = raw.paragraph;
    if (!isText(p) || !(paragraphs.has(p) || paragraphs.has(p.split('.')[0]))) {
      fail(where, `paragraph '${String(p)}' is not a paragraph of Article ${article} (${[...paragraphs].join(', ')})`, at);
    }
  }
  const cues = checkCues(raw.cues, where, at, fail);
  if (raw.concepts !== undefined && (!Array.isArray(raw.concepts) || !raw.concepts.every(isText))) fail(where, "'concepts' must be an array of lexicon ids", at);
  return {
    id,
    kind: raw.kind as ElementKind,
    ...(raw.paragraph !== undefined ? { paragraph: raw.paragraph as string } : {}),
    label: raw.label as string,
    cues,
    ...(raw.concepts !== undefined ? { concepts: raw.concepts as string[] } : {}),
  };
}

/** Cues are what the matcher searches statutes for: every matching language needs some, all lower case. */
function checkCues(raw: unknown, where: string, at: Record<string, unknown>, fail: Fail): CuePhrases {
  if (!isObject(raw)) return fail(where, "'cues' must be an object with en, fr and es lists", at);
  const cues = {} as CuePhrases;
  for (const lang of MATCHING_LANGUAGES) {
    const list = raw[lang];
    if (!Array.isArray(list) || list.length === 0) fail(where, `cues.${lang} must be a non-empty list of phrases`, at);
    for (const cue of list as unknown[]) {
      if (!isText(cue) || cue !== cue.trim()) fail(where, `cues.${lang} holds an empty or untrimmed phrase`, at);
      if ((cue as string) !== (cue as string).toLowerCase()) fail(where, `cue '${cue as string}' (${lang}) must be lower case`, at);
    }
    if (new Set(list).size !== list.length) fail(where, `cues.${lang} lists a phrase twice`, at);
    cues[lang] = list as string[];
  }
  return cues;
}

function checkReservation(raw: unknown, where: string, fail: Fail): Reservation {
  if (!isObject(raw)) return fail(where, 'must be an object');
  for (const key of ['id', 'basis', 'summary'] as const) if (!isText(raw[key])) fail(where, `'${key}' must be a non-empty string`);
  if (!Array.isArray(raw.covers) || !raw.covers.every(isText)) fail(`${where} (${String(raw.id)})`, "'covers' must be a list of element ids");
  return { id: raw.id as string, basis: raw.basis as string, summary: raw.summary as string, covers: raw.covers as string[] };
}

function checkGrouping(raw: unknown, where: string, fail: Fail): Grouping {
  if (!isObject(raw) || !isText(raw.number) || !isText(raw.title)) return fail(where, "must be { number, title } with non-empty strings");
  return { number: raw.number, title: raw.title };
}

function arrayOf(raw: unknown, where: string, fail: Fail): unknown[] {
  if (!Array.isArray(raw)) return fail(where, 'must be an array (empty when there are none)');
  return raw;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}
