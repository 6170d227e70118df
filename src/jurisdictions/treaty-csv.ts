/**
 * Treaty-status CSV in the columns of the shared treaty tables (parties, signatories, invitations,
 * reservations and declarations): reading with a per-line error, and writing back in the same columns.
 * csv-parse is used here only.
 */
import { parse } from 'csv-parse/sync';
import { DomainError } from '../common/domain-error';
import { isIsoCountry } from './country-names';
import { isIsoDate, parseArticleReference, RecordKind, ReservationRecord, TreatyStatusRecord } from './treaty-status.model';
import { isTrackedInstrument, isCodeWithoutIsoName, treatyRules } from './treaty-rules';

export type TreatyCsvTable = 'parties' | 'signatories' | 'invited' | 'reservations';

export const TREATY_CSV_COLUMNS: Record<TreatyCsvTable, string[]> = {
  parties: ['state', 'iso2', 'coe_member', 'signature', 'ratification_or_accession', 'entry_into_force', 'source', 'notes'],
  signatories: ['state', 'iso2', 'signature', 'source'],
  invited: ['state', 'iso2', 'invitation_date', 'invitation_expiry_5y', 'status', 'source', 'notes'],
  reservations: ['state', 'iso2', 'article', 'kind', 'summary_own_words', 'date', 'source'],
};

/** What each table says about a State: only these fields are replaced when the table is imported. */
export interface PartyRow {
  line: number;
  jurisdiction: string;
  state: string;
  coeMember?: string | null;
  signature: string | null;
  ratification?: string | null;
  entryIntoForce?: string | null;
  source: string | null;
  notes?: string | null;
  asOf: string;
}

export interface InvitedRow {
  line: number;
  jurisdiction: string;
  state: string;
  invitationDate: string | null;
  status: string | null;
  source: string | null;
  notes: string | null;
  asOf: string;
}

export interface RecordRow extends ReservationRecord {
  line: number;
  jurisdiction: string;
  state: string;
}

export type ParsedTreatyCsv =
  | { table: 'parties' | 'signatories'; instrument: string; rows: PartyRow[] }
  | { table: 'invited'; instrument: string; rows: InvitedRow[] }
  | { table: 'reservations'; instrument: string; rows: RecordRow[] };

export interface RowError {
  line: number;
  field: string;
  message: string;
}

const KINDS: Record<string, { kind: RecordKind; withdrawn: boolean }> = {
  reservation: { kind: 'reservation', withdrawn: false },
  declaration: { kind: 'declaration', withdrawn: false },
  designation: { kind: 'designation', withdrawn: false },
  'reservation (withdrawn)': { kind: 'reservation', withdrawn: true },
  'declaration (withdrawn)': { kind: 'declaration', withdrawn: true },
  'designation (withdrawn)': { kind: 'designation', withdrawn: true },
  note: { kind: 'note', withdrawn: false },
  flags: { kind: 'flags', withdrawn: false },
};

export interface ParseOptions {
  /** Which instrument the file is about; otherwise its name's prefix (`ets185-…`) or an `instrument` column says. */
  instrument?: string;
  /** The date the facts were confirmed, for rows without an `as_of` column; default today. */
  asOf?: string;
  today?: string;
}

