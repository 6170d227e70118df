import { Module } from '@nestjs/common';
import { InstrumentsModule } from '../instruments/instruments.module';
import { AnalysesModule } from '../analyses/analyses.module';
import { ReviewModule } from '../review/review.module';
import { StatutesModule } from '../statutes/statutes.module';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Reports rendered from stored analyses: HTML pages, PDF, correspondence tables, OSCAL. */
@Module({
  imports: [AnalysesModule, InstrumentsModule, StatutesModule, ReviewModule],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
