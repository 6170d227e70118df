import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { configureHttpApp } from './http-app';
import { AnalysisService } from './analyses/analyses.service';
import { SAMPLE_JURISDICTION, seedSample } from './samples/seed-sample';
import { StatutesService } from './statutes/statutes.service';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: false });
  configureHttpApp(app);
  await app.init(); // loads the instrument model (module init) before the sample is seeded
  const config = app.get(AppConfig);
  const log = new Logger('Concordance');
  if (config.SEED_SAMPLE === 'true') {
    const analysis = await seedSample(app.get(StatutesService), app.get(AnalysisService));
    const s = analysis.report.summary;
    log.log(
      `Sample country ${SAMPLE_JURISDICTION} analysed: ${s.covered} covered, ${s.partial} partial, ${s.missing} missing ` +
        `(${s.blocking} blocking, ${s.coverable} coverable by reservation/declaration)`,
    );
  }
  await app.listen(config.PORT);
  const base = `http://localhost:${config.PORT}`;
  log.log(`API on ${base} — OpenAPI UI ${base}/docs, document ${base}/docs-json`);
  if (config.SEED_SAMPLE === 'true') {
    log.log(`Sample gap report (printable page): ${base}/jurisdictions/${SAMPLE_JURISDICTION}/report`);
    log.log(`Sample results as JSON: ${base}/jurisdictions/${SAMPLE_JURISDICTION}/analyses/latest`);
  }
}

bootstrap().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
