import { REPORT_PAGE_CSP } from '../../src/reports/reports.controller';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DATA_DIR, REPO_ROOT } from '../../src/common/paths';
import { ADMIN_KEY, REVIEWER_KEY, startApp, TestApp } from '../support/app';
import { corpusPath, describeWithCorpus } from '../support/corpus';

interface Reason {
  kind: string;
  effect: string;
  text: string;
  citations: { jurisdiction: string; type: string; article?: string; citation?: string; text: string }[];
}
interface Offence {
  article: string;
  outcome: string;
  reasons: Reason[];
}
interface Form {
  form: string;
  article: string;
  outcome: string;
  reasons: Reason[];
  offences?: Offence[];
}
interface Pair {
  requesting: string;
  requested: string;
  instrument: string;
  forms: Form[];
  reverse?: Pair;
}

/** XB's statute is invented for these tests; its title carries markup so the page must escape it. */
const XB_TITLE = 'Network Misuse Act <2025> & "Calvenia"';

describe('mutual legal assistance API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
    await importAndAnalyse('XA', readFileSync(join(DATA_DIR, 'samples', 'xa-computer-crimes-act.txt')), 'xa-computer-crimes-act.txt');
    await importAndAnalyse('XB', readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'mla', 'xb-network-misuse-act.txt')), 'xb-network-misuse-act.txt', XB_TITLE);
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());

  async function importAndAnalyse(code: string, bytes: Buffer, name: string, title?: string) {
    const req = http().post(`/jurisdictions/${code}/statutes`).set('X-API-Key', REVIEWER_KEY).attach('file', bytes, name);
    if (title) req.field('title', title);
    await req.expect(201);
    await http().post(`/jurisdictions/${code}/analyses`).set('X-API-Key', REVIEWER_KEY).expect(201);
  }
  const pair = async (a: string, b: string, query = ''): Promise<Pair> => (await http().get(`/mla/${a}/${b}${query}`).expect(200)).body;
  const form = (p: Pair, f: string) => p.forms.find((x) => x.form === f)!;
  const offence = (f: Form, n: string) => f.offences!.find((o) => o.article === n)!;

  it('blocks an Art. 29 request to a country without a preservation power (XA), with that reason and its evidence', async () => {
    const p = await pair('XB', 'XA');
    expect(p).toEqual(expect.objectContaining({ requesting: 'XB', requested: 'XA', instrument: 'ets185' }));
    const preservation = form(p, 'expedited-preservation');
    expect(preservation.article).toBe('29');
    expect(preservation.outcome).toBe('blocked');
    const why = preservation.reasons.find((r) => r.effect === 'blocked')!;
    expect(why.kind).toBe('domestic-power');
    expect(why.text).toMatch(/^XA has no .*\(Art\. 16\) in its law: it cannot answer an Art\. 29 request$/);
    expect(why.citations[0]).toEqual(expect.objectContaining({ jurisdiction: 'XA', type: 'assessment', article: '16' }));
    // XB has a preservation order, so the same request the other way is not blocked by a missing power
    const other = form(await pair('XA', 'XB'), 'expedited-preservation');
    expect(other.reasons.find((r) => r.kind === 'domestic-power')!.effect).not.toBe('blocked');
    expect(other.outcome).not.toBe('blocked');
  });

  it('without treaty records, says "treaty status not recorded" and never answers "works"', async () => {
    const p = await pair('XA', 'XB');
    for (const f of p.forms) {
      expect(f.outcome).not.toBe('works');
      expect(f.reasons[0]).toEqual(expect.objectContaining({ kind: 'treaty-relationship', effect: 'uncertain' }));
      expect(f.reasons[0].text).toMatch(/^treaty status not recorded/);
    }
  });

  it('blocks dual criminality only for the offence the requested country lacks (no devices offence in XB)', async () => {
    const general = form(await pair('XA', 'XB'), 'mutual-assistance');
    const devices = offence(general, '6');
    expect(devices.outcome).toBe('blocked');
    expect(devices.reasons.find((r) => r.effect === 'blocked')!.text).toMatch(/not an offence in XB, the requested Party/);
    for (const n of ['3', '4', '5']) expect(offence(general, n).outcome).toBe('works');
    expect(general.reasons.find((r) => r.kind === 'dual-criminality')!.text).toMatch(/not met for Art\. 6\b/);
  });

  it('blocks extradition for an offence punishable by less than a year in the requested country, and only for it', async () => {
    const extradition = form(await pair('XA', 'XB'), 'extradition');
    const access = offence(extradition, '2');
    expect(access.outcome).toBe('blocked');
    const penalty = access.reasons.find((r) => r.kind === 'penalty' && r.effect === 'blocked')!;
    expect(penalty.text).toMatch(/in XB the heaviest penalty for Art\. 2 is 6 months \(3\(2\)\), under the 1 year/);
    expect(penalty.citations[0]).toEqual(expect.objectContaining({ jurisdiction: 'XB', type: 'provision', citation: '3(2)' }));
    // interception: seven years in XA, three in XB
    const interception = offence(extradition, '3');
    expect(interception.outcome).toBe('works');
    expect(interception.reasons.filter((r) => r.kind === 'penalty').map((r) => r.effect)).toEqual(['works', 'works']);
  });

  it('gives both directions: the reverse field is the other pair asked directly', async () => {
    const ab = await pair('XA', 'XB');
    const ba = await pair('XB', 'XA', '?direction=one');
    expect(ba.reverse).toBeUndefined();
    expect(ab.reverse!.requesting).toBe('XB');
    expect(ab.reverse!.forms).toEqual(ba.forms);
    // and the answers differ by direction: XA cannot preserve for XB, XB can preserve for XA
    expect(form(ab.reverse!, 'expedited-preservation').outcome).toBe('blocked');
    expect(form(ab, 'expedited-preservation').outcome).not.toBe('blocked');
  });

  it('serves the matrix of one form, listing jurisdictions without an analysis', async () => {
    const res = await http().get('/mla/matrix.json?form=29&jurisdictions=XA,XB,ZZ').expect(200);
    expect(res.body).toEqual(expect.objectContaining({ form: 'expedited-preservation', article: '29', jurisdictions: ['XA', 'XB'], notAnalysed: ['ZZ'] }));
    expect(res.body.cells).toHaveLength(2);
    const toXa = res.body.cells.find((c: { requested: string }) => c.requested === 'XA');
    expect(toXa.outcome).toBe('blocked');
    expect(toXa.reasons.find((r: Reason) => r.kind === 'domestic-power').effect).toBe('blocked');
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await http().get('/docs-json').expect(200)).body;
    for (const path of ['/mla/{requesting}/{requested}', '/mla/{requesting}/{requested}/report', '/mla/matrix.json']) expect(doc.paths).toHaveProperty([path]);
  });

  it('answers bad requests with the error shape', async () => {
    expect((await http().get('/mla/XA/XA').expect(400)).body.error).toBe('INVALID_INPUT');
    expect((await http().get('/mla/XA/Q1').expect(400)).body.error).toBe('INVALID_INPUT');
    expect((await http().get('/mla/XA/QQ').expect(404)).body.error).toBe('ANALYSIS_NOT_FOUND');
    expect((await http().get('/mla/XA/XB?instrument=nope').expect(404)).body.error).toBe('INSTRUMENT_NOT_FOUND');
    expect((await http().get('/mla/XA/XB?direction=sideways').expect(400)).body.error).toBe('INVALID_INPUT');
    expect((await http().get('/mla/matrix.json?jurisdictions=XA,XB').expect(400)).body.message).toMatch(/^form:/);
    expect((await http().get('/mla/matrix.json?form=teleport&jurisdictions=XA,XB').expect(400)).body.message).toMatch(/not a form of co-operation/);
    const page404 = await http().get('/mla/XA/QQ/report').expect(404);
    expect(page404.headers['content-type']).toMatch(/^application\/json/);
  });

  it('prints the pair report as a self-contained page with statute text escaped', async () => {
    const res = await http().get('/mla/XA/XB/report').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toBe(REPORT_PAGE_CSP);
    const page = res.text;
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('XA asks XB');
    expect(page).toContain('XB asks XA');
    expect(page).toContain('Network Misuse Act &lt;2025&gt; &amp; &quot;Calvenia&quot;');
    expect(page).not.toContain('<2025>');
    expect(page).toMatch(/Expedited preservation of stored computer data \(Art\. 29\) <span class="badge blocked">Blocked<\/span>/);
    expect(page).toContain('Treaty status not recorded.');
    expect(page).not.toContain('[object');
    // the per-offence table says why: XB has no devices offence
    expect(page).toMatch(/<td>Art\. 6<\/td><td>Misuse of devices<\/td><td><span class="badge blocked">Blocked<\/span><\/td><td>the conduct of Art\. 6 \(Misuse of devices\) is not an offence in XB/);
  });

  // last of the XA/XB tests: it puts treaty status on record for them
  it('reads the treaty status on record: both Parties make the Convention the legal basis; a designated 24/7 contact is a channel', async () => {
    const party = (designations: { article: string; authority: string }[] = []) => ({ ratification: '2025-01-10', entryIntoForce: '2025-05-01', source: 'Invented record (test).', asOf: '2026-12-01', designations });
    await http().put('/jurisdictions/XC/treaty-status/ets185').set('X-API-Key', ADMIN_KEY).send({ signature: '2024-02-01', source: 'Invented record (test).', asOf: '2026-12-01' }).expect(200);
    await http().put('/jurisdictions/XA/treaty-status/ets185').set('X-API-Key', ADMIN_KEY).send(party()).expect(200);
    await http().put('/jurisdictions/XB/treaty-status/ets185').set('X-API-Key', ADMIN_KEY).send(party([{ article: '35', authority: 'Invented 24/7 unit' }])).expect(200);
    const p = await pair('XA', 'XB');
    for (const f of p.forms) expect(f.reasons[0]).toEqual(expect.objectContaining({ kind: 'treaty-relationship', effect: 'works' }));
    const contact = form(p, '24/7-network');
    expect(JSON.stringify(contact.reasons)).toMatch(/Invented 24\/7 unit|designat/);
  });

  describeWithCorpus('corpus countries', () => {
    beforeAll(async () => {
      for (const [code, file] of [
        ['KE', 'ke-computer-misuse-and-cybercrimes-act-2018.txt'],
        ['GB', 'gb-computer-misuse-act-1990.txt'],
        ['FR', 'fr-code-penal-atteintes-stad-art-323.txt'],
      ]) {
        await importAndAnalyse(code, readFileSync(corpusPath('statutes', file)), file);
      }
    }, 180_000);

    const statuses = async (code: string): Promise<Record<string, string>> => {
      const res = await http().get(`/jurisdictions/${code}/analyses/latest`).expect(200);
      return Object.fromEntries(res.body.report.articles.map((a: { article: string; status: string }) => [a.article, a.status]));
    };
    const criminal = (s: string) => s === 'covered' || s === 'partial';

    it('blocks Art. 29 to a requested corpus country whose analysis finds no preservation power, for that reason', async () => {
      for (const requested of ['GB', 'FR']) {
        const s = await statuses(requested);
        const preservation = form(await pair('KE', requested), 'expedited-preservation');
        if (s['16'] === 'missing') {
          expect(preservation.outcome).toBe('blocked');
          expect(preservation.reasons.find((r) => r.kind === 'domestic-power')!.text).toMatch(new RegExp(`^${requested} has no .*\\(Art\\. 16\\).*cannot answer an Art\\. 29 request`));
        } else {
          expect(preservation.reasons.find((r) => r.kind === 'domestic-power')!.effect).not.toBe('blocked');
        }
      }
      // at least one of them lacks the power (both do in the experts' tables)
      expect([(await statuses('GB'))['16'], (await statuses('FR'))['16']]).toContain('missing');
    });

    it('blocks dual criminality for exactly the offences missing in the requested country', async () => {
      const ke = await statuses('KE');
      const gb = await statuses('GB');
      const general = form(await pair('KE', 'GB'), 'mutual-assistance');
      const missingInGb = general.offences!.filter((o) => criminal(ke[o.article]) && gb[o.article] === 'missing').map((o) => o.article);
      expect(missingInGb.length).toBeGreaterThan(0);
      for (const o of general.offences!) {
        const blockedByDc = o.reasons.some((r) => r.kind === 'dual-criminality' && r.effect === 'blocked');
        expect([o.article, blockedByDc]).toEqual([o.article, !criminal(ke[o.article]) || !criminal(gb[o.article])]);
      }
    });

    it('reads French penalties for extradition, and reversing the pair gives the other direction', async () => {
      const fr = await pair('FR', 'KE');
      const extradition = form(fr, 'extradition');
      const frPenalties = extradition.offences!.flatMap((o) => o.reasons.filter((r) => r.kind === 'penalty' && r.citations[0]?.jurisdiction === 'FR'));
      expect(frPenalties.length).toBeGreaterThan(0);
      expect(frPenalties.some((r) => r.effect === 'works' && /punishable by \d+ years?/.test(r.text))).toBe(true);
      const ke = await pair('KE', 'FR', '?direction=one');
      expect(fr.reverse!.forms).toEqual(ke.forms);
      expect(fr.reverse!.requesting).toBe('KE');
    });

    it('computes the matrix across corpus and sample countries', async () => {
      const res = await http().get('/mla/matrix.json?form=expedited-preservation&jurisdictions=XA,XB,KE,GB,FR').expect(200);
      expect(res.body.cells).toHaveLength(20);
      for (const c of res.body.cells.filter((x: { requested: string }) => x.requested === 'XA')) expect(c.outcome).toBe('blocked');
    });
  });
});
