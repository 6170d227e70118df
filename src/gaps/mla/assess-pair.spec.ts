import { assessMatrix, assessPair } from './assess-pair';
import { loadForms } from './forms';
import { complete, country, PARTY } from './testing/country';

const forms = loadForms('ets185');
const year = (article: string, text: string) => ({ [article]: { text, language: 'en' } });

describe('the pair report: every form, A asking B', () => {
  const xaStatuses = { ...complete(), '16': 'missing' as const, '17': 'missing' as const, '29': 'missing' as const };
  const xbStatuses = { ...complete(), '6': 'missing' as const };
  const xa = country('XA', xaStatuses, { treaty: PARTY, penalties: { ...year('2', 'imprisonment for up to five years'), ...year('3', 'imprisonment for up to five years'), ...year('6', 'imprisonment for up to two years') } });
  const xb = country('XB', xbStatuses, { treaty: PARTY, penalties: { ...year('2', 'imprisonment for up to three years'), ...year('3', 'imprisonment for up to six months') } });
  const form = (r: ReturnType<typeof assessPair>, f: string) => r.forms.find((x) => x.form === f)!;

  it('lists every form of the instrument with an outcome and reasons', () => {
    const r = assessPair(forms, xb, xa);
    expect(r.forms.map((f) => f.article)).toEqual(['24', '25', '26', '29', '30', '31', '33', '34', '35']);
    for (const f of r.forms) expect(f.reasons.length).toBeGreaterThan(0);
  });

  it('blocks preservation when the requested country has no preservation power, and only in that direction', () => {
    const toXa = form(assessPair(forms, xb, xa), 'expedited-preservation');
    expect(toXa.outcome).toBe('blocked');
    expect(toXa.reasons.find((x) => x.effect === 'blocked')!.text).toMatch(/XA has no .* \(Art\. 16\) in its law: it cannot answer an Art\. 29 request/);
    const toXb = form(assessPair(forms, xa, xb), 'expedited-preservation');
    expect(toXb.outcome).toBe('works');
  });

  it('extradition: blocked for an offence missing in B and for one punished under a year, works for the others', () => {
    const ex = form(assessPair(forms, xa, xb), 'extradition');
    const byArt = (n: string) => ex.offences!.find((o) => o.article === n)!;
    expect(byArt('6').outcome).toBe('blocked');
    expect(byArt('3').outcome).toBe('blocked');
    expect(byArt('3').reasons.find((x) => x.effect === 'blocked')!.kind).toBe('penalty');
    expect(byArt('2').outcome).toBe('works');
    expect(ex.outcome).toBe('works'); // extraditable for Art. 2 at least
    expect(ex.reasons.find((x) => x.kind === 'dual-criminality')!.text).toMatch(/not met for Art\. 3, Art\. 6/);
  });

  it('becomes uncertain, never "works", when treaty status is not recorded', () => {
    const a = country('XA', complete());
    const b = country('XB', complete());
    const r = assessPair(forms, a, b);
    const preservation = form(r, 'expedited-preservation');
    expect(preservation.outcome).toBe('uncertain');
    expect(preservation.reasons[0].text).toMatch(/^treaty status not recorded/);
  });

  it('the matrix answers one form for every ordered pair', () => {
    const xc = country('XC', complete(), { treaty: PARTY });
    const m = assessMatrix(forms, '29', [xa, xb, xc]);
    expect(m.cells).toHaveLength(6);
    const cell = (a: string, b: string) => m.cells.find((c) => c.requesting === a && c.requested === b)!.outcome;
    expect(cell('XB', 'XA')).toBe('blocked');
    expect(cell('XC', 'XA')).toBe('blocked');
    expect(cell('XA', 'XB')).toBe('works');
    expect(() => assessMatrix(forms, 'teleportation', [xa])).toThrow(/not a form of co-operation/);
  });
});
