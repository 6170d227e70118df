import { Module } from '@nestjs/common';
import { InstrumentsModule } from '../instruments/instruments.module';
import { JurisdictionsModule } from '../jurisdictions/jurisdictions.module';
import { AnalysesModule } from '../analyses/analyses.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [JurisdictionsModule, AnalysesModule, InstrumentsModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
