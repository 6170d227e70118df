import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { Role, ROLES } from '../config/app-config';
import { ApiKeyRegistry } from './api-key.registry';
import { ActorName, Roles } from './roles';

export class CreateKeyDto {
  @IsIn(ROLES)
  role: Role;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;
}

/** Named API keys, for admins: the key is shown once, on creation; only its digest is kept. */
@ApiTags('keys')
@ApiSecurity('api-key')
@Controller('keys')
export class KeysController {
  constructor(private readonly keys: ApiKeyRegistry) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'The named API keys (never the keys themselves)' })
  @ApiOkResponse({ description: '{ items: [{ id, name, role, prefix, createdBy, createdAt, revokedAt }], total }' })
  list() {
    return this.keys.list();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a named key; the response holds the key, shown this once' })
  @ApiBody({ type: CreateKeyDto, examples: { reviewer: { value: { role: 'reviewer', name: 'A. Reviewer' } } } })
  @ApiCreatedResponse({ description: '{ key, summary }' })
  create(@Body() body: CreateKeyDto, @ActorName() actor: string) {
    return this.keys.create(body.role, body.name, actor);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a key: it stops working at once; the record stays for the audit trail' })
  revoke(@Param('id', ParseIntPipe) id: number, @ActorName() actor: string) {
    return this.keys.revoke(id, actor);
  }
}
