import { detectDamage } from './numbering/damage';
import { ParsedStatute, walkProvisions } from './provision.model';
import { DAMAGE } from './readers/damage';

/**
 * A sign that a statute as read is incomplete, and how far it reaches: `provision` (a record cut, a
 * quotation never closed, the text stopping mid-word after the last provision: that provision),
 * `source` (words lost anywhere: NUL bytes removed, a character cut), or `gap` (a number missing
 * from the series: which article it would have served cannot be told).
 */
export interface DamageSign {
  statute: string;
  reach: 'provision' | 'source' | 'gap';
  citation?: string;
  reason: string;
}

/** Reading warnings that say words were lost anywhere in the file (not those that only say how it was decoded). */
const LOST_ANYWHERE = [DAMAGE.nulRemoved, DAMAGE.cutCharacter];

/**
 * Signs that a statute as read is incomplete: a provision cut mid-sentence or ending inside a
 * quotation (tied to it), a gap in the numbering, NUL bytes removed or a text that stops mid-word
 * (the source as a whole). The tree's signs are found again from the tree, so a stored statute says
 * the same as a fresh parse.
 */
export function damageSigns(title: string, parsed: Pick<ParsedStatute, 'provisions' | 'warnings' | 'damage'>): DamageSign[] {
  const tree: DamageSign[] = (parsed.damage ?? detectDamage(parsed.provisions)).map((d) =>
    d.kind === 'numbering-gap' || !d.citation ? { statute: title, reach: 'gap', reason: d.reason } : { statute: title, reach: 'provision', citation: d.citation, reason: d.reason },
  );
  const reading: DamageSign[] = parsed.warnings.filter((w) => LOST_ANYWHERE.some((p) => w.includes(p))).map((w) => ({ statute: title, reach: 'source', reason: w }));
  // a text that stops mid-word lost what followed its last provision
  const last = [...walkProvisions(parsed.provisions)].filter((p) => p.citation).pop();
  const cutEnd: DamageSign[] = last && parsed.warnings.some((w) => w.includes(DAMAGE.endsMidSentence)) ? [{ statute: title, reach: 'provision', citation: last.citation, reason: DAMAGE.endsMidSentence }] : [];
  return [...tree, ...reading, ...cutEnd];
}
