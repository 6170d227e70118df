import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, BrowserContext } from 'playwright-core';
import request from 'supertest';
import { REPO_ROOT } from '../../src/common/paths';
import { ADMIN_KEY, REVIEWER_KEY, startApp, TestApp } from '../support/app';
import { corpusPath, hasCorpus } from '../support/corpus';

const CHROMIUM = '/usr/bin/chromium';
const ready = existsSync(CHROMIUM) && hasCorpus;
if (!ready) console.warn(`skipping the browser test of the report: ${existsSync(CHROMIUM) ? 'the shared corpus is absent' : `${CHROMIUM} is not installed (apt-get install chromium)`}`);

/** var/ is git-ignored: screenshots land there for a person to look at. */
const SHOTS = join(REPO_ROOT, 'var', 'screenshots');

(ready ? describe : describe.skip)('gap report in a real browser (Debian chromium, headless)', () => {
  let t: TestApp;
  let base: string;
  const contexts: { context: BrowserContext; profile: string }[] = [];

  /** A fresh browser profile per test; JavaScript on or off. */
  async function browse(javaScriptEnabled: boolean): Promise<BrowserContext> {
    const profile = mkdtempSync(join(tmpdir(), 'concordance-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      javaScriptEnabled,
      viewport: { width: 1280, height: 1000 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    contexts.push({ context, profile });
    return context;
  }

  beforeAll(async () => {
    t = await startApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const http = () => request(t.app.getHttpServer());
    await http().post('/instruments/ets185/official-text').set('X-API-Key', ADMIN_KEY).attach('file', readFileSync(corpusPath('instruments', 'ets185.en.txt')), 'ets185.en.txt').expect(201);
    await http().post('/jurisdictions/GB/statutes').set('X-API-Key', REVIEWER_KEY).attach('file', readFileSync(corpusPath('statutes', 'gb-computer-misuse-act-1990.txt')), 'gb-computer-misuse-act-1990.txt').expect(201);
    await http().post('/jurisdictions/GB/analyses').set('X-API-Key', REVIEWER_KEY).expect(201);
    const hostile = 'Misuse <script>document.title="pwned"</script> Act 2025\n\nPART I\n\n1. Access <script>alert(1)</script>\nA person who intentionally and without authority <script>window.x=1</script> gains access to a computer system commits an offence.\n';
    await http().post('/jurisdictions/XB/statutes').set('X-API-Key', REVIEWER_KEY).field('language', 'en').attach('file', Buffer.from(hostile), 'xb.txt').expect(201);
    await http().post('/jurisdictions/XB/analyses').set('X-API-Key', REVIEWER_KEY).expect(201);
  }, 120_000);

  afterAll(async () => {
    for (const c of contexts) {
      await c.context.close();
      rmSync(c.profile, { recursive: true, force: true });
    }
    await t?.close();
  });

  it('shows the Convention’s official text and the provision’s text side by side, the same element marked in both', async () => {
    const page = await (await browse(false)).newPage();
    await page.goto(`${base}/jurisdictions/GB/report`);
    expect(await page.locator('h1').innerText()).toContain('GB');
    const art2 = page.locator('details#art-2');
    // no JavaScript needed: open it the way a reader would
    if (!(await art2.getAttribute('open'))) await art2.locator('summary').click();
    const convention = art2.locator('td.convention');
    const provision = art2.locator('td.provision');
    await expect(convention.innerText()).resolves.toMatch(/Convention|Party|offence/i);
    expect(await art2.locator('thead th').first().innerText()).toContain('official text');
    const inConvention = await convention.locator('mark[data-element]').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-element')));
    const inProvision = await provision.locator('mark[data-element]').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-element')));
    expect(inProvision.length).toBeGreaterThan(0);
    expect(inConvention.filter((e) => inProvision.includes(e)).length).toBeGreaterThan(0);
    // the two columns sit side by side
    const [a, b] = await Promise.all([convention.boundingBox(), provision.boundingBox()]);
    expect(a && b && a.x + a.width <= b.x + 1 && Math.abs(a.y - b.y) < 5).toBe(true);
    // the element is named in words, not by colour alone
    expect(await provision.locator('.el-tag').first().innerText()).toMatch(/\[\S+\]/);
    mkdirSync(SHOTS, { recursive: true });
    const shot = join(SHOTS, 'gb-report-art-2.png');
    await art2.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await page.close();
  }, 60_000);

  it('shows a statute’s <script> as text and runs nothing', async () => {
    const page = await (await browse(true)).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/jurisdictions/XB/report`);
    expect(await page.title()).not.toBe('pwned');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { x?: number }).x)).toBeUndefined();
    expect(await page.locator('header').innerText()).toContain('<script>document.title="pwned"</script>');
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'xb-hostile-report.png'), fullPage: false });
    await page.close();
  }, 60_000);
});
