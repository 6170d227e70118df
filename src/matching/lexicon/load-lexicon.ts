import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../common/domain-error';
import { MATCHING_LANGUAGES, MatchingLanguage } from '../../common/language';
import { DATA_DIR } from '../../common/paths';
import { compilePattern, CompiledPattern, ConceptResolver } from '../patterns/cue-pattern';
import { ArticleProfile, BeyondConventionRule, Concept, Lexicon } from './lexicon.model';

export const DEFAULT_LEXICON_DIR = join(DATA_DIR, 'lexicon');

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DomainError('INVALID_MODEL', `Lexicon file ${file} is not valid JSON: ${(e as Error).message}`);
  }
}

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...jsonFiles(full));
    else if (name.endsWith('.json')) out.push(full);
  }
  return out;
}

/**
 * Reads the concept lexicon (data/lexicon): `concepts/*.json` hold concepts, `profiles/<instrument>.json`
 * the article profiles of each instrument (how each article's elements are detected), `markers.json` the provision
 * markers and the beyond-the-Convention rules. Checks that every `@concept` it refers to exists.
 */
export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  if (!existsSync(dir)) throw new DomainError('INVALID_MODEL', `Lexicon folder ${dir} does not exist`);
  const lexicon: Lexicon = {
    concepts: [],
    profiles: [],
    beyondConvention: [],
    markers: { offence: [], definitions: [], power: [], 'co-operation': [] },
    nonOperativeHeadings: [],
    nonPowerHeadings: [],
  };
  for (const file of jsonFiles(dir)) {
    const data = readJson(file) as {
      concepts?: Concept[];
      /** The instrument whose articles a profiles file describes (profiles/ets185.json: "ets185"). */
      instrument?: string;
      profiles?: ArticleProfile[];
      beyondConvention?: BeyondConventionRule[];
      markers?: Lexicon['markers'];
      nonOperative?: { headings: string[] };
      nonPower?: { headings: string[] };
    };
    if (data.concepts) lexicon.concepts.push(...data.concepts);
    if (data.profiles) {
      if (!data.instrument) throw new DomainError('INVALID_MODEL', `Lexicon file ${file} holds article profiles but does not name its "instrument"`);
      lexicon.profiles.push(...data.profiles.map((p) => ({ ...p, instrument: data.instrument! })));
    }
    if (data.beyondConvention) lexicon.beyondConvention.push(...data.beyondConvention);
    if (data.markers) Object.assign(lexicon.markers, data.markers);
    if (data.nonOperative) lexicon.nonOperativeHeadings.push(...data.nonOperative.headings);
    if (data.nonPower) lexicon.nonPowerHeadings.push(...data.nonPower.headings);
  }
  validateLexicon(lexicon);
  return lexicon;
}

function patternsOf(lexicon: Lexicon): { where: string; pattern: string }[] {
  const list: { where: string; pattern: string }[] = [];
  for (const c of lexicon.concepts) for (const lang of MATCHING_LANGUAGES) for (const p of c.phrases[lang] ?? []) list.push({ where: `concept ${c.id}`, pattern: p });
  for (const pr of lexicon.profiles) {
    for (const a of pr.anchors) if (!pr.elements[a]) throw new DomainError('INVALID_MODEL', `Lexicon profile of Art. ${pr.article}: anchor ${a} has no element rule`);
    for (const [id, r] of Object.entries(pr.elements)) {
      for (const p of r.any ?? []) list.push({ where: `profile ${pr.article} element ${id}`, pattern: p });
      for (const g of r.all ?? []) for (const p of g.any) list.push({ where: `profile ${pr.article} element ${id}`, pattern: p });
      for (const n of r.narrowedBy ?? []) list.push({ where: `profile ${pr.article} element ${id}`, pattern: n.pattern });
      for (const p of r.statuteWide ?? []) list.push({ where: `profile ${pr.article} element ${id}`, pattern: p });
      for (const p of r.notInClauses ?? []) list.push({ where: `profile ${pr.article} element ${id}`, pattern: p });
      for (const p of r.metBy?.any ?? []) list.push({ where: `profile ${pr.article} element ${id}`, pattern: p });
    }
    for (const p of pr.queryTerms ?? []) list.push({ where: `profile ${pr.article} query`, pattern: p });
    for (const p of pr.headingCues ?? []) list.push({ where: `profile ${pr.article} heading`, pattern: p });
    for (const p of pr.groupHeadingCues ?? []) list.push({ where: `profile ${pr.article} heading`, pattern: p });
  }
  for (const b of lexicon.beyondConvention) for (const p of b.patterns) list.push({ where: `beyond-convention ${b.id}`, pattern: p });
  for (const [k, ps] of Object.entries(lexicon.markers)) for (const p of ps) list.push({ where: `marker ${k}`, pattern: p });
  for (const p of lexicon.nonOperativeHeadings) list.push({ where: 'non-operative heading', pattern: p });
  for (const p of lexicon.nonPowerHeadings) list.push({ where: 'non-power heading', pattern: p });
  return list;
}

function validateLexicon(lexicon: Lexicon): void {
  const ids = new Set<string>();
  for (const c of lexicon.concepts) {
    if (ids.has(c.id)) throw new DomainError('INVALID_MODEL', `Lexicon concept "${c.id}" is defined twice`);
    ids.add(c.id);
  }
  for (const { where, pattern } of patternsOf(lexicon)) {
    for (const ref of pattern.match(/@[\w-]+/g) ?? []) {
      if (!ids.has(ref.slice(1))) throw new DomainError('INVALID_MODEL', `Lexicon ${where}: pattern "${pattern}" refers to unknown concept ${ref}`);
    }
  }
}

/** Compiles concept phrasings on demand, once per language, for the matcher. */
export function conceptResolver(lexicon: Lexicon): ConceptResolver {
  const byId = new Map(lexicon.concepts.map((c) => [c.id, c]));
  const cache = new Map<string, CompiledPattern[]>();
  return (id: string, language: MatchingLanguage) => {
    const key = `${language}:${id}`;
    let compiled = cache.get(key);
    if (!compiled) {
      const concept = byId.get(id);
      if (!concept) throw new DomainError('INVALID_MODEL', `Unknown lexicon concept "${id}"`);
      compiled = (concept.phrases[language] ?? []).map((p) => compilePattern(p, language));
      cache.set(key, compiled);
    }
    return compiled;
  };
}
