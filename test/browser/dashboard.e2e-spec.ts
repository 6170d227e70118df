import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import request from 'supertest';
import { DATA_DIR, REPO_ROOT } from '../../src/common/paths';
import { REVIEWER_KEY, startApp, TestApp } from '../support/app';

const CHROMIUM = '/usr/bin/chromium';
/** Screenshots go to var/ (git-ignored). */
const SHOTS = join(REPO_ROOT, 'var', 'screenshots');

const describeWithChromium: jest.Describe = existsSync(CHROMIUM)
  ? describe
  : (((name: string, fn: () => void) => {
      // eslint-disable-next-line no-console
      console.warn(`skipping "${name}": ${CHROMIUM} is absent (apt-get install -y chromium)`);
      describe.skip(name, fn);
    }) as unknown as jest.Describe);

describeWithChromium('dashboard and matrix in a real browser (JavaScript off)', () => {
  let t: TestApp;
  let base: string;
  let browser: BrowserContext;
  const profile = mkdtempSync(join(tmpdir(), 'concordance-chromium-'));

  beforeAll(async () => {
    t = await startApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const http = request(t.app.getHttpServer());
    const sample = readFileSync(join(DATA_DIR, 'samples', 'xa-computer-crimes-act.txt'));
    const fixture = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'ok', 'avalonia-computer-offences-act-2024.txt'));
    for (const [code, bytes] of [['XA', sample], ['XB', fixture]] as const) {
      await http.post(`/jurisdictions/${code}/statutes`).set('X-API-Key', REVIEWER_KEY).attach('file', bytes, `${code}.txt`).expect(201);
      await http.post(`/jurisdictions/${code}/analyses`).set('X-API-Key', REVIEWER_KEY).expect(201);
    }
    const { chromium } = await import('playwright-core');
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      javaScriptEnabled: false,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  const rowCodes = async (page: import('playwright-core').Page) => page.locator('table.dashboard tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));

  it('renders the dashboard and sorts by readiness through its column links', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/dashboard`);
    expect(await page.locator('h1').textContent()).toContain('accession readiness');
    expect(await rowCodes(page)).toEqual(['XA', 'XB']);

    const expected = (await request(t.app.getHttpServer()).get('/dashboard.json?sort=readiness&order=asc').expect(200)).body.items.map((r: { code: string }) => r.code);
    await page.getByRole('link', { name: 'Readiness', exact: true }).click();
    expect(page.url()).toContain('sort=readiness');
    expect(await rowCodes(page)).toEqual(expected);
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Readiness');
    await page.getByRole('link', { name: 'Readiness', exact: true }).click();
    expect(page.url()).toContain('order=desc');
    expect(await rowCodes(page)).toEqual([...expected].reverse());

    // the filter form works without JavaScript
    await page.fill('input[name="q"]', 'XB');
    await page.getByRole('button', { name: 'Apply' }).click();
    expect(await rowCodes(page)).toEqual(['XB']);

    await page.goto(`${base}/dashboard?sort=readiness`);
    const file = join(SHOTS, 'dashboard.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(5_000);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    await page.close();
  }, 60_000);

  it('renders the matrix with words and symbols, each cell opening the evidence', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/matrix?instrument=ets185`);
    expect(await page.locator('table.matrix thead th').allTextContents()).toEqual(['Article', 'XA', 'XB']);
    const row = page.locator('table.matrix tbody tr', { hasText: 'Art. 16 ' });
    const cell = row.locator('td').first();
    expect((await cell.textContent())?.trim()).toBe('✗ missing');
    const file = join(SHOTS, 'matrix.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(5_000);
    await cell.locator('a').click();
    expect(page.url()).toMatch(/\/analyses\/\d+\/articles\/16$/);
    expect(JSON.parse((await page.locator('body').textContent()) ?? '{}')).toMatchObject({ article: '16', status: 'missing' });
    await page.close();
  }, 60_000);
});
