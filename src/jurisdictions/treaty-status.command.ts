import type { INestApplicationContext } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DomainError } from '../common/domain-error';
import { JurisdictionsService } from './jurisdictions.service';
import { parseTreatyCsv, TREATY_CSV_COLUMNS, TreatyCsvTable } from './treaty-csv';

type WithApp = <T>(databaseUrl: string | undefined, quiet: boolean, run: (app: INestApplicationContext) => Promise<T>) => Promise<T>;

export const TREATY_STATUS_USAGE = `  import-treaty-status --file PATH [--file PATH ...] [--instrument ets185|ets189|cets224|uncc] [--as-of YYYY-MM-DD] [--db URL]
      Import treaty-status CSV tables (parties, signatories, invited, reservations); each file all or nothing.
  export-treaty-status --instrument ID --table parties|signatories|invited|reservations [--db URL]
      Print one table as CSV in the columns it is imported in.
`;

export async function importTreatyStatusCommand(args: string[], withApp: WithApp): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { file: { type: 'string', multiple: true }, instrument: { type: 'string' }, 'as-of': { type: 'string' }, db: { type: 'string' } },
    strict: true,
  });
  const files = values.file ?? [];
  if (!files.length) throw new DomainError('INVALID_INPUT', 'Give at least one --file PATH.');
  // every file is read and checked before anything is stored
  const parsed = files.map((path) => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new DomainError('INVALID_INPUT', `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    return { name: basename(path), parsed: parseTreatyCsv(text, basename(path), { instrument: values.instrument, asOf: values['as-of'] }) };
  });
  await withApp(values.db, true, async (app) => {
    for (const p of parsed) {
      const r = await app.get(JurisdictionsService).importTreatyTable(p.parsed, p.name);
      process.stdout.write(`${r.file}: ${r.rows} ${r.table} rows for ${r.jurisdictions} jurisdictions (${r.instrument})\n`);
    }
  });
}

export async function exportTreatyStatusCommand(args: string[], withApp: WithApp): Promise<void> {
  const { values } = parseArgs({ args, options: { instrument: { type: 'string' }, table: { type: 'string' }, db: { type: 'string' } }, strict: true });
  if (!values.instrument) throw new DomainError('INVALID_INPUT', '--instrument is required.');
  if (!values.table || !(values.table in TREATY_CSV_COLUMNS)) throw new DomainError('INVALID_INPUT', `--table must be one of ${Object.keys(TREATY_CSV_COLUMNS).join(', ')}.`);
  const csv = await withApp(values.db, true, (app) => app.get(JurisdictionsService).exportTreatyTable(values.instrument!, values.table as TreatyCsvTable));
  process.stdout.write(csv);
}
