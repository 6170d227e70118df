import { Provision, walkProvisions } from './provision.model';

/** A provision's words with its sub-provisions' (headings included): what review compares to tell whether quoted evidence changed. */
export function provisionFullText(p: Provision): string {
  return [...walkProvisions([p])].map((x) => [x.heading, x.text].filter(Boolean).join(' ')).join('\n');
}

/** Per citation as printed, the provision's full text (the first provision of a citation wins, as in the tree). */
export function provisionTexts(provisions: Provision[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of walkProvisions(provisions)) if (p.citation && !out.has(p.citation)) out.set(p.citation, provisionFullText(p));
  return out;
}
