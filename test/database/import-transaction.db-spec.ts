import { EntityManager } from 'typeorm';
import { ProvisionEntity } from '../../src/statutes/entities/provision.entity';
import { StatutesService } from '../../src/statutes/statutes.service';
import { startApp, TestApp } from '../support/app';

/** A long statute of our own making: enough provisions for several insert batches. */
function longAct(sections: number): string {
  const lines = ['Long Test Act 2020'];
  for (let s = 1; s <= sections; s++) {
    lines.push(`${s}. Heading number ${s}`, `(1) The first rule of section ${s} applies to every computer.`, `(2) The second rule of section ${s} applies to data.`);
  }
  return lines.join('\n');
}

const databases: [string, string | undefined][] = [
  ['SQLite', undefined],
  ['PostgreSQL', process.env.TEST_POSTGRES_URL],
];

describe.each(databases)('statute import is one transaction (%s)', (name, url) => {
  if (name === 'PostgreSQL' && !url) {
    // eslint-disable-next-line no-console
    console.warn('skipping the PostgreSQL import transaction tests: TEST_POSTGRES_URL is unset (.ci/run sets it; README "Tests on PostgreSQL")');
    it.skip('needs TEST_POSTGRES_URL (set by .ci/run)', () => undefined);
    return;
  }
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(url ? { DATABASE_URL: url } : {});
    await t.db.query('DELETE FROM jurisdiction');
  });
  afterAll(() => t.close());

  it('leaves nothing behind when writing fails half-way', async () => {
    const statutes = t.app.get(StatutesService);
    const real = EntityManager.prototype.insert;
    let calls = 0;
    const spy = jest.spyOn(EntityManager.prototype, 'insert').mockImplementation(function (this: EntityManager, target: unknown, values: unknown) {
      if (target === ProvisionEntity && ++calls === 2) throw new Error('disk full (simulated)');
      return real.call(this, target as never, values as never);
    });
    await expect(statutes.importStatute({ jurisdiction: 'QQ', fileName: 'long.txt', bytes: Buffer.from(longAct(200)) })).rejects.toThrow(/disk full/);
    spy.mockRestore();
    for (const table of ['jurisdiction', 'statute', 'statute_version', 'provision']) {
      const [{ n }] = await t.db.query(`SELECT COUNT(*) AS n FROM ${table}`);
      expect({ table, n: Number(n) }).toEqual({ table, n: 0 });
    }
  });

  it('keeps the previous version intact when a re-import fails', async () => {
    const statutes = t.app.get(StatutesService);
    const first = await statutes.importStatute({ jurisdiction: 'QQ', fileName: 'long.txt', bytes: Buffer.from(longAct(200)) });
    expect(first.statute.provisionCount).toBe(600);
    const real = EntityManager.prototype.insert;
    const spy = jest.spyOn(EntityManager.prototype, 'insert').mockImplementation(function (this: EntityManager, target: unknown, values: unknown) {
      if (target === ProvisionEntity) throw new Error('connection lost (simulated)');
      return real.call(this, target as never, values as never);
    });
    await expect(statutes.importStatute({ jurisdiction: 'QQ', fileName: 'long.txt', bytes: Buffer.from(longAct(201)) })).rejects.toThrow(/connection lost/);
    spy.mockRestore();
    const [after] = await statutes.listStatutes('QQ');
    expect(after.currentVersion).toBe(1);
    expect(after.provisionCount).toBe(600);
    expect((await statutes.getProvision(after.id, '200(2)')).text).toMatch(/second rule of section 200/);
  });
});
