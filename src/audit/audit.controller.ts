import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DomainError } from '../common/domain-error';
import { AuditRepository } from './audit.repository';

/** Read-only: no route writes, edits or deletes an audit entry. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditRepository) {}

  @Get()
  @ApiOperation({ summary: 'The audit log in order: every decision, import, analysis and key change (who, what, when, before and after)' })
  @ApiQuery({ name: 'jurisdiction', required: false })
  @ApiQuery({ name: 'since', required: false, description: 'ISO date or time' })
  @ApiQuery({ name: 'subject', required: false, description: 'e.g. mapping:12' })
  @ApiOkResponse({ description: '{ items: [{ id, at, actor, action, subject, before, after }], total }' })
  list(@Query('jurisdiction') jurisdiction?: string, @Query('since') since?: string, @Query('subject') subject?: string) {
    if (since && Number.isNaN(Date.parse(since))) throw new DomainError('INVALID_INPUT', `since: '${since}' is not an ISO date or time (e.g. 2026-12-01).`, { field: 'since' });
    return this.audit.list({ jurisdiction: jurisdiction?.toUpperCase(), since: since ? new Date(since).toISOString() : undefined, subject });
  }
}
