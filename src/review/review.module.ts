import { Module } from '@nestjs/common';
import { InstrumentsModule } from '../instruments/instruments.module';
import { StatutesModule } from '../statutes/statutes.module';
import { MappingsRepository } from './mappings.repository';
import { ReviewController } from './review.controller';
import { ReviewEvents } from './review-events';
import { ReviewService } from './review.service';

@Module({
  imports: [InstrumentsModule, StatutesModule],
  controllers: [ReviewController],
  providers: [MappingsRepository, ReviewEvents, ReviewService],
  exports: [MappingsRepository, ReviewEvents, ReviewService],
})
export class ReviewModule {}
