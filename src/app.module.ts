import { Module } from '@nestjs/common';
import { AuthModule } from './auth/auth.module';
import { RateLimitModule } from './common/rate-limit.module';
import { UploadModule } from './common/upload.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthController } from './health.controller';
import { InstrumentsModule } from './instruments/instruments.module';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module';
import { MatchingModule } from './matching/matching.module';
import { ReportsModule } from './reports/reports.module';
import { StatutesModule } from './statutes/statutes.module';

@Module({
  imports: [ConfigModule, DatabaseModule, RateLimitModule, AuthModule, UploadModule, InstrumentsModule, JurisdictionsModule, StatutesModule, MatchingModule, ReportsModule],
  controllers: [HealthController],
})
export class AppModule {}
