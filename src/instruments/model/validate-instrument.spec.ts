import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DomainError } from '../../common/domain-error';
import { INSTRUMENTS_DIR, loadInstrumentModels, validateInstrument } from './load-instruments';

/** Each scenario breaks one thing in a copy of the real ETS 185 model and expects a precise INVALID_MODEL. */
describe('validateInstrument on broken models', () => {
  const source = JSON.parse(fs.readFileSync(path.join(INSTRUMENTS_DIR, 'ets185.json'), 'utf8'));
  const copy = () => JSON.parse(JSON.stringify(source));
  const art = (m: any, n: string) => m.articles.find((a: any) => a.number === n);
  const fails = (m: unknown, ...fragments: string[]) => {
    let error: unknown;
    try {
      validateInstrument(m, 'broken.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('INVALID_MODEL');
    for (const f of ['broken.json', ...fragments]) expect((error as DomainError).message).toContain(f);
  };

  it('accepts the untouched model', () => {
    expect(validateInstrument(copy(), 'ets185.json').articles).toHaveLength(48);
  });

  it('rejects something that is not a model at all', () => {
    fails(null, 'JSON object');
    fails([], 'JSON object');
    fails({ id: 'x' }, "'title'");
  });

  it('rejects an element id used twice, naming the element', () => {
    const m = copy();
    art(m, '3').elements[0].id = '3.interception';
    fails(m, 'Article 3', 'element 3.interception', 'used twice');
  });

  it('rejects an element whose id does not start with its article number', () => {
    const m = copy();
    art(m, '4').elements[0].id = '5.intent';
    fails(m, 'Article 4', 'element 5.intent', "'4.<slug>'");
  });

  it('rejects an element without cues for one matching language', () => {
    const m = copy();
    delete art(m, '8').elements[1].cues.fr;
    fails(m, 'Article 8', `element ${art(m, '8').elements[1].id}`, 'cues.fr');
  });

  it('rejects upper-case or empty cue phrases', () => {
    const m = copy();
    art(m, '2').elements[2].cues.en.push('Without Right Whatsoever');
    fails(m, 'element 2.without-right', 'lower case');
    const m2 = copy();
    art(m2, '2').elements[2].cues.es.push(' ');
    fails(m2, 'element 2.without-right', 'cues.es');
  });

  it('rejects a reservation that covers an element that does not exist', () => {
    const m = copy();
    art(m, '11').reservations[0].covers = ['11.attemp'];
    fails(m, 'Article 11', 'reservation res.11.3', "'11.attemp'");
  });

  it('rejects a declaration of an unknown type', () => {
    const m = copy();
    art(m, '35').declarations[0].type = 'notification';
    fails(m, 'Article 35', 'declaration decl.35.1', 'qualifier or designation');
  });

  it('rejects an element that points at a paragraph the article does not have', () => {
    const m = copy();
    art(m, '19').elements[0].paragraph = '6';
    fails(m, 'Article 19', 'element 19.search', "paragraph '6'");
  });

  it('rejects two articles with the same number, and paragraphs numbered twice', () => {
    const m = copy();
    art(m, '48').number = '47';
    fails(m, 'Article 47', 'used twice');
    const m2 = copy();
    art(m2, '16').paragraphs[1].number = '1';
    fails(m2, 'Article 16', 'same number');
  });

  it('refuses official text inside the model: it is imported by users, never shipped', () => {
    const m = copy();
    art(m, '2').paragraphs[0].officialText = 'anything';
    fails(m, 'Article 2', 'paragraph 1', 'must not be shipped');
  });

  it('rejects an unknown article or element kind', () => {
    const m = copy();
    art(m, '5').kind = 'substantive';
    fails(m, 'Article 5', "kind 'substantive'");
    const m2 = copy();
    art(m2, '5').elements[0].kind = 'mandatory';
    fails(m2, 'element 5.intent', "kind 'mandatory'");
  });

  it('names the file when a model file is not JSON, or when two files claim the same instrument id', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'instruments-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify(source));
      fs.writeFileSync(path.join(dir, 'b.json'), '{ "id": ');
      expect(() => loadInstrumentModels(dir)).toThrow(/b\.json: not valid JSON/);
      fs.writeFileSync(path.join(dir, 'b.json'), JSON.stringify(source));
      expect(() => loadInstrumentModels(dir)).toThrow(/b\.json: instrument id 'ets185' is already used by .*a\.json/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
