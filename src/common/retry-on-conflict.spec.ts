/** Which database errors are races worth another attempt, and how often one is made. */
import { isConcurrencyFault, retryOnConflict } from './retry-on-conflict';

const fault = (code: string) => Object.assign(new Error(code), { driverError: { code } });

describe('retryOnConflict', () => {
  it('tells races (PostgreSQL unique violation, SQLite UNIQUE or BUSY) from other errors', () => {
    expect(isConcurrencyFault(fault('23505'))).toBe(true);
    expect(isConcurrencyFault(fault('SQLITE_CONSTRAINT_UNIQUE'))).toBe(true);
    expect(isConcurrencyFault(fault('SQLITE_BUSY'))).toBe(true);
    expect(isConcurrencyFault(fault('SQLITE_CONSTRAINT_FOREIGNKEY'))).toBe(false);
    expect(isConcurrencyFault(new Error('disk full'))).toBe(false);
  });

  it('runs again after a lost race and returns what the later attempt gives', async () => {
    let calls = 0;
    const result = await retryOnConflict(async () => {
      if (++calls < 3) throw fault('23505');
      return 'stored';
    });
    expect({ result, calls }).toEqual({ result: 'stored', calls: 3 });
  });

  it('does not retry other errors, and gives up after the last attempt', async () => {
    let calls = 0;
    await expect(retryOnConflict(async () => (++calls, Promise.reject(new Error('disk full'))))).rejects.toThrow('disk full');
    expect(calls).toBe(1);
    calls = 0;
    await expect(retryOnConflict(async () => (++calls, Promise.reject(fault('SQLITE_BUSY'))), 3)).rejects.toThrow('SQLITE_BUSY');
    expect(calls).toBe(3);
  });
});
