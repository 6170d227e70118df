import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiQuery,
  ApiSecurity,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBodyDto } from '../common/error-body.dto';
import { ImportStatuteResultDto, ProvisionDto, StatuteDetailDto, StatuteSummaryDto } from './dto/statute.response';
import { ActorName, Roles } from '../auth/roles';
import { DomainError } from '../common/domain-error';
import { requireUpload, UploadedBytes, uploadSchema } from '../common/upload';
import { ImportStatuteDto } from './dto/import-statute.dto';
import { LegalEffectDto, RecordLegalEffectDto, UpdateStatuteDto } from './dto/legal-effect.dto';
import { Provision } from './provision.model';
import { ImportStatuteResult, LegalEffectView, StatutesService, StatuteSummary } from './statutes.service';

@ApiTags('statutes')
@Controller()
export class StatutesController {
  constructor(private readonly statutes: StatutesService) {}

  @Post('jurisdictions/:code/statutes')
  @Roles('admin', 'reviewer')
  @ApiSecurity('api-key')
  @ApiConsumes('multipart/form-data')
  @ApiBody(
    uploadSchema({
      language: { type: 'string', description: 'en, fr, es, … (detected when absent)' },
      title: { type: 'string' },
      status: { type: 'string', enum: ['in-force', 'bill', 'draft', 'repealed'] },
      source: { type: 'string' },
      versionDate: { type: 'string', description: 'YYYY-MM-DD' },
    }),
  )
  @ApiOperation({
    summary: 'Import a statute (text, HTML, PDF, DOCX, Akoma Ntoso or USLM XML) for a jurisdiction',
    description: 'One transaction: a failure stores nothing. Re-importing a changed text adds a version and lists the provisions that changed.',
  })
  @ApiCreatedResponse({ type: ImportStatuteResultDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Empty file, no file, bad form field or jurisdiction code' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'Unreadable file, no provisions, no text layer, metadata only, unsafe XML' })
  @ApiPayloadTooLargeResponse({ type: ErrorBodyDto })
  @UseInterceptors(FileInterceptor('file'))
  import(@Param('code') code: string, @UploadedFile() upload: UploadedBytes | undefined, @Body() dto: ImportStatuteDto, @ActorName() actor: string): Promise<ImportStatuteResult> {
    const file = requireUpload(upload);
    return this.statutes.importStatute({ jurisdiction: code, fileName: file.originalname, bytes: file.buffer, ...dto, actor });
  }

  @Get('jurisdictions/:code/statutes')
  @ApiOperation({ summary: "A jurisdiction's statutes (its law is their union)" })
  @ApiOkResponse({ type: [StatuteSummaryDto] })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  list(@Param('code') code: string): Promise<StatuteSummary[]> {
    return this.statutes.listStatutes(code);
  }

  @Get('statutes/:id')
  @ApiOperation({ summary: 'A statute with its version history' })
  @ApiOkResponse({ type: StatuteDetailDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(@Param('id', ParseIntPipe) id: number) {
    return this.statutes.getStatute(id);
  }

  @Get('statutes/:id/provisions')
  @ApiOperation({ summary: 'The provision tree of the current version (or ?version=N)' })
  @ApiOkResponse({ type: [ProvisionDto] })
  @ApiQuery({ name: 'version', required: false, type: Number })
  tree(@Param('id', ParseIntPipe) id: number, @Query('version') version?: string): Promise<Provision[]> {
    return this.statutes.getTree(id, parseVersion(version));
  }

  @Get('statutes/:id/provisions/:citation')
  @ApiOperation({ summary: 'One provision by citation as printed, e.g. 4(a)(1) or 323-1 (URL-encoded)' })
  @ApiOkResponse({ type: ProvisionDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiQuery({ name: 'version', required: false, type: Number })
  provision(@Param('id', ParseIntPipe) id: number, @Param('citation') citation: string, @Query('version') version?: string): Promise<Provision> {
    return this.statutes.getProvision(id, citation, parseVersion(version));
  }

  @Patch('statutes/:id')
  @Roles('admin', 'reviewer')
  @ApiSecurity('api-key')
  @ApiOperation({ summary: "Correct a statute's title (its year is read from it), status (in-force, bill, draft, repealed) or source" })
  @ApiOkResponse({ type: StatuteSummaryDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  update(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdateStatuteDto, @ActorName() actor: string): Promise<StatuteSummary> {
    return this.statutes.updateStatute(id, dto, actor);
  }

  @Post('statutes/:id/legal-effects')
  @Roles('admin', 'reviewer')
  @ApiSecurity('api-key')
  @ApiOperation({
    summary: 'Record that a provision (or the whole statute) is not in effect: not commenced, suspended by a court, repealed, struck down',
    description: 'With the period (from inclusive, to exclusive) and the source. Analyses leave it out of the law for the days it applies.',
  })
  @ApiCreatedResponse({ type: LegalEffectDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No such statute, or no such provision in it' })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  recordEffect(@Param('id', ParseIntPipe) id: number, @Body() dto: RecordLegalEffectDto, @ActorName() actor: string): Promise<LegalEffectView> {
    return this.statutes.recordLegalEffect(id, dto, actor);
  }

  @Get('statutes/:id/legal-effects')
  @ApiOperation({ summary: 'Legal effects recorded for a statute and its provisions' })
  @ApiOkResponse({ type: [LegalEffectDto] })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  effects(@Param('id', ParseIntPipe) id: number): Promise<LegalEffectView[]> {
    return this.statutes.listLegalEffects(id);
  }
}

function parseVersion(v: string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  if (!/^\d+$/.test(v)) throw new DomainError('INVALID_INPUT', `version must be a whole number, not '${v}'.`);
  return Number(v);
}
