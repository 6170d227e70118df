import { analyzerFor, foldAccents } from './text-analysis';

describe('text analysis through natural, per language', () => {
  it('meets British and American spellings and inflections of one English word', () => {
    const en = analyzerFor('en');
    expect(en.stem('unauthorised')).toBe(en.stem('unauthorized'));
    expect(en.stem('intercepts')).toBe(en.stem('interception'));
  });

  it('stems French verb forms with and without accents to one stem', () => {
    const fr = analyzerFor('fr');
    expect(fr.stem('accède')).toBe(fr.stem('accéder'));
    expect(fr.stem('frauduleusement')).toBe(fr.stem('frauduleuse'));
  });

  it('stems Spanish inflections to one stem', () => {
    const es = analyzerFor('es');
    expect(es.stem('informático')).toBe(es.stem('informáticos'));
    expect(es.stem('autorización')).toBe(es.stem('autorizaciones'));
  });

  it('meets the future subjunctive of Spanish penal codes with the present forms', () => {
    const es = analyzerFor('es');
    expect(es.stem('accediere')).toBe(es.stem('accede'));
    expect(es.stem('destruyere')).toBe(es.stem('destruye'));
    expect(es.stem('interceptare')).toBe(es.stem('intercepta'));
    expect(es.stem('alteraren')).toBe(es.stem('altera'));
    expect(es.stem('suprimiere')).toBe(es.stem('suprime'));
    expect(es.stem('poseyere')).toBe(es.stem('posea'));
    expect(es.stem('produjere')).toBe(es.stem('producir'));
  });

  it('keeps negation and limits that natural lists as stop words', () => {
    expect(analyzerFor('en').isStopword('without')).toBe(false);
    expect(analyzerFor('en').isStopword('another')).toBe(false);
    expect(analyzerFor('fr').isStopword('sans')).toBe(false);
    expect(analyzerFor('es').isStopword('sin')).toBe(false);
    expect(analyzerFor('en').isStopword('the')).toBe(true);
  });

  it('gives tokens with offsets into the analysed text', () => {
    const text = "Quiconque aura accédé à un système";
    const tokens = analyzerFor('fr').tokenize(text);
    const t = tokens.find((x) => x.norm === 'accede')!;
    expect(text.slice(t.start, t.end)).toBe('accédé');
  });

  it('folds accents', () => {
    expect(foldAccents('Système')).toBe('Systeme');
  });
});
