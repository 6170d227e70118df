import { EntityManager } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository';
import { TreatyEvents } from './treaty-events';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { normaliseJurisdiction } from '../jurisdictions/jurisdiction-code';
import { CountryNames, isIsoCountry, isoNames, isoRegion } from './country-names';
import { JurisdictionEntity, TreatyApplication } from './jurisdiction.entity';
import { JurisdictionsRepository } from './jurisdictions.repository';
import { ParsedTreatyCsv, TreatyCsvTable, writeTreatyCsv } from './treaty-csv';
import {
  addMonths,
  basisOf,
  designationsOnRecord,
  DesignationOnRecord,
  InvitationState,
  invitationState,
  ReservationOnRecord,
  ReservationRecord,
  reservationsOnRecord,
  TreatyStatusRecord,
} from './treaty-status.model';
import { isCodeWithoutIsoName, isTrackedInstrument, treatyRules } from './treaty-rules';

export interface JurisdictionView {
  code: string;
  /** The user's name, else the ISO English name; null for a user-assigned code nobody named. */
  name: string | null;
  names: CountryNames | null;
  region: string | null;
  treatyApplication: TreatyApplication;
  statutes: number;
}

export interface TreatyStatusView {
  instrument: string;
  coeMember: string | null;
  signature: string | null;
  ratification: string | null;
  entryIntoForce: string | null;
  invitation: InvitationState;
  reservations: (ReservationRecord & { kind: 'reservation' | 'declaration' })[];
  designations: (DesignationOnRecord & { withdrawn: boolean; asOf: string | null })[];
  notes: { reference: string; kind: string; summary: string; date: string | null; source: string | null }[];
  source: string | null;
  statusNotes: string | null;
  asOf: string | null;
}

export interface TreatyStatusInput {
  coeMember?: string | null;
  signature?: string | null;
  ratification?: string | null;
  entryIntoForce?: string | null;
  invitation?: { date?: string | null; status?: string | null; source?: string | null; notes?: string | null; asOf?: string | null } | null;
  reservations?: { article: string; paragraph?: string | null; kind: 'reservation' | 'declaration'; summary: string; date?: string | null; withdrawn?: boolean; source?: string | null; asOf?: string | null }[];
  designations?: { article: string; paragraph?: string | null; authority: string; date?: string | null; withdrawn?: boolean; source?: string | null; asOf?: string | null }[];
  source: string;
  notes?: string | null;
  asOf: string;
}

export interface TreatyImportResult {
  file: string;
  table: TreatyCsvTable;
  instrument: string;
  rows: number;
  jurisdictions: number;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Jurisdictions with their names and treaty status: thin wiring of the plain functions to the repository. */
@Injectable()
export class JurisdictionsService {
  constructor(
    private readonly repo: JurisdictionsRepository,
    private readonly audit: AuditRepository,
    private readonly events: TreatyEvents,
  ) {}

  async list(): Promise<JurisdictionView[]> {
    const [rows, counts] = await Promise.all([this.repo.list(), this.repo.statuteCounts()]);
    return rows.map((r) => view(r, counts.get(r.code) ?? 0));
  }

  async get(code: string): Promise<JurisdictionView> {
    const c = normaliseJurisdiction(code);
    const row = await this.repo.find(c);
    if (!row) throw new DomainError('JURISDICTION_NOT_FOUND', `Nothing is recorded for ${c} yet: import statutes or treaty status for it first.`);
    return view(row, (await this.repo.statuteCounts()).get(c) ?? 0);
  }

  async updateFacts(code: string, facts: { name?: string | null; region?: string | null; treatyApplication?: TreatyApplication }): Promise<JurisdictionView> {
    const c = countryCode(code);
    await this.repo.updateFacts(c, facts);
    return this.get(c);
  }

  async treatyStatus(code: string, asOfDay = today()): Promise<{ items: TreatyStatusView[]; total: number }> {
    const c = normaliseJurisdiction(code);
    if (!(await this.repo.find(c))) throw new DomainError('JURISDICTION_NOT_FOUND', `No treaty status or statutes are recorded for ${c}.`);
    const items = (await this.repo.statuses({ code: c })).map((s) => statusView(s, asOfDay));
    return { items, total: items.length };
  }

