import { Module, OnModuleInit } from '@nestjs/common';
import { InstrumentsController } from './instruments.controller';
import { InstrumentsService } from './instruments.service';

@Module({
  controllers: [InstrumentsController],
  providers: [InstrumentsService],
  exports: [InstrumentsService],
})
export class InstrumentsModule implements OnModuleInit {
  constructor(private readonly instruments: InstrumentsService) {}

  /** The model is loaded at every start; unchanged models write nothing. */
  async onModuleInit(): Promise<void> {
    await this.instruments.syncModels();
  }
}
