import { Module } from '@nestjs/common';
import { InstrumentsModule } from '../instruments/instruments.module';
import { AnalysesModule } from '../analyses/analyses.module';
import { StatutesModule } from '../statutes/statutes.module';
import { MlaController } from './mla.controller';
import { MlaService } from './mla.service';
import { JurisdictionsModule } from '../jurisdictions/jurisdictions.module';
import { MLA_TREATY_FACTS, treatyFactsProvider } from './treaty-facts.provider';

/** Mutual legal assistance reports; treaty facts come through MLA_TREATY_FACTS from the treaty status on record. */
@Module({
  imports: [AnalysesModule, StatutesModule, InstrumentsModule, JurisdictionsModule],
  controllers: [MlaController],
  providers: [MlaService, treatyFactsProvider],
  exports: [MlaService, MLA_TREATY_FACTS],
})
export class MlaModule {}
