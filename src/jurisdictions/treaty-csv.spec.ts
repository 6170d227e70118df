import { parseTreatyCsv, RecordRow, writeTreatyCsv } from './treaty-csv';
import { loadInstrumentModels } from '../instruments/model/load-instruments';
import { allowancesOnRecord } from '../gaps/allowances-on-record';
import { addMonths, basisOf, invitationState, parseArticleReference, reservationsOnRecord, designationsOnRecord } from './treaty-status.model';

const PARTIES = 'state,iso2,coe_member,signature,ratification_or_accession,entry_into_force,source,notes\n';

describe('treaty CSV', () => {
  it('reads a parties table, inferring the instrument from the file name', () => {
    const p = parseTreatyCsv(PARTIES + 'Testland,XT,no,2020-01-02,2021-03-04,2021-07-01,a source,"a note, with a comma"\n', 'ets185-parties.csv', { asOf: '2026-01-01' });
    expect(p).toMatchObject({ table: 'parties', instrument: 'ets185' });
    expect(p.rows[0]).toMatchObject({ line: 2, jurisdiction: 'XT', signature: '2020-01-02', ratification: '2021-03-04', notes: 'a note, with a comma', asOf: '2026-01-01' });
  });

  it('names every bad line and column, and refuses the whole file', () => {
    const text = PARTIES + 'A,XT,no,2020-01-02,,,s,\nB,Q1,no,,,,s,\nC,XU,maybe,2020-02-30,,,,\nD,XT,no,,,,s,\n';
    let err: { message: string; details: { errors: { line: number; field: string }[] } } | undefined;
    try {
      parseTreatyCsv(text, 'ets185-parties.csv');
    } catch (e) {
      err = e as typeof err;
    }
    expect(err!.message).toContain('nothing imported');
    expect(err!.details.errors.map((e) => `${e.line}:${e.field}`)).toEqual(['3:iso2', '4:signature', '4:coe_member', '4:source', '5:iso2']);
  });

  it('asks which instrument a file is about when its name does not say', () => {
    expect(() => parseTreatyCsv(PARTIES + 'A,XT,no,,,,s,\n', 'parties.csv')).toThrow(/which instrument/);
    expect(parseTreatyCsv(PARTIES + 'A,XT,no,,,,s,\n', 'parties.csv', { instrument: 'cets224' }).instrument).toBe('cets224');
  });

  it('reads reservations with article and paragraph, withdrawn ones and notes', () => {
    const head = 'state,iso2,article,kind,summary_own_words,date,source\n';
    const p = parseTreatyCsv(
      head + 'T,XT,11(3),reservation,keeps attempt out,2020-01-01,s\nT,XT,9(4) re 9(2)(b),reservation (withdrawn),old,2019-01-01,s\nT,XT,35,designation,a 24/7 desk,,s\nT,XT,(none),note,nothing else,,s\n',
      'ets185-reservations.csv',
    );
    const status = { records: p.rows as RecordRow[] };
    expect(reservationsOnRecord(status)).toEqual([{ article: '11', paragraph: '3', basis: '11(3)', reference: '11(3)', kind: 'reservation', summary: 'keeps attempt out', withdrawn: false }]);
    expect(designationsOnRecord(status)).toMatchObject([{ article: '35', authority: 'a 24/7 desk' }]);
    expect(() => parseTreatyCsv(head + 'T,XT,eleven,reservation,x,,s\n', 'ets185-r.csv')).toThrow(/line 2, article/);
  });

  it('writes a table back in its import columns', () => {
    const p = parseTreatyCsv(PARTIES + 'Testland,XT,no,2020-01-02,,,"src, one",\n', 'ets185-parties.csv');
    const row = p.rows[0] as { jurisdiction: string; signature: string; source: string };
    const csv = writeTreatyCsv('parties', [{ jurisdiction: 'XT', instrument: 'ets185', state: 'Testland', coeMember: 'no', signature: row.signature, ratification: null, entryIntoForce: null, source: row.source, notes: null, asOf: null, invitation: { date: null, status: null, source: null, notes: null, asOf: null }, records: [] }], (d) => d);
    expect(csv).toBe(PARTIES + 'Testland,XT,no,2020-01-02,,,"src, one",\n');
  });
});

describe('invitations and references', () => {
  it('lapses an invitation after five years and warns six months ahead', () => {
    const inv = { date: '2021-03-01', status: null, source: 's', notes: null, asOf: null };
    expect(invitationState(inv, '2025-08-31')).toMatchObject({ expires: '2026-03-01', lapsed: false, expiresSoon: false });
    expect(invitationState(inv, '2025-09-01')).toMatchObject({ lapsed: false, expiresSoon: true });
    expect(invitationState(inv, '2026-03-01')).toMatchObject({ lapsed: true, expiresSoon: false });
    expect(invitationState({ ...inv, date: null }, '2026-03-01')).toMatchObject({ expires: null, lapsed: false });
    // an accession within the five years takes the invitation up: it never lapses
    expect(invitationState(inv, '2027-01-01', '2023-05-05')).toMatchObject({ lapsed: false, expiresSoon: false, takenUp: '2023-05-05' });
    expect(invitationState(inv, '2027-01-01', '2026-05-05')).toMatchObject({ lapsed: true, takenUp: null });
  });

  it('adds months to a date, clamping the day', () => {
    expect(addMonths('2020-02-29', 60)).toBe('2025-02-28');
    expect(addMonths('2024-08-31', -6)).toBe('2024-02-29');
  });

  it('splits references into article and paragraph', () => {
    expect(parseArticleReference('24(7)(a)')).toEqual({ article: '24', paragraph: '7(a)' });
    expect(parseArticleReference('2 (via 40)')).toEqual({ article: '2' });
    expect(parseArticleReference('(none)')).toBeNull();
  });
});

describe('references written from article and paragraph', () => {
  it('writes the paragraph and its letters in brackets', () => {
    expect(basisOf('24', '7(a)')).toBe('24(7)(a)');
    expect(basisOf('35', null)).toBe('35');
    expect(basisOf('11', '3')).toBe('11(3)');
  });
});

describe('allowances of the instrument model on record', () => {
  const ets185 = loadInstrumentModels().find((i) => i.id === 'ets185')!;
  const art = (n: string) => ets185.articles.find((a) => a.number === n)!;
  const made = (article: string, paragraph: string | undefined, kind: 'reservation' | 'declaration') => ({ article, ...(paragraph ? { paragraph } : {}), basis: basisOf(article, paragraph), reference: '', kind, summary: '', withdrawn: false });

  it("names the model's reservation a State made under the same clause", () => {
    expect(allowancesOnRecord(art('11'), [made('11', '3', 'reservation')]).map((a) => a.id)).toEqual(['res.11.3']);
    expect(allowancesOnRecord(art('9'), [made('9', '4', 'reservation')]).map((a) => a.id)).toEqual(['res.9.4']);
    expect(allowancesOnRecord(art('2'), [made('2', undefined, 'declaration')]).map((a) => a.id)).toEqual(['decl.2']);
    // a reservation the State did not make, or made under another clause, covers nothing
    expect(allowancesOnRecord(art('11'), [made('11', '2', 'reservation')])).toEqual([]);
  });

  it('never treats a designation as coverage', () => {
    expect(allowancesOnRecord(art('35'), [made('35', '1', 'declaration')])).toEqual([]);
  });
});
