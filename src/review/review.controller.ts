import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ActorName, Roles } from '../auth/roles';
import { DomainError } from '../common/domain-error';
import { ErrorBodyDto } from '../common/error-body.dto';
import { AddMappingDto, DecisionDto } from './dto/review.dto';
import { MAPPING_STATUSES, MappingStatus } from './mapping.model';
import { ReviewService } from './review.service';

@ApiTags('review')
@Controller()
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @Get('jurisdictions/:code/mappings')
  @ApiOperation({ summary: "The review queue: a jurisdiction's mappings, machine and expert, with their review state" })
  @ApiQuery({ name: 'article', required: false })
  @ApiQuery({ name: 'status', required: false, enum: MAPPING_STATUSES })
  @ApiQuery({ name: 'origin', required: false, enum: ['machine', 'expert'] })
  @ApiQuery({ name: 'stale', required: false, type: Boolean })
  @ApiQuery({ name: 'unreviewed', required: false, type: Boolean })
  @ApiQuery({ name: 'minScore', required: false, type: Number })
  @ApiQuery({ name: 'instrument', required: false })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  @ApiQuery({ name: 'offset', required: false, type: Number })
  @ApiOkResponse({ description: '{ items: [mapping], total }' })
  queue(
    @Param('code') code: string,
    @Query('article') article?: string,
    @Query('status') status?: string,
    @Query('origin') origin?: string,
    @Query('stale') stale?: string,
    @Query('unreviewed') unreviewed?: string,
    @Query('minScore') minScore?: string,
    @Query('instrument') instrument?: string,
    @Query('limit') limit?: string,
    @Query('offset') offset?: string,
  ) {
    if (status && !MAPPING_STATUSES.includes(status as MappingStatus)) throw invalid('status', `must be one of ${MAPPING_STATUSES.join(', ')}`);
    if (origin && origin !== 'machine' && origin !== 'expert') throw invalid('origin', 'must be machine or expert');
    return this.review.queue(code, {
      article,
      status: status as MappingStatus | undefined,
      origin: origin as 'machine' | 'expert' | undefined,
      stale: flag('stale', stale),
      unreviewed: flag('unreviewed', unreviewed),
      minScore: num('minScore', minScore, 0, 1),
      instrument,
      limit: num('limit', limit, 1, 5000),
      offset: num('offset', offset, 0, Number.MAX_SAFE_INTEGER),
    });
  }

  @Get('mappings/:id')
  @ApiOperation({ summary: 'One mapping' })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(@Param('id', ParseIntPipe) id: number) {
    return this.review.get(id);
  }

  @Get('mappings/:id/history')
  @ApiOperation({ summary: "A mapping's history: every decision on it, in order, with the state before and after" })
  history(@Param('id', ParseIntPipe) id: number) {
    return this.review.history(id);
  }

  @Post('mappings/:id/decisions')
  @Roles('admin', 'reviewer')
  @ApiSecurity('api-key')
  @ApiOperation({ summary: 'Accept, reject or modify a mapping; the decision wins over the machine and re-assesses the latest analysis' })
  @ApiBody({ type: DecisionDto, examples: { accept: { value: { decision: 'accept', version: 1, rationale: 'States every element of Art. 2.' } } } })
  @ApiCreatedResponse({ description: 'The mapping at its new version' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'VERSION_CONFLICT: the mapping changed since the version read; nothing was changed' })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  decide(@Param('id', ParseIntPipe) id: number, @Body() body: DecisionDto, @ActorName() actor: string) {
    return this.review.decide(id, body, actor);
  }

  @Post('jurisdictions/:code/mappings')
  @Roles('admin', 'reviewer')
  @ApiSecurity('api-key')
  @ApiOperation({ summary: 'Add a mapping the machine missed' })
  @ApiBody({ type: AddMappingDto, examples: { add: { value: { article: '16', statute: 'Computer Crimes Act 2024', citation: '16(3)', relationship: 'equal', rationale: 'Read with s. 16(3)(c), the order keeps data intact.' } } } })
  @ApiCreatedResponse({ description: 'The new mapping (status added, origin expert)' })
  add(@Param('code') code: string, @Body() body: AddMappingDto, @ActorName() actor: string) {
    return this.review.add(code, body, actor);
  }
}

function invalid(field: string, what: string): DomainError {
  return new DomainError('INVALID_INPUT', `${field} ${what}.`, { field });
}

function flag(field: string, v?: string): boolean | undefined {
  if (v === undefined || v === '') return undefined;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw invalid(field, 'must be true or false');
}

function num(field: string, v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw invalid(field, `must be a number from ${min} to ${max}`);
  return n;
}