  /** Every status of one instrument (or all), keyed by jurisdiction: for the dashboard. */
  async allStatuses(instrument?: string): Promise<TreatyStatusRecord[]> {
    return this.repo.statuses({ instrument });
  }

  async putTreatyStatus(code: string, instrument: string, input: TreatyStatusInput, actor = 'system'): Promise<TreatyStatusView> {
    const c = countryCode(code);
    requireInstrument(instrument);
    const records: ReservationRecord[] = [
      ...(input.reservations ?? []).map((r) => ({
        article: r.article, ...(r.paragraph ? { paragraph: r.paragraph } : {}), reference: basisOf(r.article, r.paragraph),
        kind: r.kind, summary: r.summary, date: r.date ?? null, withdrawn: r.withdrawn ?? false, source: r.source ?? input.source, asOf: r.asOf ?? input.asOf,
      })),
      ...(input.designations ?? []).map((d) => ({
        article: d.article, ...(d.paragraph ? { paragraph: d.paragraph } : {}), reference: basisOf(d.article, d.paragraph),
        kind: 'designation' as const, summary: d.authority, date: d.date ?? null, withdrawn: d.withdrawn ?? false, source: d.source ?? input.source, asOf: d.asOf ?? input.asOf,
      })),
    ];
    await this.repo.transaction(async (em) => {
      await this.repo.ensure(em, [{ code: c, name: null }]);
      const row = await this.repo.statusRow(em, c, instrument);
      const inv = input.invitation ?? {};
      await this.repo.updateStatus(em, row.id, {
        coeMember: input.coeMember ?? null, signature: input.signature ?? null, ratification: input.ratification ?? null,
        entryIntoForce: input.entryIntoForce ?? null, source: input.source, notes: input.notes ?? null, asOf: input.asOf,
        invitationDate: inv.date ?? null, invitationStatus: inv.status ?? null, invitationSource: inv.source ?? (inv.date ? input.source : null), invitationNotes: inv.notes ?? null,
        invitationAsOf: inv.asOf ?? (inv.date ? input.asOf : null),
      });
      await this.repo.replaceRecords(em, row.id, records);
      await this.audit.record(em, { actor, action: 'treaty-status.put', subject: `treaty-status:${c}:${instrument}`, jurisdiction: c, after: { ...input } });
      await this.events.treatyStatusChanged(em, [c], instrument);
    });
    const [saved] = await this.repo.statuses({ code: c, instrument });
    return statusView(saved, today());
  }

  /** Imports one parsed CSV table in one transaction: every row or none. */
  async importTreatyTable(parsed: ParsedTreatyCsv, file: string, actor = 'system'): Promise<TreatyImportResult> {
    const codes = new Set(parsed.rows.map((r) => r.jurisdiction));
    const write = async (em: EntityManager) => {
      // a State's name from the file is kept only where ISO has none (EU, user-assigned codes)
      await this.repo.ensure(em, parsed.rows.map((r) => ({ code: r.jurisdiction, name: isoNames(r.jurisdiction) ? null : r.state || null })));
      if (parsed.table === 'reservations') {
        const byCode = new Map<string, ReservationRecord[]>();
        for (const { line: _l, jurisdiction, state: _s, ...record } of parsed.rows) byCode.set(jurisdiction, [...(byCode.get(jurisdiction) ?? []), record]);
        for (const [code, records] of byCode) await this.repo.replaceRecords(em, (await this.repo.statusRow(em, code, parsed.instrument)).id, records);
        return;
      }
      for (const r of parsed.rows) {
        const row = await this.repo.statusRow(em, r.jurisdiction, parsed.instrument);
        if (parsed.table === 'invited') {
          const i = r as (typeof parsed.rows)[number];
          await this.repo.updateStatus(em, row.id, { invitationDate: i.invitationDate, invitationStatus: i.status, invitationSource: i.source, invitationNotes: i.notes, invitationAsOf: i.asOf });
        } else {
          const p = r as Extract<ParsedTreatyCsv, { table: 'parties' | 'signatories' }>['rows'][number];
          const fields = { signature: p.signature, source: p.source, asOf: p.asOf };
          if (parsed.table === 'parties') Object.assign(fields, { coeMember: p.coeMember ?? null, ratification: p.ratification ?? null, entryIntoForce: p.entryIntoForce ?? null, notes: p.notes ?? null });
          await this.repo.updateStatus(em, row.id, fields);
        }
      }
    };
    await this.repo.transaction(async (em) => {
      await write(em);
      await this.audit.record(em, { actor, action: 'treaty-status.import', subject: `treaty-table:${parsed.instrument}:${parsed.table}`, after: { file, rows: parsed.rows.length, jurisdictions: [...codes] } });
      await this.events.treatyStatusChanged(em, [...codes], parsed.instrument);
    });
    return { file, table: parsed.table, instrument: parsed.instrument, rows: parsed.rows.length, jurisdictions: codes.size };
  }

