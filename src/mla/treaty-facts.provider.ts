import { Provider } from '@nestjs/common';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { designationsOnRecord, reservationsOnRecord } from '../jurisdictions/treaty-status.model';
import { TreatyFacts, UNKNOWN_TREATY_FACTS } from '../gaps/mla/model';

/**
 * Where the MLA service gets each country's treaty status (party, reservations, designations). A
 * country with nothing on record is unknown, and every outcome that depends on it says "treaty
 * status not recorded".
 */
export const MLA_TREATY_FACTS = Symbol('MLA_TREATY_FACTS');

export interface TreatyFactsSource {
  factsFor(jurisdiction: string, instrument: string): Promise<TreatyFacts>;
}


/**
 * Treaty facts from the treaty status on record: a Party once its ratification or accession is
 * recorded and in force (entry into force on or before today, when recorded); not a Party when a
 * status is on record without one; unknown when nothing is. Reservations and designations in force.
 */
export function treatyFactsFrom(jurisdictions: JurisdictionsService, today: () => string = () => new Date().toISOString().slice(0, 10)): TreatyFactsSource {
  return {
    factsFor: async (code, instrument) => {
      const status = await jurisdictions.statusOf(code, instrument);
      if (!status) return UNKNOWN_TREATY_FACTS;
      const inForce = !!status.ratification && (!status.entryIntoForce || status.entryIntoForce <= today());
      return {
        party: inForce,
        reservations: reservationsOnRecord(status).map((r) => ({ article: r.article, ...(r.paragraph ? { paragraph: r.paragraph } : {}), kind: r.kind, summary: r.summary })),
        designations: designationsOnRecord(status).map((d) => ({ article: d.article, ...(d.paragraph ? { paragraph: d.paragraph } : {}), authority: d.authority })),
      };
    },
  };
}

export const treatyFactsProvider: Provider = { provide: MLA_TREATY_FACTS, inject: [JurisdictionsService], useFactory: (j: JurisdictionsService) => treatyFactsFrom(j) };
