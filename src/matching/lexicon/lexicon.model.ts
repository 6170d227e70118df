import { MatchingLanguage } from '../../common/language';

/**
 * The legal concept lexicon (data/lexicon): how laws in each language phrase the concepts the
 * Convention's elements are made of. Written by us; never copied from a statute or the treaty.
 *
 * Phrases are cue patterns (see patterns/cue-pattern.ts): words are compared by stem, `a|b` offers
 * alternatives, `@concept` stands for any phrasing of another concept, `...` allows a longer gap.
 */
export interface Concept {
  id: string;
  label: string;
  /** Element ids (instrument model) this concept evidences on its own. */
  elements?: string[];
  phrases: Partial<Record<MatchingLanguage, string[]>>;
}

/** Where an element's evidence may be looked for. */
export type EvidenceScope =
  /** the provision, its children, its lead-in, the definitions of the terms it uses and the provisions it cites */
  | 'provision'
  /** anywhere in the statute (e.g. a general attempt rule, a definitions section) */
  | 'statute';

/** How one element of an article is detected. */
export interface ElementRule {
  /** Patterns any of which evidences the element. */
  any?: string[];
  /** Each of these groups must be evidenced (e.g. every act listed in the article). Each group is a list of alternatives. */
  all?: { label: string; any: string[] }[];
  /** Matches of `any` that overlap a match of one of these are ignored (e.g. "extradition" inside the name of another Act). */
  unless?: string[];
  /**
   * Clauses whose words never evidence the element, wherever they sit: a provision (or a paragraph
   * of it) matching one of these is read without it (e.g. "where the offence results in damage, the
   * penalty is ..." raises a penalty; it makes no damage to data an offence).
   */
  notInClauses?: string[];
  /** Wording that makes the provision narrower than the element (the element is then not met by that provision). */
  narrowedBy?: { pattern: string; why: string }[];
  /**
   * Stricter patterns: the element is found by `any` but met only when one of these also occurs in
   * the evidence (e.g. an attempt rule met only when it reaches offences, not one act: "attempts to
   * commit an offence under this Act" against "attempt to secure access to critical infrastructure").
   */
  metBy?: { any: string[]; why: string };
  /** When nothing is found, the element is met by default for this reason (e.g. intent is the rule in criminal law). */
  presumed?: string;
  scope?: EvidenceScope;
  /**
   * Narrow patterns that evidence the element wherever they occur in the statute, when the provision
   * and its context do not (e.g. a general offence of disclosing an investigation's details gives
   * every power its confidentiality). Shown with the provision they were found in.
   */
  statuteWide?: string[];
  /**
   * Which of the provision's sources may carry the evidence (default: all). E.g. who authorises a
   * power must be said by the provision or its lead-in, not by a provision it merely cites.
   */
  sources?: ('provision' | 'lead-in' | 'definition' | 'reference')[];
  /**
   * The element is conduct the offence-creating clause must state. A definition evidences it only
   * when it defines the conduct word itself ("modification" includes erasing), not when it defines
   * an object the offence names (a system that stores data is no possession).
   */
  conduct?: boolean;
  /** Why the evidence counts, shown to the reviewer. */
  why: string;
}

/** What kind of provision can implement an article. */
export type ProvisionClass = 'offence' | 'definitions' | 'power' | 'co-operation' | 'any';

export interface ArticleProfile {
  /** The instrument the article belongs to (from its profiles file): profiles are keyed by instrument, never assumed. */
  instrument: string;
  article: string;
  /** Provisions that can implement the article. */
  implementedBy: ProvisionClass;
  /** Patterns of which at least one must occur in the provision or its lead-in for it to be a candidate (e.g. Art. 9: child abuse material). */
  requires?: string[];
  /** Elements whose evidence shows the article is addressed at all. */
  anchors: string[];
  /**
   * How headings typically name the article's subject ("data interference", "atteinte aux données").
   * A provision headed for another article of the same group is that article's first; it counts here
   * only when nothing else does.
   */
  headingCues?: string[];
  /**
   * Headings that name the whole group this article opens ("International co-operation" for the
   * general principles of mutual assistance): they count as naming this article when no specific
   * heading cue does, but never set a provision apart from the group's other articles.
   */
  groupHeadingCues?: string[];
  /** Patterns that retrieval should weigh for this article, beyond the elements' own. */
  queryTerms?: string[];
  /** Special handling in the assessor. */
  special?: 'definitions' | 'sanctions' | 'procedural-scope' | 'safeguards' | 'participation';
  elements: Record<string, ElementRule>;
}

/** A provision the Convention does not ask for, flagged so it is shown apart (e.g. speech offences). */
export interface BeyondConventionRule {
  id: string;
  concern: string;
  patterns: string[];
}

export interface Lexicon {
  concepts: Concept[];
  profiles: ArticleProfile[];
  beyondConvention: BeyondConventionRule[];
  /** Provision classes, each a list of patterns marking it (e.g. offence: "commits an offence"). */
  markers: Record<Exclude<ProvisionClass, 'any'>, string[]>;
  /** Headings of provisions that implement nothing (policy statements, objects, short title): whole-heading patterns. */
  nonOperativeHeadings: string[];
  /**
   * Headings that begin by naming a body's functions or duties, or a power to make regulations
   * ("Functions of inspectors", "Regulations"): such provisions describe tasks and grant no
   * investigative power, whatever words of orders and warrants they use. Matched at the heading's start.
   */
  nonPowerHeadings: string[];
}
