import { domesticPower, implementingProvision } from './domestic-power';
import { findForm, loadForms } from './forms';
import { country } from './testing/country';

const forms = loadForms('ets185');

describe("the requested Party's domestic power for the form asked", () => {
  it('blocks an Art. 29 request when B has no preservation order (Art. 16 missing), saying so', () => {
    const r = domesticPower(findForm(forms, '29'), country('XB', { '16': 'missing' }))!;
    expect(r.effect).toBe('blocked');
    expect(r.text).toBe('XB has no Title of Art. 16 (Art. 16) in its law: it cannot answer an Art. 29 request');
    expect(r.citations[0]).toEqual(expect.objectContaining({ jurisdiction: 'XB', type: 'assessment', article: '16' }));
  });

  it.each([
    ['30', '17'],
    ['33', '20'],
    ['34', '21'],
  ])('Art. %s needs Art. %s in B', (form, power) => {
    expect(domesticPower(findForm(forms, form), country('XB', { [power]: 'covered' }))!.effect).toBe('works');
    expect(domesticPower(findForm(forms, form), country('XB', { [power]: 'missing' }))!.effect).toBe('blocked');
  });

  it('Art. 31 is answered by a production order (18) or a search power (19): either will do', () => {
    const f = findForm(forms, '31');
    expect(domesticPower(f, country('XB', { '18': 'missing', '19': 'covered' }))!.effect).toBe('works');
    expect(domesticPower(f, country('XB', { '18': 'missing', '19': 'missing' }))!.effect).toBe('blocked');
    const partial = domesticPower(f, country('XB', { '18': 'missing', '19': 'partial' }, { unmet: { '19': ['19.assist'] } }))!;
    expect(partial.effect).toBe('uncertain');
    expect(partial.text).toContain('19.assist');
  });

  it('asks no power for forms that need none (extradition, the 24/7 network)', () => {
    expect(domesticPower(findForm(forms, '24'), country('XB', {}))).toBeUndefined();
    expect(domesticPower(findForm(forms, '35'), country('XB', {}))).toBeUndefined();
  });

  it("cites B's own provision for answering the form when it has one", () => {
    expect(implementingProvision(findForm(forms, '31'), country('XB', { '31': 'covered' })).effect).toBe('works');
    expect(implementingProvision(findForm(forms, '31'), country('XB', { '31': 'missing' })).effect).toBe('uncertain');
  });
});
