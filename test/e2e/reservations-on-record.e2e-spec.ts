import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DATA_DIR } from '../../src/common/paths';
import { REVIEWER_KEY, startApp, TestApp, TREATY_KEY } from '../support/app';

/** A reservation the State made covers the gap it allows; one it could make only makes the gap coverable. A designation covers none. */
describe('reservations on record change the gaps of the sample country', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const article = async (n: string) => ((await http().get('/jurisdictions/XA/analyses/latest').expect(200)).body.report.articles as { article: string; severity: string; coveredBy: string[]; coveredByReservation?: string[]; reasons: string[] }[]).find((a) => a.article === n)!;

  beforeAll(async () => {
    t = await startApp();
    await http().post('/jurisdictions/XA/statutes').set('X-API-Key', REVIEWER_KEY).attach('file', readFileSync(join(DATA_DIR, 'samples', 'xa-computer-crimes-act.txt')), 'xa-computer-crimes-act.txt').expect(201);
    await http().post('/jurisdictions/XA/analyses').set('X-API-Key', REVIEWER_KEY).expect(201);
  });
  afterAll(() => t.close());

  it('turns the missing attempt offence (Art. 11) from coverable into covered by the Art. 11(3) reservation once it is on record', async () => {
    expect(await article('11')).toMatchObject({ severity: 'coverable', coveredBy: ['res.11.3'] });
    const status = {
      source: 'Invented record for a fictional State (test).',
      asOf: '2026-12-01',
      ratification: '2026-06-01',
      reservations: [{ article: '11', paragraph: '3', kind: 'reservation', summary: 'Does not apply the attempt offence.' }],
      designations: [{ article: '35', authority: 'National cyber unit (invented)' }],
    };
    await http().put('/jurisdictions/XA/treaty-status/ets185').set('X-API-Key', REVIEWER_KEY).send(status).expect(403);
    await http().put('/jurisdictions/XA/treaty-status/ets185').set('X-API-Key', TREATY_KEY).send(status).expect(200);
    const art11 = await article('11');
    expect(art11).toMatchObject({ severity: 'reserved', coveredByReservation: ['res.11.3'] });
    expect(art11.reasons.join(' ')).toMatch(/res\.11\.3, which the State has made/);
  });

  it('never treats a designation as covering a gap: the missing 24/7 point of contact stays a gap', async () => {
    const art35 = await article('35');
    expect(art35.severity).not.toBe('coverable');
    expect(art35.severity).not.toBe('reserved');
    expect(art35.reasons.join(' ')).toMatch(/designating/);
  });

  it('keeps the change in the audit log, under the treaty office key', async () => {
    const log = (await http().get('/audit?jurisdiction=XA').expect(200)).body.items as { action: string; actor: string }[];
    expect(log.find((e) => e.action === 'treaty-status.put')?.actor).toBe('bootstrap treaty-office key (treaty-office)');
  });
});

/** The law in force wins over every mapping, an expert's included: a provision not in effect implements nothing. */
describe("an expert's mapping of a provision no longer in effect", () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const status16 = async () => ((await http().get('/jurisdictions/XA/analyses/latest').expect(200)).body.report.articles as { article: string; status: string }[]).find((a) => a.article === '16')!.status;

  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('stops counting once the provision is suspended, and the recording is audited', async () => {
    const imported = await http().post('/jurisdictions/XA/statutes').set('X-API-Key', REVIEWER_KEY).attach('file', readFileSync(join(DATA_DIR, 'samples', 'xa-computer-crimes-act.txt')), 'xa-computer-crimes-act.txt').expect(201);
    const statute = imported.body.statute;
    await http().post('/jurisdictions/XA/analyses').set('X-API-Key', REVIEWER_KEY).expect(201);
    await http()
      .post('/jurisdictions/XA/mappings')
      .set('X-API-Key', REVIEWER_KEY)
      .send({ article: '16', statute: statute.title, citation: '16(3)', relationship: 'equal', rationale: 'Read as a preservation order (test).' })
      .expect(201);
    expect(await status16()).toBe('covered');
    await http().post(`/statutes/${statute.id}/legal-effects`).set('X-API-Key', REVIEWER_KEY).send({ citation: '16', effect: 'suspended', from: '2026-01-01', source: 'An invented court order (test).' }).expect(201);
    await http().post('/jurisdictions/XA/analyses').set('X-API-Key', REVIEWER_KEY).expect(201);
    expect(await status16()).toBe('missing');
    const log = (await http().get('/audit?jurisdiction=XA').expect(200)).body.items.map((e: { action: string }) => e.action);
    expect(log).toContain('legal-effect.record');
  });
});
