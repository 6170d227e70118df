import { Provider } from '@nestjs/common';
import { TreatyFacts, UNKNOWN_TREATY_FACTS } from '../gaps/mla/model';

/**
 * Where the MLA service gets each country's treaty status (party, reservations, designations). The
 * default knows nothing, so every outcome that depends on it says "treaty status not recorded"; the
 * treaty-status module replaces this provider with its records.
 */
export const MLA_TREATY_FACTS = Symbol('MLA_TREATY_FACTS');

export interface TreatyFactsSource {
  factsFor(jurisdiction: string, instrument: string): Promise<TreatyFacts>;
}

export const unknownTreatyFacts: TreatyFactsSource = {
  factsFor: async () => UNKNOWN_TREATY_FACTS,
};

export const defaultTreatyFactsProvider: Provider = { provide: MLA_TREATY_FACTS, useValue: unknownTreatyFacts };
