import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../common/paths';
import { DomainError } from '../../common/domain-error';
import { InstrumentForms } from './model';

const cache = new Map<string, InstrumentForms>();

/** The forms of co-operation of an instrument, from data/mla/forms.json. */
export function loadForms(instrument: string): InstrumentForms {
  const hit = cache.get(instrument);
  if (hit) return hit;
  const raw = JSON.parse(readFileSync(join(DATA_DIR, 'mla', 'forms.json'), 'utf8')) as { instruments: Record<string, Omit<InstrumentForms, 'instrument'>> };
  const entry = raw.instruments[instrument];
  if (!entry) {
    throw new DomainError('INSTRUMENT_NOT_FOUND', `No forms of co-operation are described for instrument '${instrument}'; known: ${Object.keys(raw.instruments).join(', ')}.`);
  }
  const forms: InstrumentForms = { instrument, ...entry };
  for (const f of forms.forms) {
    for (const c of f.channels.anyOf) {
      if (!forms.channels[c]) throw new DomainError('INVALID_MODEL', `data/mla/forms.json: form '${f.form}' names channel '${c}', which is not described under channels.`);
    }
    if (f.dualCriminality === 'required' && f.minimumPenaltyMonths === undefined) {
      throw new DomainError('INVALID_MODEL', `data/mla/forms.json: form '${f.form}' requires dual criminality but sets no minimumPenaltyMonths.`);
    }
  }
  cache.set(instrument, forms);
  return forms;
}

/** A form by its id or its article number ("expedited-preservation" or "29"). */
export function findForm(forms: InstrumentForms, key: string) {
  const k = key.trim().toLowerCase().replace(/^art(icle)?\.?\s*/, '');
  const form = forms.forms.find((f) => f.form === k || f.article === k);
  if (!form) {
    throw new DomainError('INVALID_INPUT', `'${key}' is not a form of co-operation under ${forms.instrument}: use one of ${forms.forms.map((f) => `${f.form} (Art. ${f.article})`).join(', ')}.`);
  }
  return form;
}
