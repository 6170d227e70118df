import { channel } from './channels';
import { findForm, loadForms } from './forms';
import { country, PARTY } from './testing/country';

const forms = loadForms('ets185');

describe('channels: central authority (Art. 27(2)) and 24/7 point of contact (Art. 35)', () => {
  const general = findForm(forms, '25');
  const network = findForm(forms, '35');

  it('works through a designation on record', () => {
    const b = country('XB', { '27': 'missing' }, { treaty: { ...PARTY, designations: [{ article: '27', paragraph: '2', authority: 'Ministry of Justice' }] } });
    const r = channel(forms, general, b)!;
    expect(r.effect).toBe('works');
    expect(r.text).toContain('Ministry of Justice');
    expect(r.citations[0]).toEqual(expect.objectContaining({ type: 'treaty-record', article: '27', paragraph: '2' }));
  });

  it("works through B's own law when it sets the authority up", () => {
    const r = channel(forms, general, country('XB', { '27': 'covered' }))!;
    expect(r.effect).toBe('works');
    expect(r.citations).toContainEqual(expect.objectContaining({ type: 'provision', citation: 's. 27' }));
  });

  it('is blocked when the channel is missing: none in the law and none designated on the record', () => {
    const r = channel(forms, network, country('XB', { '35': 'missing' }, { treaty: PARTY }))!;
    expect(r.effect).toBe('blocked');
    expect(r.text).toBe('XB has no 24/7 point of contact: none designated under Art. 35 and none in its law');
  });

  it('is uncertain when the law has none and the treaty status is not recorded', () => {
    const r = channel(forms, network, country('XB', { '35': 'missing' }))!;
    expect(r.effect).toBe('uncertain');
    expect(r.text).toMatch(/treaty status not recorded/);
  });

  it('lets a preservation request go through either channel (Art. 29 via 27 or 35)', () => {
    const b = country('XB', { '27': 'missing', '35': 'covered' }, { treaty: PARTY });
    expect(channel(forms, findForm(forms, '29'), b)!.effect).toBe('works');
  });
});
