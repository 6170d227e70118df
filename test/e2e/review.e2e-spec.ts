import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DATA_DIR } from '../../src/common/paths';
import { ADMIN_KEY, REVIEWER_KEY, startApp, TestApp, VIEWER_KEY } from '../support/app';

/**
 * Expert review over HTTP on a real database, on the sample country XA: decisions win over the
 * machine, conflicts are detected, decisions survive re-analysis and re-import, and every step is
 * in the audit log.
 */
const SAMPLE = readFileSync(join(DATA_DIR, 'samples', 'xa-computer-crimes-act.txt'), 'utf8');
// an edit elsewhere in the Act (the regulations section), and one to the access offence itself
const ELSEWHERE = SAMPLE.replace('The Minister may make regulations', 'The Minister may, by notice in the Gazette, make regulations');
const ACCESS_REWORDED = ELSEWHERE.replace('knowingly and without authority gains access', 'wilfully gains access without lawful excuse');

interface Mapping {
  id: number;
  version: number;
  article: string;
  statute: string;
  citation: string;
  status: string;
  origin: string;
  score: number | null;
  stale: boolean;
  staleDetail: { element: string; old: string; new: string | null }[] | null;
  decidedBy: string | null;
}
interface Article {
  article: string;
  status: string;
  severity: string;
  basis: string;
  reasons: string[];
  provisions: { citation: string; origin: string; mappingStatus: string }[];
}