export function parseTreatyCsv(text: string, fileName: string, options: ParseOptions = {}): ParsedTreatyCsv {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, info: true, trim: true, relax_column_count: false });
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw new DomainError('MALFORMED_FILE', `${fileName}${err.lines ? ` line ${err.lines}` : ''}: not readable as CSV (${err.message}).`);
  }
  if (!records.length) throw new DomainError('EMPTY_FILE', `${fileName} has no rows under its header.`);
  const header = Object.keys(records[0].record);
  const table = tableOf(header);
  if (!table) {
    throw new DomainError(
      'MALFORMED_FILE',
      `${fileName} line 1: the header does not match a treaty table; expected the columns of one of: ${Object.entries(TREATY_CSV_COLUMNS).map(([t, c]) => `${t} (${c.join(',')})`).join('; ')}.`,
    );
  }
  const instrument = instrumentOf(fileName, header, options.instrument);
  const defaultAsOf = options.asOf ?? options.today ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDate(defaultAsOf)) throw new DomainError('INVALID_INPUT', `as-of '${defaultAsOf}' is not a date (YYYY-MM-DD).`);

  const errors: RowError[] = [];
  const rows: (PartyRow | InvitedRow | RecordRow)[] = [];
  const firstLine = new Map<string, number>();
  for (const { record: r, info } of records) {
    const line = info.lines;
    const fail = (field: string, message: string) => errors.push({ line, field, message });
    const rowInstrument = r.instrument || instrument;
    if (rowInstrument !== instrument) fail('instrument', `'${rowInstrument}' differs from the file's instrument ${instrument}; import one instrument per file`);
    const code = (r.iso2 ?? '').toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) fail('iso2', `'${r.iso2 ?? ''}' is not a two-letter ISO 3166-1 code`);
    else if (!isIsoCountry(code) && !isCodeWithoutIsoName(code)) fail('iso2', `'${code}' is neither an ISO 3166-1 country nor a user-assigned or reserved code (AA, QM-QZ, XA-XZ, ZZ, EU)`);
    // one row per State in the status tables; the reservations table has one per record
    if (table !== 'reservations' && /^[A-Z]{2}$/.test(code)) {
      if (firstLine.has(code)) fail('iso2', `${code} is already on line ${firstLine.get(code)}`);
      else firstLine.set(code, line);
    }
    const date = (field: string): string | null => {
      const v = r[field] ?? '';
      if (v === '') return null;
      if (!isIsoDate(v)) fail(field, `'${v}' is not a date (YYYY-MM-DD)`);
      return v;
    };
    const asOf = date('as_of') ?? defaultAsOf;
    const base = { line, jurisdiction: code, state: r.state ?? '', source: r.source || null, asOf };
    if (table === 'parties' || table === 'signatories') {
      const row: PartyRow = { ...base, signature: date('signature') };
      if (table === 'parties') {
        Object.assign(row, { coeMember: r.coe_member || null, ratification: date('ratification_or_accession'), entryIntoForce: date('entry_into_force'), notes: r.notes || null });
        if (row.coeMember && !['yes', 'no'].includes(row.coeMember)) fail('coe_member', `'${row.coeMember}' must be yes, no or empty`);
        if (row.ratification && row.entryIntoForce && row.entryIntoForce < row.ratification) {
          fail('entry_into_force', `${row.entryIntoForce} is before the ratification or accession (${row.ratification})`);
        }
      }
      if (!row.source) fail('source', 'every record needs its source');
      rows.push(row);
    } else if (table === 'invited') {
      rows.push({ ...base, invitationDate: date('invitation_date'), status: r.status || null, notes: r.notes || null });
      date('invitation_expiry_5y'); // recomputed from the invitation date, only checked here
      if (!base.source) fail('source', 'every record needs its source');
    } else {
      const kind = KINDS[(r.kind ?? '').toLowerCase()];
      if (!kind) fail('kind', `'${r.kind ?? ''}' is not one of ${Object.keys(KINDS).join(', ')}`);
      const reference = r.article ?? '';
      const ref = parseArticleReference(reference);
      const isNote = kind && (kind.kind === 'note' || kind.kind === 'flags');
      if (!ref && !isNote) fail('article', `'${reference}' does not start with an article number (e.g. 6(3), 24(7), 35)`);
      if (!r.summary_own_words) fail('summary_own_words', 'a summary is required');
      if (!base.source) fail('source', 'every record needs its source');
      rows.push({
        ...base,
        article: ref?.article ?? '',
        ...(ref?.paragraph ? { paragraph: ref.paragraph } : {}),
        reference,
        kind: kind?.kind ?? 'note',
        summary: r.summary_own_words ?? '',
        date: date('date'),
        withdrawn: kind?.withdrawn ?? false,
      });
    }
  }
  if (errors.length) {
    const shown = errors.slice(0, 10).map((e) => `line ${e.line}, ${e.field}: ${e.message}`);
    throw new DomainError(
      'MALFORMED_FILE',
      `${fileName}: ${errors.length} bad row${errors.length > 1 ? 's' : ''}, nothing imported. ${shown.join('; ')}${errors.length > 10 ? '; …' : ''}`,
      { file: fileName, errors },
    );
  }
  return { table, instrument, rows } as ParsedTreatyCsv;
}

function tableOf(header: string[]): TreatyCsvTable | undefined {
  const has = (c: string) => header.includes(c);
  if (!has('iso2')) return undefined;
  if (has('article') && has('kind')) return 'reservations';
  if (has('invitation_date')) return 'invited';
  if (has('ratification_or_accession')) return 'parties';
  if (has('signature')) return 'signatories';
  return undefined;
}

function instrumentOf(fileName: string, header: string[], given?: string): string {
  const known = treatyRules().instruments.map((i) => i.id);
  const fromName = /^([a-z]+\d*)-/i.exec(fileName.replace(/^.*[\\/]/, ''))?.[1]?.toLowerCase();
  const id = given ?? (fromName && isTrackedInstrument(fromName) ? fromName : undefined);
  if (!id && header.includes('instrument')) {
    throw new DomainError('INVALID_INPUT', `${fileName}: give the instrument (--instrument or ?instrument=) when the file name does not start with one of ${known.join(', ')}.`);
  }
  if (!id) throw new DomainError('INVALID_INPUT', `${fileName}: which instrument is this? Name the file after it (e.g. ets185-parties.csv) or give --instrument (${known.join(', ')}).`);
  if (!isTrackedInstrument(id)) throw new DomainError('INSTRUMENT_NOT_FOUND', `'${id}' is not a tracked instrument; use one of ${known.join(', ')}.`);
  return id;
}

/** The records of one table, in its CSV columns (what `parseTreatyCsv` reads back to the same facts). */
export function writeTreatyCsv(table: TreatyCsvTable, statuses: (TreatyStatusRecord & { state: string })[], expiry: (date: string) => string): string {
  const columns = TREATY_CSV_COLUMNS[table];
  const lines = [columns.join(',')];
  const out = (values: (string | null | undefined)[]) => lines.push(values.map(csvCell).join(','));
  for (const s of statuses) {
    if (table === 'parties' && (s.signature || s.ratification || s.entryIntoForce || s.source)) {
      out([s.state, s.jurisdiction, s.coeMember, s.signature, s.ratification, s.entryIntoForce, s.source, s.notes]);
    } else if (table === 'signatories' && s.signature) {
      out([s.state, s.jurisdiction, s.signature, s.source]);
    } else if (table === 'invited' && (s.invitation.date || s.invitation.source)) {
      out([s.state, s.jurisdiction, s.invitation.date, s.invitation.date ? expiry(s.invitation.date) : null, s.invitation.status, s.invitation.source, s.invitation.notes]);
    } else if (table === 'reservations') {
      for (const r of s.records) {
        const kind = r.withdrawn ? `${r.kind} (withdrawn)` : r.kind;
        out([s.state, s.jurisdiction, r.reference, kind, r.summary, r.date, r.source]);
      }
    }
  }
  return lines.join('\n') + '\n';
}

function csvCell(v: string | null | undefined): string {
  const s = v ?? '';
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
