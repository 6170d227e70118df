import { messages, pageLanguage, PAGE_LANGUAGES } from './messages';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../common/paths';

const keysOf = (o: unknown, prefix = ''): string[] =>
  o && typeof o === 'object' ? Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}>${k}` : k)) : [prefix];

describe('report message catalogues', () => {
  it('have every English key in French and Spanish, and the same placeholders', () => {
    const cat = (l: string) => JSON.parse(readFileSync(join(DATA_DIR, 'messages', `${l}.json`), 'utf8'));
    const en = cat('en');
    const enKeys = keysOf(en).filter((k) => !k.startsWith('articleTitles'));
    for (const lang of ['fr', 'es']) {
      const other = cat(lang);
      const keys = new Set(keysOf(other));
      expect(enKeys.filter((k) => !keys.has(k))).toEqual([]);
      const get = (o: any, k: string) => k.split('>').reduce((n, p) => n?.[p], o);
      for (const k of enKeys) {
        const ph = (s: string) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect([k, ph(get(other, k))]).toEqual([k, ph(get(en, k))]);
      }
    }
  });

  it('fills placeholders and reads keys that hold dots', () => {
    const fr = messages('fr');
    expect(fr.t('ui.art', { n: 16 })).toBe('Art. 16');
    expect(fr.t('status.missing')).toBe('Absent');
    expect(fr.maybe('drafting.element.2.without-right')).toMatch(/sans droit/);
    expect(fr.maybe('drafting.element.99.nothing')).toBeUndefined();
    expect(fr.articleTitle('2', 'Illegal access')).toBe('Accès illégal');
    expect(messages('en').articleTitle('2', 'Illegal access')).toBe('Illegal access');
    expect(fr.elementLabel('16.time-limit', 'x')).toMatch(/90 jours/);
  });

  it('translate every element label and every reservation or declaration of the model into French and Spanish', () => {
    const model = JSON.parse(readFileSync(join(DATA_DIR, 'instruments', 'ets185.json'), 'utf8')) as { articles: { elements: { id: string; label: string }[] }[] };
    for (const lang of ['fr', 'es'] as const) {
      const m = messages(lang);
      const untranslated = model.articles.flatMap((a) => a.elements).filter((e) => m.elementLabel(e.id, e.label) === e.label);
      expect(untranslated.map((e) => e.id)).toEqual([]);
      const allowances = (model.articles as unknown as { reservations: { id: string; summary: string }[]; declarations: { id: string; summary: string }[] }[]).flatMap((a) => [...a.reservations, ...a.declarations]);
      expect(allowances.filter((r) => m.allowanceSummary(r.id, r.summary) === r.summary).map((r) => r.id)).toEqual([]);
    }
  });

  it('defaults the page language to the statutes’ and refuses others', () => {
    expect(pageLanguage(undefined, ['fr'])).toBe('fr');
    expect(pageLanguage(undefined, ['de'])).toBe('en');
    expect(pageLanguage('ES', ['fr'])).toBe('es');
    expect(() => pageLanguage('de', ['fr'])).toThrow(/lang must be one of en, fr, es/);
    expect(PAGE_LANGUAGES).toEqual(['en', 'fr', 'es']);
  });
});
