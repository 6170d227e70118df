/**
 * Whether a database error is a race another attempt would not meet: a unique key taken meanwhile by a
 * concurrent transaction (PostgreSQL 23505, SQLite UNIQUE), a serialization failure or deadlock, or a
 * SQLite file held by another writer past the busy timeout.
 */
export function isConcurrencyFault(e: unknown): boolean {
  const err = e as { code?: string; driverError?: { code?: string } } | undefined;
  const code = String(err?.driverError?.code ?? err?.code ?? '');
  return (
    code === '23505' ||
    code === '40001' ||
    code === '40P01' ||
    code.startsWith('SQLITE_CONSTRAINT_UNIQUE') ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code.startsWith('SQLITE_BUSY')
  );
}

/**
 * Runs a transaction again when it lost a race: the second attempt sees the row the winner created
 * (the jurisdiction, the statute, the version) and takes the path for an existing one. After the last
 * attempt the error goes on to the HTTP layer, which answers 409/503 rather than 500.
 */
export async function retryOnConflict<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (e) {
      if (i >= attempts || !isConcurrencyFault(e)) throw e;
      // a short, growing, jittered pause so that the racers do not collide again in step
      await new Promise((r) => setTimeout(r, 10 * i + Math.random() * 20 * i));
    }
  }
}
