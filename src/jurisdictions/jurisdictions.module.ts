import { Module } from '@nestjs/common';
import { JurisdictionsController } from './jurisdictions.controller';
import { JurisdictionsRepository } from './jurisdictions.repository';
import { JurisdictionsService } from './jurisdictions.service';

@Module({
  controllers: [JurisdictionsController],
  providers: [JurisdictionsRepository, JurisdictionsService],
  exports: [JurisdictionsService],
})
export class JurisdictionsModule {}
