import { Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ReviewModule } from './review/review.module';
import { UploadModule } from './common/upload.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthController } from './health.controller';
import { InstrumentsModule } from './instruments/instruments.module';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module';
import { AnalysesModule } from './analyses/analyses.module';
import { MlaModule } from './mla/mla.module';
import { ReportsModule } from './reports/reports.module';
import { StatutesModule } from './statutes/statutes.module';

@Module({
  imports: [ConfigModule, DatabaseModule, AuditModule, AuthModule, ReviewModule, UploadModule, InstrumentsModule, JurisdictionsModule, StatutesModule, AnalysesModule, ReportsModule, MlaModule],
  controllers: [HealthController],
})
export class AppModule {}
