import { findForm, loadForms } from './forms';
import { reservationsOnRecord } from './reservations';
import { country, PARTY } from './testing/country';

const forms = loadForms('ets185');

describe('reservations on record', () => {
  const preservation = findForm(forms, 'expedited-preservation');

  it('reports an Art. 29(4) reservation (dual criminality for preservation) with its effect', () => {
    const b = country('XB', {}, { treaty: { ...PARTY, reservations: [{ article: '29', paragraph: '4', kind: 'reservation', summary: 'dual criminality for preservation' }] } });
    const [r, ...rest] = reservationsOnRecord(forms, preservation, b);
    expect(rest).toHaveLength(0);
    expect(r.effect).toBe('uncertain');
    expect(r.text).toContain('not for offences established under Arts. 2-11');
    expect(r.citations[0]).toEqual(expect.objectContaining({ jurisdiction: 'XB', type: 'treaty-record', article: '29', paragraph: '4' }));
  });

  it('ignores reservations to other articles, and finds nothing on an empty record', () => {
    const b = country('XB', {}, { treaty: { ...PARTY, reservations: [{ article: '22', paragraph: '2', kind: 'reservation', summary: 'nationality jurisdiction' }] } });
    expect(reservationsOnRecord(forms, preservation, b)).toEqual([]);
    expect(reservationsOnRecord(forms, preservation, country('XB', {}))).toEqual([]);
  });
});
