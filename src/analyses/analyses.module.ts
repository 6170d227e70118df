import { Module } from '@nestjs/common';
import { InstrumentsModule } from '../instruments/instruments.module';
import { ReviewModule } from '../review/review.module';
import { StatutesModule } from '../statutes/statutes.module';
import { AnalysisController } from './analyses.controller';
import { AnalysisService } from './analyses.service';

@Module({
  imports: [InstrumentsModule, StatutesModule, ReviewModule],
  controllers: [AnalysisController],
  providers: [AnalysisService],
  exports: [AnalysisService],
})
export class AnalysesModule {}
