import { Module } from '@nestjs/common';
import { InstrumentsModule } from '../instruments/instruments.module';
import { AnalysesModule } from '../analyses/analyses.module';
import { StatutesModule } from '../statutes/statutes.module';
import { MlaController } from './mla.controller';
import { MlaService } from './mla.service';
import { defaultTreatyFactsProvider, MLA_TREATY_FACTS } from './treaty-facts.provider';

/**
 * Mutual legal assistance reports. Treaty facts come through MLA_TREATY_FACTS; the default provider
 * records nothing (outcomes that need them are uncertain) until the treaty-status module supplies one.
 */
@Module({
  imports: [AnalysesModule, StatutesModule, InstrumentsModule],
  controllers: [MlaController],
  providers: [MlaService, defaultTreatyFactsProvider],
  exports: [MlaService, MLA_TREATY_FACTS],
})
export class MlaModule {}
