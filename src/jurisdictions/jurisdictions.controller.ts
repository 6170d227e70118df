import { Body, Controller, Get, Param, Post, Put, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiSecurity, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { ActorName, Roles } from '../auth/roles';
import { DomainError } from '../common/domain-error';
import { ErrorBodyDto } from '../common/error-body.dto';
import { requireUpload, UploadedBytes, uploadSchema } from '../common/upload';
import { JurisdictionFactsDto, TreatyImportQueryDto, TreatyStatusInputDto } from './dto/treaty-status.dto';
import { JurisdictionsService } from './jurisdictions.service';
import { parseTreatyCsv, TREATY_CSV_COLUMNS, TreatyCsvTable } from './treaty-csv';

/**
 * Jurisdictions and their treaty status. Writes of treaty facts are for a treaty office; until the
 * auth module has that role, they need `admin`.
 */
@ApiTags('jurisdictions')
@Controller()
export class JurisdictionsController {
  constructor(private readonly jurisdictions: JurisdictionsService) {}

  @Get('jurisdictions')
  @ApiOperation({ summary: 'Jurisdictions on record, with ISO names (en, fr, es), region, treaty application and statute count' })
  list() {
    return this.jurisdictions.list();
  }

  @Get('jurisdictions/:code')
  @ApiOperation({ summary: 'One jurisdiction' })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(@Param('code') code: string) {
    return this.jurisdictions.get(code);
  }

  @Put('jurisdictions/:code')
  @Roles('admin', 'treaty-office')
  @ApiSecurity('api-key')
  @ApiOperation({ summary: 'Facts users enter: a name for a user-assigned code, region, monist/dualist treaty application' })
  updateFacts(@Param('code') code: string, @Body() dto: JurisdictionFactsDto) {
    return this.jurisdictions.updateFacts(code, dto);
  }

  @Get('jurisdictions/:code/treaty-status')
  @ApiOperation({ summary: 'Treaty status per instrument: signature, ratification, entry into force, invitation, reservations, designations, sources' })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  treatyStatus(@Param('code') code: string) {
    return this.jurisdictions.treatyStatus(code);
  }

  @Put('jurisdictions/:code/treaty-status/:instrument')
  @Roles('admin', 'treaty-office')
  @ApiSecurity('api-key')
  @ApiOperation({ summary: "Replace one instrument's status for a jurisdiction (with its source and as-of date)" })
  putTreatyStatus(@Param('code') code: string, @Param('instrument') instrument: string, @Body() dto: TreatyStatusInputDto, @ActorName() actor: string) {
    return this.jurisdictions.putTreatyStatus(code, instrument, dto, actor);
  }

  @Get('jurisdictions/:code/treaty-status/:instrument/on-record')
  @ApiOperation({ summary: 'Reservations and declarations in force (what can cover a gap), and designations (which cover none)' })
  async onRecord(@Param('code') code: string, @Param('instrument') instrument: string) {
    const [reservations, designations] = await Promise.all([
      this.jurisdictions.reservationsOnRecord(code, instrument),
      this.jurisdictions.designationsOnRecord(code, instrument),
    ]);
    return { reservations, designations };
  }

  @Post('treaty-status/import')
  @Roles('admin', 'treaty-office')
  @ApiSecurity('api-key')
  @ApiConsumes('multipart/form-data')
  @ApiBody(uploadSchema())
  @ApiOperation({ summary: 'Import a treaty-status CSV (parties, signatories, invited, reservations tables); all rows or none' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'A bad row: the message names the line and column; nothing stored' })
  @UseInterceptors(FileInterceptor('file'))
  importCsv(@UploadedFile() upload: UploadedBytes | undefined, @Query() query: TreatyImportQueryDto, @ActorName() actor: string) {
    const file = requireUpload(upload);
    const parsed = parseTreatyCsv(file.buffer.toString('utf8'), file.originalname, { instrument: query.instrument, asOf: query.asOf });
    return this.jurisdictions.importTreatyTable(parsed, file.originalname, actor);
  }

  @Get('treaty-status/:instrument/:table.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Export one table (parties, signatories, invited, reservations) in the columns it is imported in' })
  async exportCsv(@Param('instrument') instrument: string, @Param('table') table: string, @Res({ passthrough: true }) res: Response) {
    if (!(table in TREATY_CSV_COLUMNS)) throw new DomainError('INVALID_INPUT', `'${table}' is not a table; use one of ${Object.keys(TREATY_CSV_COLUMNS).join(', ')}.`);
    const csv = await this.jurisdictions.exportTreatyTable(instrument, table as TreatyCsvTable);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    return csv;
  }
}