describe('expert review of the sample country', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const importSample = (text: string) =>
    http().post('/jurisdictions/XA/statutes').set('X-API-Key', REVIEWER_KEY).attach('file', Buffer.from(text, 'utf8'), 'xa-computer-crimes-act.txt').expect(201);
  const analyse = () => http().post('/jurisdictions/XA/analyses').set('X-API-Key', REVIEWER_KEY).expect(201);
  const latest = async (): Promise<Article[]> => (await http().get('/jurisdictions/XA/analyses/latest').expect(200)).body.report.articles;
  const article = async (n: string) => (await latest()).find((a) => a.article === n)!;
  const queue = async (query: string): Promise<Mapping[]> => (await http().get(`/jurisdictions/XA/mappings?${query}`).expect(200)).body.items;
  let statuteTitle: string;
  let access: Mapping;

  beforeAll(async () => {
    t = await startApp();
    statuteTitle = (await importSample(SAMPLE)).body.statute.title;
    await analyse();
    [access] = await queue('article=2&status=suggested');
  });
  afterAll(() => t.close());

  it('lists the machine suggestions as the review queue, filterable by article, origin and score', async () => {
    const all = await http().get('/jurisdictions/XA/mappings').expect(200);
    expect(all.body.total).toBeGreaterThan(34);
    expect(all.body.items.every((m: Mapping) => m.origin === 'machine' && m.status === 'suggested')).toBe(true);
    expect(access).toMatchObject({ article: '2', citation: '3(1)', version: 1, stale: false });
    const high = await queue('minScore=0.9');
    expect(high.every((m) => (m.score ?? 0) >= 0.9)).toBe(true);
    const bad = await http().get('/jurisdictions/XA/mappings?status=maybe').expect(400);
    expect(bad.body).toMatchObject({ error: 'INVALID_INPUT' });
    expect(bad.body.message).toContain('status');
  });

  it('refuses a decision without a key (401) and from a viewer (403), changing nothing', async () => {
    const body = { decision: 'accept', version: access.version, rationale: 'States the offence.' };
    await http().post(`/mappings/${access.id}/decisions`).send(body).expect(401);
    await http().post(`/mappings/${access.id}/decisions`).set('X-API-Key', VIEWER_KEY).send(body).expect(403);
    // a key in Authorization must come as a Bearer token
    await http().post(`/mappings/${access.id}/decisions`).set('Authorization', REVIEWER_KEY).send(body).expect(401);
    expect((await http().get(`/mappings/${access.id}`).expect(200)).body).toMatchObject({ status: 'suggested', version: 1 });
  });

  it('takes the first of two decisions made on the same version; the second gets 409 and the first stands', async () => {
    const first = await http()
      .post(`/mappings/${access.id}/decisions`)
      .set('Authorization', `Bearer ${REVIEWER_KEY}`)
      .send({ decision: 'accept', version: 1, rationale: 'Access without authority to a system, with the further-intent narrowing noted.' })
      .expect(201);
    expect(first.body).toMatchObject({ status: 'accepted', version: 2, decidedBy: 'bootstrap reviewer key (reviewer)' });
    const second = await http().post(`/mappings/${access.id}/decisions`).set('X-API-Key', ADMIN_KEY).send({ decision: 'reject', version: 1, rationale: 'Too narrow.' }).expect(409);
    expect(second.body.error).toBe('VERSION_CONFLICT');
    const now = (await http().get(`/mappings/${access.id}`).expect(200)).body;
    expect(now).toMatchObject({ status: 'accepted', version: 2 });
    const art2 = await article('2');
    expect(art2.basis).toBe('expert');
    expect(art2.provisions[0]).toMatchObject({ citation: '3(1)', origin: 'expert', mappingStatus: 'accepted' });
  });

  it('turns Art. 16 covered when an expert maps a preservation provision with its elements met, without re-running the matcher; Arts. 29 and 15 follow', async () => {
    const analysesBefore = (await http().get('/jurisdictions/XA/analyses').expect(200)).body.length;
    const before16 = await article('16');
    const before29 = await article('29');
    const before15 = await article('15');
    expect(before16.status).toBe('missing');
    expect(before29.reasons.join(' ')).toMatch(/no domestic power to order expedited preservation/i);
    const added = await http()
      .post('/jurisdictions/XA/mappings')
      .set('X-API-Key', REVIEWER_KEY)
      .send({
        article: '16',
        statute: statuteTitle,
        citation: '16(3)',
        relationship: 'subset',
        rationale: 'Read as a preservation order for the review exercise.',
        elements: [
          { element: '16.preservation-order', met: true, evidence: 'maintain the integrity of the stored data concerned' },
          { element: '16.time-limit', met: true },
          { element: '16.confidentiality', met: true },
        ],
      })
      .expect(201);
    expect(added.body).toMatchObject({ status: 'added', origin: 'expert', article: '16', citation: '16(3)' });
    const after16 = await article('16');
    expect(after16).toMatchObject({ status: 'covered', basis: 'expert', severity: 'none' });
    expect(after16.provisions[0]).toMatchObject({ citation: '16(3)', origin: 'expert', mappingStatus: 'added' });
    // the co-operation form that draws on the domestic power no longer lacks it
    expect((await article('29')).reasons.join(' ')).not.toMatch(/no domestic power to order expedited preservation/i);
    // the safeguards article reads the new power with the others
    const reads = (a: Article) => a.reasons.find((r) => r.startsWith('Reads the provisions implementing'))!.split(': ')[1].replace(/\.$/, '').split(', ');
    expect(reads(before15)).not.toContain('16(3)');
    expect(reads(await article('15'))).toContain('16(3)');
    // no new analysis was run: the latest one was re-assessed from the mappings
    expect((await http().get('/jurisdictions/XA/analyses').expect(200)).body.length).toBe(analysesBefore);
  });

  it('names the provision and the element when an expert mapping is wrong', async () => {
    const noSuch = await http()
      .post('/jurisdictions/XA/mappings')
      .set('X-API-Key', REVIEWER_KEY)
      .send({ article: '17', statute: statuteTitle, citation: '99(9)', relationship: 'equal', rationale: 'x' })
      .expect(404);
    expect(noSuch.body.error).toBe('PROVISION_NOT_FOUND');
    expect(noSuch.body.message).toContain('99(9)');
    const badElement = await http()
      .post('/jurisdictions/XA/mappings')
      .set('X-API-Key', REVIEWER_KEY)
      .send({ article: '17', statute: statuteTitle, citation: '16(3)', relationship: 'subset', rationale: 'x', elements: [{ element: '2.access', met: true }] })
      .expect(400);
    expect(badElement.body.message).toContain('2.access');
  });

  it('does not suggest a rejected pair again for the same provision text', async () => {
    const [candidate] = (await queue('article=4&status=suggested')).filter((m) => m.citation !== '5(1)');
    await http().post(`/mappings/${candidate.id}/decisions`).set('X-API-Key', REVIEWER_KEY).send({ decision: 'reject', version: candidate.version, rationale: 'Not about data interference.' }).expect(201);
    expect((await article('4')).provisions.map((p) => p.citation)).not.toContain(candidate.citation);
    await analyse();
    const after = (await http().get(`/mappings/${candidate.id}`).expect(200)).body;
    expect(after.status).toBe('rejected');
    expect((await article('4')).provisions.map((p) => p.citation)).not.toContain(candidate.citation);
  });

  it('keeps an accepted mapping through a re-analysis and a re-import that leaves its provision alone', async () => {
    await analyse();
    const imported = await importSample(ELSEWHERE);
    expect(imported.body.outcome).toBe('new-version');
    await analyse();
    const m = (await http().get(`/mappings/${access.id}`).expect(200)).body;
    expect(m).toMatchObject({ status: 'accepted', stale: false });
    expect((await article('2')).basis).toBe('expert');
    // the expert's own mapping survives as well
    expect((await article('16')).status).toBe('covered');
  });

  it('flags the decision stale, with the old and new wording, when a new version changes the quoted evidence', async () => {
    await importSample(ACCESS_REWORDED);
    await analyse();
    const m: Mapping = (await http().get(`/mappings/${access.id}`).expect(200)).body;
    expect(m.status).toBe('accepted');
    expect(m.stale).toBe(true);
    const changed = m.staleDetail!.find((d) => /knowingly|without authority/.test(d.old))!;
    expect(changed).toBeDefined();
    expect(changed.new ?? '').not.toMatch(/knowingly|without authority/);
    expect((await queue('stale=true')).map((x) => x.id)).toContain(access.id);
    expect((await article('2')).reasons.join(' ')).toMatch(/changed since review/);
  });

  it('previews a bulk accept exactly as applying it turns out', async () => {
    const preview = await http().post('/jurisdictions/XA/mappings/bulk-accept').set('X-API-Key', REVIEWER_KEY).send({ minScore: 0.85, dryRun: true }).expect(200);
    expect(preview.body.accepted.length).toBeGreaterThan(0);
    // nothing changed by the preview
    expect((await queue('status=accepted')).length).toBe(1);
    const applied = await http().post('/jurisdictions/XA/mappings/bulk-accept').set('X-API-Key', REVIEWER_KEY).send({ minScore: 0.85, dryRun: false }).expect(200);
    expect(applied.body.accepted).toEqual(preview.body.accepted);
    expect(applied.body.articles).toEqual(preview.body.articles);
    expect(applied.body.summary).toEqual(preview.body.summary);
    expect(applied.body.summary.reviewed).toBeGreaterThan(1);
  });

  it('names a key holder in the audit log; an admin creates, lists and revokes named keys, stored only as digests', async () => {
    await http().post('/keys').set('X-API-Key', REVIEWER_KEY).send({ role: 'reviewer', name: 'A. Reviewer' }).expect(403);
    const created = await http().post('/keys').set('X-API-Key', ADMIN_KEY).send({ role: 'reviewer', name: 'A. Reviewer' }).expect(201);
    const key: string = created.body.key;
    expect(key.length).toBeGreaterThan(30);
    const listed = await http().get('/keys').set('X-API-Key', ADMIN_KEY).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(key);
    const rows = await t.db.query('SELECT "keyHash" FROM api_key');
    expect(JSON.stringify(rows)).not.toContain(key);
    const [m] = await queue('article=5&status=suggested');
    const decided = await http().post(`/mappings/${m.id}/decisions`).set('X-API-Key', key).send({ decision: 'modify', version: m.version, rationale: 'Narrower: serious hindering only.', relationship: 'subset' }).expect(201);
    expect(decided.body).toMatchObject({ status: 'modified', relationship: 'subset', decidedBy: 'A. Reviewer (reviewer)' });
    await http().delete(`/keys/${created.body.summary.id}`).set('X-API-Key', ADMIN_KEY).expect(200);
    await http().post(`/mappings/${m.id}/decisions`).set('X-API-Key', key).send({ decision: 'accept', version: 2, rationale: 'x' }).expect(401);
    const history = (await http().get(`/mappings/${m.id}/history`).expect(200)).body.items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['mapping.modify']);
    expect(history[0].before.status).toBe('suggested');
    expect(history[0].after.status).toBe('modified');
  });

  it('holds every step in the audit log, in order, and no route edits it', async () => {
    const log = (await http().get('/audit?jurisdiction=XA').expect(200)).body.items as { id: number; action: string; actor: string; subject: string }[];
    const actions = log.map((e) => e.action);
    const order = (a: string) => actions.indexOf(a);
    expect(order('statute.import')).toBe(0);
    expect(order('analysis.run')).toBe(1);
    expect(order('mapping.accept')).toBeGreaterThan(order('analysis.run'));
    expect(order('mapping.add')).toBeGreaterThan(order('mapping.accept'));
    expect(order('mapping.reject')).toBeGreaterThan(order('mapping.add'));
    expect(actions).toContain('mapping.stale');
    expect(actions.filter((a) => a === 'statute.import')).toHaveLength(3);
    expect(log.map((e) => e.id)).toEqual([...log.map((e) => e.id)].sort((a, b) => a - b));
    const keyLog = (await http().get('/audit').expect(200)).body.items.map((e: { action: string }) => e.action);
    expect(keyLog).toEqual(expect.arrayContaining(['key.create', 'key.revoke']));
    await http().delete(`/audit/${log[0].id}`).set('X-API-Key', ADMIN_KEY).expect(404);
    await http().post('/audit').set('X-API-Key', ADMIN_KEY).send({}).expect(404);
  });
});
