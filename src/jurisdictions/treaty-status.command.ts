import type { INestApplicationContext } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DomainError } from '../common/domain-error';
import { JurisdictionsService } from './jurisdictions.service';
import { parseTreatyCsv, TREATY_CSV_COLUMNS, TreatyCsvTable } from './treaty-csv';

type WithApp = <T>(databaseUrl: string | undefined, quiet: boolean, run: (app: INestApplicationContext) => Promise<T>) => Promise<T>;

export const TREATY_CSV_TABLES = Object.keys(TREATY_CSV_COLUMNS);

export async function importTreatyStatusCommand(values: { file: string[]; instrument?: string; asOf?: string; db?: string }, withApp: WithApp): Promise<void> {
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
    return { name: basename(path), parsed: parseTreatyCsv(text, basename(path), { instrument: values.instrument, asOf: values.asOf }) };
  });
  await withApp(values.db, true, async (app) => {
    for (const p of parsed) {
      const r = await app.get(JurisdictionsService).importTreatyTable(p.parsed, p.name, 'command line');
      process.stdout.write(`${r.file}: ${r.rows} ${r.table} rows for ${r.jurisdictions} jurisdictions (${r.instrument})\n`);
    }
  });
}

export async function exportTreatyStatusCommand(values: { instrument: string; table: string; db?: string }, withApp: WithApp): Promise<void> {
  if (!values.instrument) throw new DomainError('INVALID_INPUT', '--instrument is required.');
  if (!values.table || !(values.table in TREATY_CSV_COLUMNS)) throw new DomainError('INVALID_INPUT', `--table must be one of ${Object.keys(TREATY_CSV_COLUMNS).join(', ')}.`);
  const csv = await withApp(values.db, true, (app) => app.get(JurisdictionsService).exportTreatyTable(values.instrument!, values.table as TreatyCsvTable));
  process.stdout.write(csv);
}
