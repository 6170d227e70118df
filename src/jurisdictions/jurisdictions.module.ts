import { Module } from '@nestjs/common';
import { JurisdictionsController } from './jurisdictions.controller';
import { JurisdictionsRepository } from './jurisdictions.repository';
import { JurisdictionsService } from './jurisdictions.service';
import { TreatyEvents } from './treaty-events';

@Module({
  controllers: [JurisdictionsController],
  providers: [JurisdictionsRepository, JurisdictionsService, TreatyEvents],
  exports: [JurisdictionsService, TreatyEvents],
})
export class JurisdictionsModule {}
