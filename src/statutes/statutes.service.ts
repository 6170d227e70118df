import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In, MoreThan } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository';
import { DomainError } from '../common/domain-error';
import { retryOnConflict } from '../common/retry-on-conflict';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity';
import { normaliseJurisdiction } from '../jurisdictions/jurisdiction-code';

import { ProvisionEntity } from './entities/provision.entity';
import { StatuteVersionEntity } from './entities/statute-version.entity';
import { StatuteEntity, StatuteStatus } from './entities/statute.entity';
import { normaliseCitation } from './citation';
import { buildTree, diffProvisions, FlatProvision, flattenProvisions } from './flatten';
import { countProvisions, ingestStatute, yearFromTitle } from './ingest';
import { ParsedStatute, Provision } from './provision.model';
import { LegalEffectEntity, LegalEffectKind } from './entities/legal-effect.entity';
import { EffectRecord, fromRecord, NotInEffect, statuteNotInEffect, today, versionAt, withoutProvisionsNotInEffect } from './law/in-force';

/** One statute of the law analysed, with the version used and what of it was left out. */
export interface LawInForce {
  title: string;
  versionId: number;
  parsed: ParsedStatute;
  statuteId: number;
  version: number;
  versionDate: string | null;
  status: StatuteStatus;
  notInEffect: NotInEffect[];
}

/** The law handed to the matcher: the statutes that count, plus what was left out and why. */
export type Law = LawInForce[] & { asAt: string; excluded: NotInEffect[] };

export interface LegalEffectInput {
  citation?: string;
  effect: LegalEffectKind;
  from?: string;
  to?: string;
  source: string;
  note?: string;
}

export interface LegalEffectView {
  id: number;
  statuteId: number;
  citation: string | null;
  effect: LegalEffectKind;
  from: string | null;
  to: string | null;
  source: string;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface ImportStatuteInput {
  jurisdiction: string;
  fileName: string;
  bytes: Buffer;
  language?: string;
  title?: string;
  status?: StatuteStatus;
  source?: string;
  versionDate?: string;
  /** Who imports it, for the audit log ("system" for the start-up seed). */
  actor?: string;
}

export type ImportProgress = (step: string, done?: number, total?: number) => void;

export interface StatuteSummary {
  id: number;
  jurisdiction: string;
  title: string;
  year: number | null;
  language: string;
  status: StatuteStatus;
  source: string | null;
  currentVersion: number;
  provisionCount: number;
  contentHash: string;
  versionDate: string | null;
  format: string;
  importedAt: string;
}

export interface ImportStatuteResult {
  statute: StatuteSummary;
  /** `created`: new statute; `new-version`: text changed; `unchanged`: same bytes as the current version. */
  outcome: 'created' | 'new-version' | 'unchanged';
  changes: { added: string[]; removed: string[]; changed: string[] } | null;
  warnings: string[];
}

/** Statutes of a jurisdiction: import (one transaction), versions and the provision tree. */
@Injectable()
export class StatutesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  async importStatute(input: ImportStatuteInput, progress: ImportProgress = () => {}): Promise<ImportStatuteResult> {
    const code = normaliseJurisdiction(input.jurisdiction);
    progress(`parsing ${input.fileName}`);
    const parsed = await ingestStatute(input.bytes, input.fileName, { language: input.language });
    const total = countProvisions(parsed);
    progress(`parsed ${total} provisions`, 0, total);
    const contentHash = createHash('sha256').update(input.bytes).digest('hex');
    const title = (input.title ?? parsed.title).trim().slice(0, 500) || input.fileName;
    // parallel imports may race to create the same jurisdiction, title or version: the loser retries
    return retryOnConflict(() => this.db.transaction(async (em) => {
      if (!(await em.findOneBy(JurisdictionEntity, { code }))) await em.insert(JurisdictionEntity, { code, name: null });
      let statute = await em.findOneBy(StatuteEntity, { jurisdictionCode: code, title });
      const previous = statute ? await em.findOneBy(StatuteVersionEntity, { statuteId: statute.id, version: statute.currentVersion }) : null;
      if (statute && previous?.contentHash === contentHash) {
        return { statute: await this.summary(em, statute), outcome: 'unchanged' as const, changes: null, warnings: previous.warnings };
      }
      const created = !statute;
      statute = await em.save(StatuteEntity, {
        ...(statute ?? {}),
        jurisdictionCode: code,
        title,
        year: yearFromTitle(title),
        language: input.language ?? parsed.language,
        status: input.status ?? statute?.status ?? 'in-force',
        source: input.source ?? statute?.source ?? null,
        currentVersion: (statute?.currentVersion ?? 0) + 1,
      });
      const rows = flattenProvisions(parsed.provisions);
      const changes = previous ? diffProvisions(await this.flatRows(em, previous.id), rows) : null;
      const version = await em.save(StatuteVersionEntity, {
        statuteId: statute.id,
        version: statute.currentVersion,
        contentHash,
        versionDate: input.versionDate ?? null,
        format: parsed.format,
        fileName: input.fileName.slice(0, 300),
        provisionCount: rows.length,
        warnings: parsed.warnings,
        changes,
      });
      await this.insertProvisions(em, version.id, rows, progress);
      const summary = await this.summary(em, statute);
      await this.audit.record(em, { actor: input.actor ?? 'system', action: 'statute.import', subject: `statute:${statute.id}`, jurisdiction: code, after: { title, version: summary.currentVersion, contentHash, provisions: total, changes } });
      return { statute: summary, outcome: created ? ('created' as const) : ('new-version' as const), changes, warnings: parsed.warnings };
    }));
  }

