import { Module } from '@nestjs/common';
import { InstrumentsModule } from '../instruments/instruments.module';
import { StatutesModule } from '../statutes/statutes.module';
import { AnalysisController } from './analysis.controller';
import { AnalysisService } from './analysis.service';

@Module({
  imports: [InstrumentsModule, StatutesModule],
  controllers: [AnalysisController],
  providers: [AnalysisService],
  exports: [AnalysisService],
})
export class MatchingModule {}
