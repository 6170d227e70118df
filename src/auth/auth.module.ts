import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyRegistry } from './api-key.registry';
import { KeysController } from './keys.controller';
import { RolesGuard } from './roles';

@Global()
@Module({
  controllers: [KeysController],
  providers: [ApiKeyRegistry, { provide: APP_GUARD, useClass: RolesGuard }],
  exports: [ApiKeyRegistry],
})
export class AuthModule {}