  private async insertProvisions(em: EntityManager, versionId: number, rows: FlatProvision[], progress: ImportProgress) {
    const CHUNK = 300;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK).map((p) => ({
        versionId,
        position: p.position,
        parentPosition: p.parentPosition,
        citation: p.citation.slice(0, 200),
        label: p.label.slice(0, 100),
        kind: p.kind,
        depth: p.depth,
        heading: p.heading?.slice(0, 1000) ?? null,
        text: p.text,
        role: p.role,
        line: p.line,
      }));
      await em.insert(ProvisionEntity, chunk);
      progress('stored provisions', Math.min(i + CHUNK, rows.length), rows.length);
    }
  }

  private async flatRows(em: EntityManager, versionId: number): Promise<FlatProvision[]> {
    const rows = await em.find(ProvisionEntity, { where: { versionId }, order: { position: 'ASC' } });
    return rows.map((r) => ({
      citation: r.citation,
      label: r.label,
      kind: r.kind,
      depth: r.depth,
      ...(r.heading !== null ? { heading: r.heading } : {}),
      text: r.text,
      role: r.role,
      line: r.line,
      position: r.position,
      parentPosition: r.parentPosition,
    }));
  }

  private async summary(em: EntityManager, s: StatuteEntity): Promise<StatuteSummary> {
    const v = await em.findOneByOrFail(StatuteVersionEntity, { statuteId: s.id, version: s.currentVersion });
    return {
      id: s.id,
      jurisdiction: s.jurisdictionCode,
      title: s.title,
      year: s.year,
      language: s.language,
      status: s.status,
      source: s.source,
      currentVersion: s.currentVersion,
      provisionCount: v.provisionCount,
      contentHash: v.contentHash,
      versionDate: v.versionDate,
      format: v.format,
      importedAt: new Date(v.importedAt).toISOString(),
    };
  }

  async listStatutes(jurisdiction: string): Promise<StatuteSummary[]> {
    const code = normaliseJurisdiction(jurisdiction);
    if (!(await this.db.getRepository(JurisdictionEntity).findOneBy({ code }))) {
      throw new DomainError('JURISDICTION_NOT_FOUND', `No statutes have been imported for ${code} yet.`);
    }
    const statutes = await this.db.getRepository(StatuteEntity).find({ where: { jurisdictionCode: code }, order: { id: 'ASC' } });
    return Promise.all(statutes.map((s) => this.summary(this.db.manager, s)));
  }

  async getStatute(id: number): Promise<StatuteSummary & { versions: { version: number; contentHash: string; importedAt: string; fileName: string; provisionCount: number; changes: unknown }[] }> {
    const s = await this.findStatute(id);
    const versions = await this.db.getRepository(StatuteVersionEntity).find({ where: { statuteId: id }, order: { version: 'ASC' } });
    return {
      ...(await this.summary(this.db.manager, s)),
      versions: versions.map((v) => ({
        version: v.version,
        contentHash: v.contentHash,
        importedAt: new Date(v.importedAt).toISOString(),
        fileName: v.fileName,
        provisionCount: v.provisionCount,
        changes: v.changes,
      })),
    };
  }

  /** The provision tree of a statute version (the current one by default). */
  async getTree(id: number, version?: number): Promise<Provision[]> {
    return buildTree(await this.flatRows(this.db.manager, (await this.findVersion(id, version)).id));
  }

  async getProvision(id: number, citation: string, version?: number): Promise<Provision> {
    const wanted = normaliseCitation(citation);
    const found = findByCitation(await this.getTree(id, version), wanted);
    if (!found) {
      throw new DomainError('PROVISION_NOT_FOUND', `Statute ${id} has no provision cited '${citation}'. Browse GET /statutes/${id}/provisions for the citations it has.`);
    }
    return found;
  }

  /**
   * The current full text of one provision of a jurisdiction's statute (by title and citation as
   * printed), or undefined when the statute or the provision is not in the current law.
   */
  async provisionText(jurisdiction: string, statuteTitle: string, citation: string): Promise<string | undefined> {
    const statute = await this.db.getRepository(StatuteEntity).findOneBy({ jurisdictionCode: normaliseJurisdiction(jurisdiction), title: statuteTitle });
    if (!statute) return undefined;
    const v = await this.db.getRepository(StatuteVersionEntity).findOneBy({ statuteId: statute.id, version: statute.currentVersion });
    if (!v) return undefined;
    const rows = this.db.getRepository(ProvisionEntity);
    const head = await rows.findOne({ where: { versionId: v.id, citation }, order: { position: 'ASC' } });
    if (!head) return undefined;
    const after = await rows.find({ where: { versionId: v.id, position: MoreThan(head.position) }, order: { position: 'ASC' }, take: 2000 });
    const subtree = [head];
    for (const r of after) {
      if (r.depth <= head.depth) break;
      subtree.push(r);
    }
    return subtree.map((r) => [r.heading, r.text].filter(Boolean).join(' ')).join('\n');
  }

  /** The language of each named statute (key: jurisdiction and title joined by a NUL). */
  async languagesOf(statutes: { jurisdiction: string; title: string }[]): Promise<Map<string, string>> {
    const codes = [...new Set(statutes.map((s) => s.jurisdiction))];
    const out = new Map<string, string>();
    if (!codes.length) return out;
    for (const s of await this.db.getRepository(StatuteEntity).find({ where: { jurisdictionCode: In(codes) } })) out.set(`${s.jurisdictionCode}\u0000${s.title}`, s.language);
    return out;
  }

  /**
   * The law in force in a jurisdiction on `asAt` (today by default), parsed, for analysis: statutes in
   * force, each at the version in force then, without the provisions a legal effect takes out.
   * What was left out is listed on the result (`excluded`, and per statute `notInEffect`).
   */
  async currentLaw(jurisdiction: string, asAt?: string): Promise<Law> {
    const code = normaliseJurisdiction(jurisdiction);
    const day = asAt ?? today();
    const statutes = await this.db.getRepository(StatuteEntity).find({ where: { jurisdictionCode: code }, order: { id: 'ASC' } });
    if (!statutes.length) throw new DomainError('JURISDICTION_NOT_FOUND', `No statutes have been imported for ${code}: import one first (POST /jurisdictions/${code}/statutes).`);
    const law: LawInForce[] = [];
    const excluded: NotInEffect[] = [];
    for (const s of statutes) {
      const records = await this.effectRecords(s.id);
      const whole = statuteNotInEffect(s.status, records, day);
      if (whole) {
        excluded.push({ statute: s.title, statuteId: s.id, ...whole });
        continue;
      }
      const item = await this.lawOf(s, records, day);
      if (item) law.push(item);
      else excluded.push({ statute: s.title, statuteId: s.id, reason: 'not-yet-enacted' });
    }
    return Object.assign(law, { asAt: day, excluded: [...excluded, ...law.flatMap((l) => l.notInEffect)] });
  }

  /** One statute as law, whatever its status (a bill to compare), with the provisions not in effect on `asAt` taken out. */
  async statuteAsLaw(id: number, asAt?: string): Promise<LawInForce> {
    const s = await this.findStatute(id);
    const day = asAt ?? today();
    const item = await this.lawOf(s, await this.effectRecords(s.id), day);
    if (!item) throw new DomainError('STATUTE_NOT_FOUND', `Statute ${id} has no version dated on or before ${day}.`);
    return item;
  }

  private async lawOf(s: StatuteEntity, records: EffectRecord[], day: string): Promise<LawInForce | undefined> {
    const versions = await this.db.getRepository(StatuteVersionEntity).find({ where: { statuteId: s.id } });
    // without a date asked for, the current version; with one, the version in force then
    const v = day === today() ? versions.find((x) => x.version === s.currentVersion) : versionAt(versions, day);
    if (!v) return undefined;
    const { tree, removed } = withoutProvisionsNotInEffect(buildTree(await this.flatRows(this.db.manager, v.id)), records, day);
    return {
      title: s.title,
      versionId: v.id,
      statuteId: s.id,
      version: v.version,
      versionDate: v.versionDate,
      status: s.status,
      parsed: { title: s.title, language: s.language, format: v.format, provisions: tree, warnings: v.warnings },
      notInEffect: removed.map((r) => ({ statute: s.title, statuteId: s.id, ...fromRecord(r.record, r.citation) })),
    };
  }

  private async effectRecords(statuteId: number): Promise<EffectRecord[]> {
    return this.db.getRepository(LegalEffectEntity).find({ where: { statuteId }, order: { id: 'ASC' } });
  }

  /** Records that a provision (or, without citation, the statute) is not in effect for a period. */
  async recordLegalEffect(statuteId: number, input: LegalEffectInput, recordedBy: string): Promise<LegalEffectView> {
    const s = await this.findStatute(statuteId);
    if (input.from && input.to && input.to <= input.from) throw new DomainError('INVALID_INPUT', `to (${input.to}) must be after from (${input.from}).`);
    if (input.citation) await this.getProvision(s.id, input.citation);
    return this.db.transaction(async (em) => {
      const saved = await em.getRepository(LegalEffectEntity).save({
        statuteId: s.id,
        citation: input.citation?.trim() || null,
        effect: input.effect,
        fromDate: input.from ?? null,
        toDate: input.to ?? null,
        source: input.source,
        note: input.note ?? null,
        recordedBy,
      });
      const view = toEffectView(saved);
      await this.audit.record(em, { actor: recordedBy, action: 'legal-effect.record', subject: `statute:${s.id}`, jurisdiction: s.jurisdictionCode, after: view });
      return view;
    });
  }

  async listLegalEffects(statuteId: number): Promise<LegalEffectView[]> {
    await this.findStatute(statuteId);
    return (await this.db.getRepository(LegalEffectEntity).find({ where: { statuteId }, order: { id: 'ASC' } })).map(toEffectView);
  }

  /** Corrects a statute's title (the year is read again from it), status or source. */
  async updateStatute(id: number, patch: { title?: string; status?: StatuteStatus; source?: string }, actor = 'system'): Promise<StatuteSummary> {
    const s = await this.findStatute(id);
    const before = { title: s.title, status: s.status, source: s.source };
    if (patch.title !== undefined) {
      const title = patch.title.trim();
      if (!title) throw new DomainError('INVALID_INPUT', 'title must not be empty.');
      const clash = await this.db.getRepository(StatuteEntity).findOneBy({ jurisdictionCode: s.jurisdictionCode, title });
      if (clash && clash.id !== s.id) throw new DomainError('ALREADY_EXISTS', `${s.jurisdictionCode} already has a statute titled '${title}' (id ${clash.id}).`);
      s.title = title;
      s.year = yearFromTitle(title);
    }
    if (patch.status !== undefined) s.status = patch.status;
    if (patch.source !== undefined) s.source = patch.source;
    return this.db.transaction(async (em) => {
      await em.getRepository(StatuteEntity).save(s);
      // mappings cite the statute by title: a renamed statute keeps its reviewed mappings (by table name: review depends on statutes, not the reverse)
      if (before.title !== s.title) await em.createQueryBuilder().update('mapping').set({ statute: s.title }).where('"jurisdictionCode" = :code AND statute = :old', { code: s.jurisdictionCode, old: before.title }).execute();
      await this.audit.record(em, { actor, action: 'statute.update', subject: `statute:${s.id}`, jurisdiction: s.jurisdictionCode, before, after: { title: s.title, status: s.status, source: s.source } });
      return this.summary(em, s);
    });
  }

  private async findStatute(id: number): Promise<StatuteEntity> {
    const s = await this.db.getRepository(StatuteEntity).findOneBy({ id });
    if (!s) throw new DomainError('STATUTE_NOT_FOUND', `No statute with id ${id}. List a jurisdiction's statutes at GET /jurisdictions/{code}/statutes.`);
    return s;
  }

  private async findVersion(id: number, version?: number): Promise<StatuteVersionEntity> {
    const s = await this.findStatute(id);
    const v = await this.db.getRepository(StatuteVersionEntity).findOneBy({ statuteId: id, version: version ?? s.currentVersion });
    if (!v) throw new DomainError('STATUTE_NOT_FOUND', `Statute ${id} has no version ${version}; it has versions 1–${s.currentVersion}.`);
    return v;
  }
}


function toEffectView(r: LegalEffectEntity): LegalEffectView {
  return {
    id: r.id,
    statuteId: r.statuteId,
    citation: r.citation,
    effect: r.effect,
    from: r.fromDate,
    to: r.toDate,
    source: r.source,
    note: r.note,
    recordedBy: r.recordedBy,
    recordedAt: new Date(r.recordedAt).toISOString(),
  };
}

function findByCitation(nodes: Provision[], wanted: string): Provision | undefined {
  for (const n of nodes) {
    if (n.citation && normaliseCitation(n.citation) === wanted) return n;
    const inner = findByCitation(n.children, wanted);
    if (inner) return inner;
  }
  return undefined;
}
