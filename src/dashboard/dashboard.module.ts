import { Module } from '@nestjs/common';
import { InstrumentsModule } from '../instruments/instruments.module';
import { JurisdictionsModule } from '../jurisdictions/jurisdictions.module';
import { MatchingModule } from '../matching/matching.module';
import { DashboardController } from './dashboard.controller';
import { AnalysisIndex } from './analysis-index';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [JurisdictionsModule, MatchingModule, InstrumentsModule],
  controllers: [DashboardController],
  providers: [DashboardService, AnalysisIndex],
})
export class DashboardModule {}
