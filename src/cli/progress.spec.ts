/** Progress as plain lines (what a pipe or a log file gets) and the log levels of the command line. */
import { PassThrough } from 'node:stream';
import { logLevelsFor } from './program';
import { stderrProgress } from './progress';

function capture() {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream;
  let text = '';
  (stream as unknown as PassThrough).on('data', (d) => (text += d));
  return { stream, text: () => text };
}

describe('progress on a stream that is not a terminal', () => {
  it('prints a note as one line and a counted step at its start, each quarter and its end', async () => {
    const out = capture();
    const p = stderrProgress(out.stream);
    p.note('parsed 1004 provisions');
    const step = p.step('matching');
    for (let i = 1; i <= 48; i++) step(i, 48, `Art. ${i}`);
    step.end();
    await new Promise((r) => setImmediate(r));
    const lines = out.text().trim().split('\n');
    expect(lines[0]).toBe('parsed 1004 provisions');
    expect(lines.slice(1, -1)).toEqual(['matching: 1/48 (Art. 1)', 'matching: 12/48 (Art. 12)', 'matching: 24/48 (Art. 24)', 'matching: 36/48 (Art. 36)', 'matching: 48/48 (Art. 48)']);
    expect(lines[lines.length - 1]).toMatch(/^matching: done in \d+\.\d s$/);
  });

  it('says the end of a step that stopped short', async () => {
    const out = capture();
    const step = stderrProgress(out.stream).step('stored provisions');
    step(300, 1004);
    step.end();
    await new Promise((r) => setImmediate(r));
    expect(out.text()).toMatch(/^stored provisions: 300\/1004\nstored provisions: 1004\/1004\nstored provisions: done in/);
  });
});

describe('log levels of the command line', () => {
  it('keeps errors and warnings by default, everything with --verbose, and LOG_LEVEL in between', () => {
    expect(logLevelsFor(false, {})).toEqual(['fatal', 'error', 'warn']);
    expect(logLevelsFor(true, {})).toContain('log');
    expect(logLevelsFor(false, { LOG_LEVEL: 'log' })).toEqual(['fatal', 'error', 'warn', 'log']);
    expect(logLevelsFor(false, { LOG_LEVEL: 'nonsense' })).toEqual(['fatal', 'error', 'warn']);
  });
});
