import request from 'supertest';
import { ADMIN_KEY, startApp, TestApp } from '../support/app';

/** A short statute of our own words under a title of its own. */
function act(title: string, variant = 0): Buffer {
  return Buffer.from(
    [
      title,
      '',
      '1. Entering a machine without leave',
      `(1) A person who enters the whole or any part of a computer system of another without right commits an offence${variant ? ` (text ${variant})` : ''}.`,
      '(2) Whoever commits the offence of subsection (1) is liable to a fine.',
    ].join('\n'),
  );
}

const databases: [string, string | undefined][] = [
  ['SQLite', undefined],
  ['PostgreSQL', process.env.TEST_POSTGRES_URL],
];

describe.each(databases)('parallel imports racing for the same new rows (%s)', (name, url) => {
  if (name === 'PostgreSQL' && !url) {
    // eslint-disable-next-line no-console
    console.warn('skipping the PostgreSQL import races: TEST_POSTGRES_URL is unset (.ci/run sets it; README "Tests on PostgreSQL")');
    it.skip('needs TEST_POSTGRES_URL', () => undefined);
    return;
  }
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(url ? { DATABASE_URL: url } : {});
    await t.db.query('DELETE FROM jurisdiction');
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());

  it('20 imports at once into one new jurisdiction, five of one new title, five new versions: no 500, nothing doubled', async () => {
    const sends = Array.from({ length: 20 }, (_, i) => {
      // 0-4: the same bytes under one new title; 5-9: five texts of another title (versions race);
      // 10-19: ten titles of their own. All in one jurisdiction that does not exist yet.
      const body = i < 5 ? act('Race Act 2030') : i < 10 ? act('Versions Act 2030', i) : act(`Race Act ${2000 + i}`);
      return http().post('/jurisdictions/RR/statutes').set('X-API-Key', ADMIN_KEY).attach('file', body, `race-${i}.txt`);
    });
    const results = await Promise.all(sends);
    expect(results.filter((r) => r.status >= 500).map((r) => r.body)).toEqual([]);
    for (const r of results) if (r.status !== 201) expect(r.body).toMatchObject({ statusCode: 409, error: 'CONCURRENT_WRITE' });
    const listed = (await http().get('/jurisdictions/RR/statutes').expect(200)).body as { title: string; currentVersion: number }[];
    expect(listed.map((s) => s.title).sort()).toEqual(['Race Act 2030', 'Versions Act 2030', ...Array.from({ length: 10 }, (_, i) => `Race Act ${2010 + i}`)].sort());
    const versions = listed.find((s) => s.title === 'Versions Act 2030')!;
    expect(versions.currentVersion).toBe(results.slice(5, 10).filter((r) => r.status === 201).length);
  });
});
