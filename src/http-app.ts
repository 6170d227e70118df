import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { Express, Request, Response } from 'express';
import helmet from 'helmet';
import { ApiExceptionFilter } from './common/domain-error.filter';
import { validationError } from './common/validation-error';
import { AppConfig } from './config/app-config';

/** Where a browser landing on `/` is sent. */
export const LANDING_PAGE = '/dashboard';

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;

/** HTTP settings shared by main.ts and the e2e tests, so tests exercise the app as served. */
export function configureHttpApp(app: NestExpressApplication): INestApplication {
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: validationError }));
  app.useGlobalFilters(new ApiExceptionFilter(app.get(AppConfig).MAX_UPLOAD_BYTES));
  app.disable('x-powered-by');
  // Security headers on every route. The policy lets /docs (Swagger UI: its own scripts and styles, data:
  // icons) work; the report page sets a stricter one of its own. No page may be framed by another site.
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  (app.getHttpAdapter().getInstance() as Express).get('/', (_req: Request, res: Response) => res.redirect(302, LANDING_PAGE));
  const doc = new DocumentBuilder()
    .setTitle('Concordance')
    .setDescription(
      'How far a national cybercrime law is from the Council of Europe Convention on Cybercrime (ETS 185): ' +
        'the Convention model, national statutes parsed into provisions, suggested mappings with evidence, and gaps. ' +
        'Reads are open; every write needs a key of a writing role, sent as `X-API-Key: KEY` or `Authorization: Bearer KEY`. ' +
        'Errors have one shape, `{ statusCode, error, message, details? }`, where `error` is a stable code (table in the README).',
    )
    .setVersion('0.1.0')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'An API key (CONCORDANCE_API_KEYS)' }, 'api-key')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'The same API key as `Authorization: Bearer KEY`' }, 'bearer')
    .build();
  SwaggerModule.setup('docs', app, () => withBothKeySchemes(SwaggerModule.createDocument(app, doc)), { jsonDocumentUrl: 'docs-json' });
  return app;
}

/**
 * Every write route accepts the key either way; the controllers declare `api-key`, and this adds the
 * Bearer form as an alternative so that the document says what the server accepts.
 */
export function withBothKeySchemes(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of WRITE_METHODS) {
      const op = item[method];
      if (op) op.security = [{ 'api-key': [] }, { bearer: [] }];
    }
  }
  return document;
}
