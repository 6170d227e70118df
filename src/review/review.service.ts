import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository';
import { DomainError } from '../common/domain-error';
import { InstrumentsService } from '../instruments/instruments.service';
import { ElementFinding, Relationship, SuggestedElement } from '../matching/match.model';
import { StatutesService } from '../statutes/statutes.service';
import { normaliseJurisdiction } from '../jurisdictions/jurisdiction-code';
import { overlayFindings } from './effective';
import { Decision, MappingStatus } from './mapping.model';
import { MappingFilter, MappingsRepository } from './mappings.repository';
import { StoredMapping } from './reconcile';
import { ReviewEvents } from './review-events';

export interface ExpertFinding {
  element: string;
  met: boolean;
  evidence?: string;
}

export interface DecisionInput {
  decision: Decision;
  version: number;
  rationale: string;
  relationship?: Relationship;
  elements?: ExpertFinding[];
  confidence?: number;
}

export interface AddMappingInput {
  instrument?: string;
  article: string;
  statute: string;
  citation: string;
  relationship: Relationship;
  rationale: string;
  elements?: ExpertFinding[];
  confidence?: number;
}

/** A mapping as the API shows it (the contract in ARCHITECTURE.md, section Review): the record without the matcher's internals. */
export type MappingView = Omit<StoredMapping, 'role' | 'decidedText' | 'elements'> & { elements: ElementFinding[] };

const STATUS_AFTER: Record<Decision, MappingStatus> = { accept: 'accepted', reject: 'rejected', modify: 'modified' };

/** Expert review: decisions on the machine's suggestions, mappings it missed, the queue and each mapping's history. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly mappings: MappingsRepository,
    private readonly audit: AuditRepository,
    private readonly statutes: StatutesService,
    private readonly instruments: InstrumentsService,
    private readonly events: ReviewEvents,
  ) {}

  async queue(jurisdiction: string, filter: MappingFilter): Promise<{ items: MappingView[]; total: number }> {
    const { items, total } = await this.mappings.query(normaliseJurisdiction(jurisdiction), filter);
    return { items: items.map(toView), total };
  }

  async get(id: number): Promise<MappingView> {
    return toView(await this.mustFind(id));
  }

  async history(id: number) {
    await this.mustFind(id);
    return this.audit.list({ subject: `mapping:${id}` });
  }

  /** Accept, reject or modify a mapping, made on the version the reviewer read: a stale version changes nothing (409). */
  async decide(id: number, input: DecisionInput, actor: string): Promise<MappingView> {
    if (!input.rationale?.trim()) throw new DomainError('INVALID_INPUT', 'rationale: say why (the audit trail and the report quote it).', { field: 'rationale' });
    return this.mappings.transaction(async (em) => {
      const m = await this.mustFind(id, em);
      if (m.version !== input.version) {
        throw new DomainError('VERSION_CONFLICT', `Mapping ${id} is at version ${m.version}, not ${input.version}: someone decided on it since you read it. Read it again (GET /mappings/${id}/history says who) and decide on the current version.`, { current: m.version });
      }
      const instrument = await this.instruments.getInstrument(m.instrument);
      if (input.elements) checkElements(input.elements, m.article, instrument.articles.find((a) => a.number === m.article)?.elements.map((e) => e.id) ?? []);
      const text = await this.statutes.provisionText(m.jurisdiction, m.statute, m.citation);
      // an expert's own mapping stays "added" when its author (or another expert) corrects it
      const status: MappingStatus = m.status === 'added' && input.decision !== 'reject' ? 'added' : STATUS_AFTER[input.decision];
      const next: StoredMapping = {
        ...m,
        status,
        relationship: input.decision === 'modify' && input.relationship ? input.relationship : m.relationship,
        elements: input.elements ? overlayFindings(m.elements, input.elements) : m.elements,
        confidence: input.confidence ?? (input.decision === 'reject' ? m.confidence : Math.max(m.confidence ?? 0, 0.9)),
        rationale: input.rationale.trim(),
        stale: false,
        staleDetail: null,
        decidedText: text ?? m.decidedText,
        decidedBy: actor,
        decidedAt: new Date().toISOString(),
      };
      if (!(await this.mappings.update(em, next, input.version))) {
        throw new DomainError('VERSION_CONFLICT', `Mapping ${id} changed while your decision was being saved; read it again and decide on the current version.`);
      }
      const saved = (await this.mappings.find(id, em))!;
      await this.audit.record(em, { actor, action: `mapping.${input.decision}`, subject: `mapping:${id}`, jurisdiction: m.jurisdiction, before: toView(m), after: toView(saved) });
      await this.events.mappingsChanged(em, m.jurisdiction, m.instrument);
      return toView(saved);
    });
  }

  /** A mapping the machine missed, with the expert's findings. The provision must be in the current law. */
  async add(jurisdiction: string, input: AddMappingInput, actor: string): Promise<MappingView> {
    const code = normaliseJurisdiction(jurisdiction);
    if (!input.rationale?.trim()) throw new DomainError('INVALID_INPUT', 'rationale: say why the provision implements the article.', { field: 'rationale' });
    const instrumentId = input.instrument ?? 'ets185';
    const article = await this.instruments.getArticle(instrumentId, input.article);
    if (input.elements) checkElements(input.elements, article.number, article.elements.map((e) => e.id));
    const text = await this.statutes.provisionText(code, input.statute, input.citation);
    if (text === undefined) {
      throw new DomainError('PROVISION_NOT_FOUND', `${code} has no current statute titled '${input.statute}' with a provision cited '${input.citation}'. GET /jurisdictions/${code}/statutes lists the titles; GET /statutes/{id}/provisions the citations.`, { field: 'citation' });
    }
    return this.mappings.transaction(async (em) => {
      const pair = { instrument: instrumentId, article: article.number, statute: input.statute, citation: input.citation };
      const existing = await this.mappings.findPair(code, pair, em);
      if (existing) {
        throw new DomainError('ALREADY_EXISTS', `Mapping ${existing.id} already pairs ${input.citation} with Art. ${article.number} (${existing.status}); decide on it with POST /mappings/${existing.id}/decisions.`, { mapping: existing.id });
      }
      const [id] = await this.mappings.insert(em, code, [
        {
          ...pair,
          status: 'added',
          origin: 'expert',
          relationship: input.relationship,
          score: null,
          rank: null,
          role: null,
          confidence: input.confidence ?? 1,
          elements: overlayFindings(deemed(article.elements, input.relationship), input.elements ?? []),
          rationale: input.rationale.trim(),
          stale: false,
          decidedBy: actor,
          decidedAt: new Date().toISOString(),
          decidedText: text,
          engine: null,
        },
      ]);
      const saved = (await this.mappings.find(id, em))!;
      await this.audit.record(em, { actor, action: 'mapping.add', subject: `mapping:${id}`, jurisdiction: code, before: null, after: toView(saved) });
      await this.events.mappingsChanged(em, code, instrumentId);
      return toView(saved);
    });
  }

  /** The undecided suggestions at or above a score: what a bulk accept would accept. */
  async bulkCandidates(jurisdiction: string, instrument: string, minScore: number, em?: EntityManager): Promise<StoredMapping[]> {
    return (await this.mappings.ofJurisdiction(normaliseJurisdiction(jurisdiction), instrument, em)).filter((m) => m.status === 'suggested' && (m.score ?? 0) >= minScore);
  }

  /** Accepts them in one transaction (each audited); the caller re-reads the assessment. */
  async bulkAccept(jurisdiction: string, instrument: string, minScore: number, actor: string): Promise<MappingView[]> {
    const code = normaliseJurisdiction(jurisdiction);
    return this.mappings.transaction(async (em) => {
      const accepted: MappingView[] = [];
      for (const m of await this.bulkCandidates(code, instrument, minScore, em)) {
        const text = await this.statutes.provisionText(code, m.statute, m.citation);
        const next: StoredMapping = { ...m, status: 'accepted', rationale: `Accepted in bulk: machine score ${m.score} ≥ ${minScore}.`, decidedBy: actor, decidedAt: new Date().toISOString(), decidedText: text ?? null, stale: false, staleDetail: null };
        if (!(await this.mappings.update(em, next, m.version))) throw new DomainError('VERSION_CONFLICT', `Mapping ${m.id} changed during the bulk accept; nothing was accepted. Try again.`);
        const saved = (await this.mappings.find(m.id, em))!;
        await this.audit.record(em, { actor, action: 'mapping.accept', subject: `mapping:${m.id}`, jurisdiction: code, before: toView(m), after: toView(saved) });
        accepted.push(toView(saved));
      }
      await this.events.mappingsChanged(em, code, instrument);
      return accepted;
    });
  }

  private async mustFind(id: number, em?: EntityManager) {
    const m = await this.mappings.find(id, em);
    if (!m) throw new DomainError('MAPPING_NOT_FOUND', `No mapping with id ${id}. GET /jurisdictions/{code}/mappings lists a jurisdiction's mappings.`);
    return m;
  }
}

