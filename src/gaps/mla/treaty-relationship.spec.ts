import { country, PARTY } from './testing/country';
import { treatyRelationship } from './treaty-relationship';

describe('treaty relationship', () => {
  it('works when both are Parties: the Convention is the legal basis', () => {
    const r = treatyRelationship('ets185', country('XA', {}, { treaty: PARTY }), country('XB', {}, { treaty: PARTY }));
    expect(r.effect).toBe('works');
    expect(r.citations.map((c) => c.jurisdiction)).toEqual(['XA', 'XB']);
  });

  it('says a bilateral treaty or domestic law would be needed when one is not a Party', () => {
    const r = treatyRelationship('ets185', country('XA', {}, { treaty: PARTY }), country('XB', {}, { treaty: { ...PARTY, party: false } }));
    expect(r.effect).toBe('uncertain');
    expect(r.text).toMatch(/XB is not a Party.*bilateral treaty or XB's domestic law would be needed/);
  });

  it('is uncertain with "treaty status not recorded" when nothing is on record', () => {
    const r = treatyRelationship('ets185', country('XA', {}), country('XB', {}, { treaty: PARTY }));
    expect(r.effect).toBe('uncertain');
    expect(r.text).toMatch(/^treaty status not recorded for XA/);
  });
});
