import { loadInstrumentModels } from './load-instruments';

/** The models we ship (data/instruments), checked against what the Convention allows. */
describe('instrument models shipped in data/instruments', () => {
  const models = loadInstrumentModels();
  const ets185 = models.find((m) => m.id === 'ets185')!;
  const article = (n: number) => ets185.articles.find((a) => a.number === String(n))!;

  it('holds the Convention and its First Additional Protocol', () => {
    expect(models.map((m) => m.id).sort()).toEqual(['ets185', 'ets189']);
    expect(models.find((m) => m.id === 'ets189')!.articles).toHaveLength(16);
  });

  it('describes all 48 articles of ETS 185, numbered 1 to 48 in order', () => {
    expect(ets185.articles.map((a) => a.number)).toEqual(Array.from({ length: 48 }, (_, i) => String(i + 1)));
  });

  it('gives every article assessed against national law at least one required element', () => {
    const assessed = [...Array.from({ length: 21 }, (_, i) => i + 2), ...Array.from({ length: 12 }, (_, i) => i + 24)];
    const without = assessed.filter((n) => !article(n).elements.some((e) => e.kind === 'required'));
    expect(without).toEqual([]);
  });

  it('defines the four Art. 1 terms as lettered paragraphs a-d, one required element each', () => {
    expect(article(1).paragraphs.map((p) => p.number)).toEqual(['a', 'b', 'c', 'd']);
    expect(article(1).elements.map((e) => [e.id, e.paragraph, e.kind])).toEqual([
      ['1.computer-system', 'a', 'required'],
      ['1.computer-data', 'b', 'required'],
      ['1.service-provider', 'c', 'required'],
      ['1.traffic-data', 'd', 'required'],
    ]);
  });

  it('offers only the reservations of Art. 42 and the declarations of Art. 40 (plus the designations)', () => {
    const reservations = ets185.articles.flatMap((a) => a.reservations.map((r) => r.basis)).sort();
    expect(reservations).toEqual(['10(3)', '11(3)', '14(3)', '22(2)', '29(4)', '4(2)', '41(1)', '6(3)', '9(4)']);
    const declarations = ets185.articles.flatMap((a) => a.declarations.map((d) => `${d.type}:${d.basis}`)).sort();
    expect(declarations).toEqual([
      'designation:24(7)',
      'designation:27(2)',
      'designation:27(9)(e)',
      'designation:35(1)',
      'qualifier:2',
      'qualifier:3',
      'qualifier:6(1)(b)',
      'qualifier:7',
      'qualifier:9(3)',
    ]);
  });

  it('attaches each reservation to the article it narrows and lets it cover only that article\'s elements', () => {
    for (const a of ets185.articles) {
      for (const r of a.reservations) {
        expect(r.basis.startsWith(`${a.number}(`)).toBe(true);
        for (const id of r.covers) expect(id.startsWith(`${a.number}.`)).toBe(true);
      }
    }
  });

  it('lets a reservation cover a missing attempt offence but nothing cover a missing Art. 2 offence', () => {
    expect(article(11).reservations[0].covers).toEqual(['11.attempt']);
    const art2Covers = article(2).declarations.flatMap((d) => d.covers);
    const art2Optional = article(2).elements.filter((e) => e.kind === 'optional').map((e) => e.id);
    expect(art2Covers.sort()).toEqual(art2Optional.sort());
    expect(article(22).reservations[0].covers).toEqual(['22.ships', '22.aircraft', '22.nationals']);
    // 6(3) may never cover the passwords limb.
    expect(article(6).reservations[0].covers).not.toContain('6.passwords');
  });

  it('uses element ids that are unique and prefixed with their article number', () => {
    const ids = ets185.articles.flatMap((a) => a.elements.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of ets185.articles) for (const e of a.elements) expect(e.id.split('.')[0]).toBe(a.number);
    for (const id of ['2.intent', '2.access', '2.without-right', '2.security-measures', '6.devices', '6.passwords', '6.possession',
      '9.possession', '11.aiding', '11.attempt', '12.lack-of-supervision', '16.time-limit', '19.seize', '19.compel-assistance',
      '22.territory', '22.nationals']) {
      expect(ids).toContain(id);
    }
  });

  it('gives every element short lower-case cues in English, French and Spanish', () => {
    for (const a of ets185.articles) {
      for (const e of a.elements) {
        for (const lang of ['en', 'fr', 'es'] as const) {
          expect(e.cues[lang].length).toBeGreaterThanOrEqual(3);
          for (const cue of e.cues[lang]) expect(cue.split(/\s+/).length).toBeLessThanOrEqual(5);
        }
      }
    }
  });

  it('numbers paragraphs as the treaty does (e.g. Art. 19 has five, Art. 27 nine, unnumbered articles one)', () => {
    const counts = Object.fromEntries(ets185.articles.map((a) => [a.number, a.paragraphs.length]));
    expect(counts).toMatchObject({ '2': 1, '4': 2, '6': 3, '9': 4, '19': 5, '24': 7, '27': 9, '29': 7, '35': 3, '42': 1, '48': 1 });
  });
});
