import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../common/paths';

export interface TreatyRules {
  instruments: { id: string; title: string }[];
  invitation: { validYears: number; warnMonths: number };
  readiness: { instrument: string; nationalMeasuresChapter: string; cooperationChapter: string; treatyApplication: Record<'monist' | 'dualist' | 'unknown', string> };
  codesWithoutIsoName: { userAssigned: string[]; exceptionallyReserved: string[] };
}

let cached: TreatyRules | undefined;

/** The treaty-office rules of data/treaty/rules.json. */
export function treatyRules(): TreatyRules {
  cached ??= JSON.parse(readFileSync(join(DATA_DIR, 'treaty', 'rules.json'), 'utf8')) as TreatyRules;
  return cached;
}

export function isTrackedInstrument(id: string): boolean {
  return treatyRules().instruments.some((i) => i.id === id);
}

/** ISO 3166-1 leaves some codes to users (e.g. XA, our sample country) and reserves others (EU): they have no ISO name. */
export function isCodeWithoutIsoName(code: string): boolean {
  const { userAssigned, exceptionallyReserved } = treatyRules().codesWithoutIsoName;
  return [...userAssigned, ...exceptionallyReserved].some((spec) => {
    const [from, to] = spec.split('-');
    return to ? code >= from && code <= to : code === from;
  });
}
