import { Module } from '@nestjs/common';
import { InstrumentsModule } from '../instruments/instruments.module';
import { AnalysesModule } from '../analyses/analyses.module';
import { ReportsController } from './reports.controller';

/** Reports rendered from stored analyses (HTML for now). */
@Module({
  imports: [AnalysesModule, InstrumentsModule],
  controllers: [ReportsController],
})
export class ReportsModule {}
