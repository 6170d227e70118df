/**
 * Prints an HTML page to PDF with Debian's chromium, headless: the one place the browser is run.
 * The page is self-contained (no requests out), so chromium reads it from a temporary file with
 * networking features off, in a fresh profile that is removed afterwards.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '../../common/domain-error';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function printToPdf(page: string, timeoutMs = 90_000): Promise<Buffer> {
  if (!existsSync(CHROMIUM)) {
    return Promise.reject(new DomainError('PDF_UNAVAILABLE', `PDF printing needs chromium at ${CHROMIUM} (apt-get install chromium); the HTML report is at the same address without .pdf.`));
  }
  const dir = mkdtempSync(join(tmpdir(), 'concordance-pdf-'));
  const input = join(dir, 'report.html');
  const output = join(dir, 'report.pdf');
  writeFileSync(input, page, 'utf8');
  const args = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-extensions', `--user-data-dir=${join(dir, 'profile')}`,
    '--no-pdf-header-footer', `--print-to-pdf=${output}`, `file://${input}`,
  ];
  return new Promise<Buffer>((resolve, reject) => {
    execFile(CHROMIUM, args, { timeout: timeoutMs }, (err, _stdout, stderr) => {
      try {
        if (err || !existsSync(output)) {
          reject(new DomainError('PDF_UNAVAILABLE', `chromium could not print the report: ${(err?.message ?? String(stderr)).split('\n')[0].slice(0, 300)}`));
          return;
        }
        resolve(readFileSync(output));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
