import { treatyCitation } from './cite';
import { CountryFacts, Reason } from './model';

/**
 * Is the instrument the legal basis between A and B? Only if both are Parties (Arts. 23, 25(1)).
 * If either is not, a bilateral treaty or B's domestic law would have to carry the request instead.
 */
export function treatyRelationship(instrument: string, a: CountryFacts, b: CountryFacts): Reason {
  const unknown = [a, b].filter((c) => c.treaty.party === undefined);
  if (unknown.length) {
    return {
      kind: 'treaty-relationship',
      effect: 'uncertain',
      text: `treaty status not recorded for ${unknown.map((c) => c.jurisdiction).join(' and ')}: whether ${instrument} is the legal basis between ${a.jurisdiction} and ${b.jurisdiction} is unknown`,
      citations: unknown.map((c) => treatyCitation(c.jurisdiction, instrument, 'party status not recorded')),
    };
  }
  const outside = [a, b].filter((c) => c.treaty.party === false);
  if (outside.length) {
    return {
      kind: 'treaty-relationship',
      effect: 'uncertain',
      text: `${outside.map((c) => c.jurisdiction).join(' and ')} ${outside.length > 1 ? 'are' : 'is'} not a Party to ${instrument}: the Convention is no legal basis between ${a.jurisdiction} and ${b.jurisdiction}; a bilateral treaty or ${b.jurisdiction}'s domestic law would be needed`,
      citations: outside.map((c) => treatyCitation(c.jurisdiction, instrument, 'not a Party')),
    };
  }
  return {
    kind: 'treaty-relationship',
    effect: 'works',
    text: `${a.jurisdiction} and ${b.jurisdiction} are both Parties to ${instrument}: the Convention is the legal basis for the request`,
    citations: [a, b].map((c) => treatyCitation(c.jurisdiction, instrument, 'Party')),
  };
}
