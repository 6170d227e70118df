import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ApiExceptionFilter } from './common/domain-error.filter';
import { AppConfig } from './config/app-config';

/** HTTP settings shared by main.ts and the e2e tests, so tests exercise the app as served. */
export function configureHttpApp(app: NestExpressApplication): INestApplication {
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new ApiExceptionFilter(app.get(AppConfig).MAX_UPLOAD_BYTES));
  app.disable('x-powered-by');
  const doc = new DocumentBuilder()
    .setTitle('Concordance')
    .setDescription(
      'How far a national cybercrime law is from the Council of Europe Convention on Cybercrime (ETS 185): ' +
        'the Convention model, national statutes parsed into provisions, suggested mappings with evidence, and gaps.',
    )
    .setVersion('0.1.0')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, 'api-key')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'docs-json' });
  return app;
}
