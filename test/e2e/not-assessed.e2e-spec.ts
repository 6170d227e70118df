import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DATA_DIR } from '../../src/common/paths';
import { REVIEWER_KEY, startApp, TestApp } from '../support/app';

/** When the matcher cannot judge, the article is "not assessed" with why, in JSON and on the page: never a gap, never readiness. */
describe('not assessed instead of a wrong answer', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  type Article = { article: string; status: string; severity: string; reasons: string[] };
  const analyse = async (code: string) => (await http().post(`/jurisdictions/${code}/analyses`).set('X-API-Key', REVIEWER_KEY).expect(201)).body.report as { articles: Article[]; summary: { notAssessed: number; blocking: number } };

  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('assesses nothing in a language without a lexicon, says why, and the page does not read as ready', async () => {
    // invented placeholder text, declared Vietnamese: there is no lexicon for it
    const text = ['Luật thử nghiệm', '', 'Điều 1. Phạm vi', 'Văn bản này chỉ dùng để thử nghiệm phần mềm.', '', 'Điều 2. Hiệu lực', 'Văn bản này không có hiệu lực pháp lý.'].join('\n');
    await http().post('/jurisdictions/XV/statutes').set('X-API-Key', REVIEWER_KEY).field('language', 'vi').attach('file', Buffer.from(text, 'utf8'), 'xv-test-law.txt').expect(201);
    const report = await analyse('XV');
    const assessed = report.articles.filter((a) => !/general principle or final clause/.test(a.reasons[0]));
    expect(assessed.length).toBe(34);
    for (const a of assessed) {
      expect(a).toMatchObject({ status: 'not-assessed', severity: 'none' });
      expect(a.reasons[0]).toMatch(/language "vi" has no lexicon/);
    }
    expect(report.summary).toMatchObject({ notAssessed: 34, blocking: 0 });
    const page = (await http().get('/jurisdictions/XV/report?lang=en').expect(200)).text;
    expect(page).not.toContain('No gap blocks accession.');
    expect(page).toMatch(/34 article\(s\) could not be assessed/);
    expect(page).toMatch(/has no lexicon/);
  });

  it('does not establish a missing article from a damaged source: NUL bytes lost words somewhere', async () => {
    const sample = readFileSync(join(DATA_DIR, 'samples', 'xa-computer-crimes-act.txt'));
    // about one byte in two hundred replaced by NUL, away from the first lines (generated here, nothing committed)
    const damaged = Buffer.from(sample);
    for (let i = 400; i < damaged.length; i += 200) if (damaged[i] === 0x20) damaged[i] = 0;
    const imported = await http().post('/jurisdictions/XD/statutes').set('X-API-Key', REVIEWER_KEY).attach('file', damaged, 'xd-damaged.txt').expect(201);
    expect(imported.body.warnings.join(' ')).toMatch(/NUL bytes removed/);
    const report = await analyse('XD');
    const art16 = report.articles.find((a) => a.article === '16')!;
    expect(art16).toMatchObject({ status: 'not-assessed', severity: 'none' });
    expect(art16.reasons[0]).toMatch(/source looks damaged .*NUL bytes removed.*missing article cannot be established/);
    // what was found still counts
    expect(report.articles.find((a) => a.article === '3')!.status).toBe('covered');
    const page = (await http().get('/jurisdictions/XD/report?lang=en').expect(200)).text;
    expect(page).toMatch(/source looks damaged/);
  });
});
