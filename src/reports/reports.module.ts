import { Module } from '@nestjs/common';
import { InstrumentsModule } from '../instruments/instruments.module';
import { MatchingModule } from '../matching/matching.module';
import { StatutesModule } from '../statutes/statutes.module';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Reports rendered from stored analyses: HTML pages, PDF, correspondence tables, OSCAL. */
@Module({
  imports: [MatchingModule, InstrumentsModule, StatutesModule],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
