import { ExecutionContext, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../config/app-config';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Rate limits on writes (imports, analyses, decisions), per client address: generous by default so a
 * person never meets them, tight enough that a script cannot flood the service. Reads are not limited.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'default', ttl: config.WRITE_RATE_WINDOW_SECONDS * 1000, limit: Math.max(config.WRITE_RATE_LIMIT, 1) }],
        skipIf: (context: ExecutionContext) =>
          config.WRITE_RATE_LIMIT === 0 || context.getType() !== 'http' || READS.has(context.switchToHttp().getRequest<{ method: string }>().method),
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class RateLimitModule {}
