import { Module } from '@nestjs/common';
import { InstrumentsModule } from '../instruments/instruments.module';
import { MatchingModule } from '../matching/matching.module';
import { ReportsController } from './reports.controller';

/** Reports rendered from stored analyses (HTML for now). */
@Module({
  imports: [MatchingModule, InstrumentsModule],
  controllers: [ReportsController],
})
export class ReportsModule {}