/**
 * What an expert's mapping says of the elements it does not list: mapped as equal to (or broader
 * than) the article, the provision meets them all; as narrower or overlapping, none it does not name.
 */
function deemed(elements: { id: string; kind: string }[], relationship: Relationship): SuggestedElement[] {
  const all = relationship === 'equal' || relationship === 'superset';
  return elements
    .filter((e) => e.kind !== 'optional')
    .map((e) => ({
      element: e.id,
      met: all,
      found: all,
      narrowed: false,
      missingGroups: [],
      why: all ? `Deemed met: an expert mapped the provision as ${relationship} to the article.` : 'Not named by the expert who mapped the provision.',
    }));
}

function checkElements(elements: ExpertFinding[], article: string, ids: string[]): void {
  for (const [i, e] of elements.entries()) {
    if (!ids.includes(e.element)) {
      throw new DomainError('INVALID_INPUT', `elements[${i}].element: '${e.element}' is not an element of Art. ${article} (${ids.join(', ')}).`, { field: `elements[${i}].element` });
    }
  }
}

export function toView(m: StoredMapping): MappingView {
  return {
    id: m.id,
    version: m.version,
    instrument: m.instrument,
    article: m.article,
    statute: m.statute,
    citation: m.citation,
    status: m.status,
    origin: m.origin,
    relationship: m.relationship,
    score: m.score,
    rank: m.rank,
    confidence: m.confidence,
    elements: m.elements.map((e) => ({ element: e.element, met: e.met, ...(e.evidence ? { evidence: e.evidence } : {}), ...(e.why ? { why: e.why } : {}) })),
    rationale: m.rationale,
    stale: m.stale,
    staleDetail: m.staleDetail,
    engine: m.engine,
    decidedBy: m.decidedBy,
    decidedAt: m.decidedAt,
  };
}