  async exportTreatyTable(instrument: string, table: TreatyCsvTable): Promise<string> {
    requireInstrument(instrument);
    const [statuses, names] = await Promise.all([this.repo.statuses({ instrument }), this.repo.list()]);
    const byCode = new Map(names.map((j) => [j.code, j]));
    const { validYears } = treatyRules().invitation;
    return writeTreatyCsv(
      table,
      statuses.map((s) => ({ ...s, state: byCode.get(s.jurisdiction)?.name ?? isoNames(s.jurisdiction)?.en ?? s.jurisdiction })),
      (d) => addMonths(d, validYears * 12),
    );
  }

  /** Reservations and declarations in force for a State and instrument: what the assess step reads. */
  /** (Read inside a caller's transaction when given one: a change being recorded is seen.) */
  async reservationsOnRecord(code: string, instrument: string, em?: EntityManager): Promise<ReservationOnRecord[]> {
    const [status] = await this.repo.statuses({ code: normaliseJurisdiction(code), instrument }, em);
    return reservationsOnRecord(status);
  }

  /** One State's status for one instrument, or undefined when nothing is on record. */
  async statusOf(code: string, instrument: string): Promise<TreatyStatusRecord | undefined> {
    const [status] = await this.repo.statuses({ code: normaliseJurisdiction(code), instrument });
    return status;
  }

  /** Designations in force (not gap coverage: a designation fulfils a duty). */
  async designationsOnRecord(code: string, instrument: string): Promise<DesignationOnRecord[]> {
    const [status] = await this.repo.statuses({ code: normaliseJurisdiction(code), instrument });
    return designationsOnRecord(status);
  }
}

/** A code facts can be recorded for: an ISO 3166-1 country, or a user-assigned or reserved code. */
function countryCode(code: string): string {
  const c = normaliseJurisdiction(code);
  if (!isIsoCountry(c) && !isCodeWithoutIsoName(c)) {
    throw new DomainError('INVALID_INPUT', `'${c}' is neither an ISO 3166-1 country nor a user-assigned or reserved code (AA, QM-QZ, XA-XZ, ZZ, EU).`);
  }
  return c;
}

function requireInstrument(id: string): void {
  if (!isTrackedInstrument(id)) {
    throw new DomainError('INSTRUMENT_NOT_FOUND', `'${id}' is not a tracked instrument; use one of ${treatyRules().instruments.map((i) => i.id).join(', ')}.`);
  }
}

export function view(r: JurisdictionEntity, statutes: number): JurisdictionView {
  const names = isoNames(r.code);
  return { code: r.code, name: r.name ?? names?.en ?? null, names, region: r.region ?? isoRegion(r.code), treatyApplication: r.treatyApplication ?? 'unknown', statutes };
}

export function statusView(s: TreatyStatusRecord, asOfDay: string): TreatyStatusView {
  return {
    instrument: s.instrument,
    coeMember: s.coeMember,
    signature: s.signature,
    ratification: s.ratification,
    entryIntoForce: s.entryIntoForce,
    invitation: invitationState(s.invitation, asOfDay, s.ratification),
    reservations: s.records.filter((r) => r.kind === 'reservation' || r.kind === 'declaration') as TreatyStatusView['reservations'],
    designations: s.records
      .filter((r) => r.kind === 'designation')
      .map((r) => ({ article: r.article, ...(r.paragraph ? { paragraph: r.paragraph } : {}), reference: r.reference, authority: r.summary, date: r.date, source: r.source, withdrawn: r.withdrawn, asOf: r.asOf })),
    notes: s.records.filter((r) => r.kind === 'note' || r.kind === 'flags').map((r) => ({ reference: r.reference, kind: r.kind, summary: r.summary, date: r.date, source: r.source })),
    source: s.source,
    statusNotes: s.notes,
    asOf: s.asOf,
  };
}
