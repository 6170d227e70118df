import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { ADMIN_KEY, REVIEWER_KEY, startApp, TestApp } from '../support/app';
import { SHARED } from '../support/corpus';

const TREATY = join(SHARED, 'treaty');
const describeWithTreaty: jest.Describe = existsSync(TREATY)
  ? describe
  : (((name: string, fn: () => void) => {
      // eslint-disable-next-line no-console
      console.warn(`skipping "${name}": ${TREATY} is absent (treaty tables are read at run time)`);
      describe.skip(name, fn);
    }) as unknown as jest.Describe);

const csv = (name: string) => readFileSync(join(TREATY, name));

const databases: [string, string | undefined][] = [
  ['SQLite', undefined],
  ['PostgreSQL', process.env.TEST_POSTGRES_URL],
];

describeWithTreaty.each(databases)('treaty status over HTTP (%s)', (name, url) => {
  if (name === 'PostgreSQL' && !url) {
    it.skip('needs TEST_POSTGRES_URL (set by .ci/run)', () => undefined);
    return;
  }
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(url ? { DATABASE_URL: url } : {});
    // PostgreSQL is shared by the suites: start from no jurisdictions (treaty rows go with them)
    if (url) await t.db.query('DELETE FROM jurisdiction');
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());
  const importCsv = (bytes: Buffer, name: string, key = ADMIN_KEY) => http().post('/treaty-status/import').set('X-API-Key', key).attach('file', bytes, name);
  const statusOf = async (code: string, instrument = 'ets185') => {
    const res = await http().get(`/jurisdictions/${code}/treaty-status`).expect(200);
    return res.body.items.find((i: { instrument: string }) => i.instrument === instrument);
  };

  it('needs a writing role to import', async () => {
    await importCsv(csv('ets185-parties.csv'), 'ets185-parties.csv', '').expect(401);
    await importCsv(csv('ets185-parties.csv'), 'ets185-parties.csv', REVIEWER_KEY).expect(403);
  });

  it('reports a bad row by line and stores nothing from the file', async () => {
    const lines = csv('ets185-parties.csv').toString('utf8').trimEnd().split('\n');
    // line 4 gets an impossible ratification date; every other row is good
    const cells = lines[3].split(',');
    cells[4] = '2006-13-45';
    const bad = [...lines.slice(0, 3), cells.join(','), ...lines.slice(4)].join('\n');
    const res = await importCsv(Buffer.from(bad), 'ets185-parties.csv').expect(422);
    expect(res.body.error).toBe('MALFORMED_FILE');
    expect(res.body.message).toContain('line 4');
    expect(res.body.message).toContain('ratification_or_accession');
    expect(res.body.message).toContain('nothing imported');
    // the good rows before and after the bad one were not stored either
    await http().get('/jurisdictions/AL/treaty-status').expect(404);
    const list = await http().get('/jurisdictions').expect(200);
    expect(list.body).toHaveLength(0);
  });

  it('imports the parties and reservations tables and returns the recorded facts for real countries', async () => {
    const parties = await importCsv(csv('ets185-parties.csv'), 'ets185-parties.csv').expect(201);
    expect(parties.body).toMatchObject({ table: 'parties', instrument: 'ets185', rows: 31 });
    const res = await importCsv(csv('ets185-reservations-declarations.csv'), 'ets185-reservations-declarations.csv').expect(201);
    expect(res.body).toMatchObject({ table: 'reservations', instrument: 'ets185', rows: 102 });

    const albania = await statusOf('AL');
    expect(albania).toMatchObject({ signature: '2001-11-23', ratification: '2002-06-20', entryIntoForce: '2004-07-01' });
    expect(albania.source).toContain('coe.int');
    expect(albania.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Albania made designations only: Art. 24(7), 27(2) and 35 are designations, not reservations
    expect(albania.reservations).toHaveLength(0);
    expect(albania.designations.map((d: { reference: string }) => d.reference)).toEqual(['24(7)', '27(2)', '35']);
    expect(albania.designations[2]).toMatchObject({ article: '35', date: '2006-10-10' });

    const austria = await statusOf('AT');
    expect(austria).toMatchObject({ signature: '2001-11-23', ratification: '2012-06-13', entryIntoForce: '2012-10-01' });

    const andorra = await statusOf('AD');
    expect(andorra).toMatchObject({ ratification: '2016-11-16', entryIntoForce: '2017-03-01' });
    const art6 = andorra.reservations.find((r: { reference: string }) => r.reference === '6(3)');
    expect(art6).toMatchObject({ article: '6', paragraph: '3', kind: 'reservation', date: '2016-11-16', withdrawn: false });
    expect(andorra.reservations.find((r: { reference: string }) => r.reference === '2 (via 40)')).toMatchObject({ article: '2', kind: 'declaration' });

    const onRecord = await http().get('/jurisdictions/AD/treaty-status/ets185/on-record').expect(200);
    expect(onRecord.body.reservations.map((r: { article: string; paragraph?: string }) => `${r.article}(${r.paragraph ?? ''})`)).toEqual(
      expect.arrayContaining(['6(3)', '9(4)', '2()']),
    );
    expect(onRecord.body.reservations.every((r: { kind: string }) => r.kind !== ('designation' as string))).toBe(true);

    const names = await http().get('/jurisdictions/AD').expect(200);
    expect(names.body).toMatchObject({ code: 'AD', name: 'Andorra', names: { en: 'Andorra', fr: 'Andorre', es: 'Andorra' }, region: 'Europe', treatyApplication: 'unknown' });
  });

  it('does not count a withdrawn reservation as on record', async () => {
    const text = csv('ets185-reservations-declarations.csv').toString('utf8');
    const withdrawnLine = text.split('\n').find((l) => l.includes('reservation (withdrawn)'))!;
    const code = withdrawnLine.split(',')[1];
    const status = await statusOf(code);
    const withdrawn = status.reservations.filter((r: { withdrawn: boolean }) => r.withdrawn);
    expect(withdrawn).toHaveLength(1);
    const onRecord = await http().get(`/jurisdictions/${code}/treaty-status/ets185/on-record`).expect(200);
    expect(onRecord.body.reservations.some((r: { reference: string }) => r.reference === withdrawn[0].reference)).toBe(false);
  });

  it('shows an invitation older than five years as lapsed, and a recent one with its expiry', async () => {
    await importCsv(csv('ets185-invited.csv'), 'ets185-invited.csv').expect(201);
    const nigeria = await statusOf('NG');
    expect(nigeria.invitation).toMatchObject({ date: '2017-07-10', expires: '2022-07-10', lapsed: true, takenUp: null });
    // Australia acceded (parties table) within five years of its invitation
    const australia = await statusOf('AU');
    expect(australia.invitation).toMatchObject({ date: '2010-09-20', expires: '2015-09-20', lapsed: false, takenUp: '2012-11-30' });
    // the parties table still holds Nigeria's accession: importing invitations replaced only invitation fields
    const kenya = await statusOf('KE');
    expect(kenya.invitation).toMatchObject({ date: '2024-10-09', expires: '2029-10-09', lapsed: false });
    expect(kenya.signature).toBeNull();
  });

  it('replaces one instrument over PUT and exports the table in its import columns', async () => {
    await http()
      .put('/jurisdictions/XQ/treaty-status/ets185')
      .set('X-API-Key', ADMIN_KEY)
      .send({ invitation: { date: '2019-01-15' }, source: 'test record', asOf: '2026-01-01' })
      .expect(200);
    const xq = await statusOf('XQ');
    expect(xq.invitation).toMatchObject({ date: '2019-01-15', expires: '2024-01-15', lapsed: true });
    expect((await http().get('/jurisdictions/XQ').expect(200)).body.name).toBeNull();

    const bad = await http().put('/jurisdictions/XQ/treaty-status/ets185').set('X-API-Key', ADMIN_KEY).send({ signature: '15/01/2019', source: 's', asOf: '2026-01-01' }).expect(400);
    expect(bad.body.message).toContain('signature');
    await http().put('/jurisdictions/AB/treaty-status/ets185').set('X-API-Key', ADMIN_KEY).send({ source: 's', asOf: '2026-01-01' }).expect(400);
    await http()
      .put('/jurisdictions/XQ/treaty-status/cets224')
      .set('X-API-Key', ADMIN_KEY)
      .send({ designations: [{ article: '24', paragraph: '7(a)', authority: 'a ministry of ours' }], reservations: [{ article: '11', paragraph: '3', kind: 'reservation', summary: 'no attempt' }], source: 'test record', asOf: '2026-01-01' })
      .expect(200);
    const onRecord = (await http().get('/jurisdictions/XQ/treaty-status/cets224/on-record').expect(200)).body;
    expect(onRecord.reservations).toEqual([{ article: '11', paragraph: '3', basis: '11(3)', reference: '11(3)', kind: 'reservation', summary: 'no attempt', withdrawn: false }]);
    expect(onRecord.designations).toMatchObject([{ article: '24', paragraph: '7(a)', reference: '24(7)(a)', authority: 'a ministry of ours' }]);
    await http().put('/jurisdictions/XQ/treaty-status/nope').set('X-API-Key', ADMIN_KEY).send({ source: 's', asOf: '2026-01-01' }).expect(404);

    const exported = await http().get('/treaty-status/ets185/parties.csv').expect(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    const [header, ...rows] = exported.text.trimEnd().split('\n');
    expect(header).toBe(csv('ets185-parties.csv').toString('utf8').split('\n')[0].trim());
    expect(rows.find((r) => r.startsWith('Albania,AL,'))).toContain('2001-11-23,2002-06-20,2004-07-01');
    // re-importing the export gives the same facts
    await importCsv(Buffer.from(exported.text), 'ets185-parties.csv').expect(201);
    expect(await statusOf('AL')).toMatchObject({ ratification: '2002-06-20' });
  });
});
