import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { Request, Response } from 'express';
import { REPORT_PAGE_CSP } from '../reports/reports.controller';
import { renderAtom } from './change-feed';
import { DashboardService } from './dashboard.service';
import { DashboardQuery, SORT_KEYS, SortKey, STAGES, TreatyStage } from './dashboard.view';
import { renderDashboard, renderMatrix } from './pages';

export class DashboardQueryDto {
  @ApiPropertyOptional({ default: 'ets185', description: 'Instrument whose treaty status is shown' }) @IsOptional() @IsString() @MaxLength(32) instrument?: string;
  @ApiPropertyOptional({ enum: SORT_KEYS, default: 'code' }) @IsOptional() @IsIn([...SORT_KEYS]) sort?: SortKey;
  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' }) @IsOptional() @IsIn(['asc', 'desc']) order?: 'asc' | 'desc';
  @ApiPropertyOptional({ example: 'Europe' }) @IsOptional() @IsString() @MaxLength(100) region?: string;
  @ApiPropertyOptional({ enum: STAGES }) @IsOptional() @IsIn([...STAGES, '']) stage?: TreatyStage | '';
  @ApiPropertyOptional({ description: 'Part of a name (en, fr, es) or a code' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: ['yes', 'no'] }) @IsOptional() @IsIn(['yes', 'no', '']) analysed?: 'yes' | 'no' | '';
}

export class MatrixQueryDto {
  @ApiPropertyOptional({ default: 'ets185' }) @IsOptional() @IsString() @MaxLength(32) instrument?: string;
  @ApiPropertyOptional({ description: 'Only these jurisdictions, comma-separated', example: 'XA,KE' })
  @IsOptional()
  @Matches(/^\s*[A-Za-z]{2}(\s*,\s*[A-Za-z]{2})*\s*$/, { message: 'jurisdictions must be two-letter codes separated by commas' })
  jurisdictions?: string;
  @ApiPropertyOptional({ example: 'Africa' }) @IsOptional() @IsString() @MaxLength(100) region?: string;
}

function matrixFilter(dto: MatrixQueryDto): { codes?: string[]; region?: string } {
  return { ...(dto.jurisdictions ? { codes: dto.jurisdictions.split(',').map((c) => c.trim().toUpperCase()) } : {}), ...(dto.region ? { region: dto.region } : {}) };
}

export class ChangesQueryDto {
  @ApiPropertyOptional({ example: 'XA' }) @IsOptional() @Matches(/^[A-Za-z]{2}$/, { message: 'jurisdiction must be a two-letter code' }) jurisdiction?: string;
  @ApiPropertyOptional({ default: 100, maximum: 1000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

const HTML_PAGE = { description: 'A self-contained, printable HTML page without scripts', content: { 'text/html': { schema: { type: 'string' } } } };

function toQuery(dto: DashboardQueryDto): DashboardQuery {
  return {
    instrument: dto.instrument || 'ets185',
    sort: dto.sort ?? 'code',
    order: dto.order ?? 'asc',
    ...(dto.region ? { region: dto.region } : {}),
    ...(dto.stage ? { stage: dto.stage } : {}),
    ...(dto.q ? { q: dto.q } : {}),
    ...(dto.analysed ? { analysed: dto.analysed } : {}),
  };
}

/** The report pages' policy, but its filter and sort forms submit to the page itself. */
export const DASHBOARD_CSP = REPORT_PAGE_CSP.replace("form-action 'none'", "form-action 'self'");

function asPage(res: Response, body: string): string {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', DASHBOARD_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  return body;
}

/** The many-country view for treaty offices. */
@ApiTags('dashboard')
@Controller()
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('dashboard')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'Every jurisdiction: name, treaty status, invitation expiry, readiness, blocking gaps, last analysis, review share (sort=, order=, region=, stage=, q=, analysed=)' })
  @ApiOkResponse(HTML_PAGE)
  async page(@Query() dto: DashboardQueryDto, @Res({ passthrough: true }) res: Response) {
    return asPage(res, renderDashboard(await this.dashboard.dashboard(toQuery(dto))));
  }

  @Get('dashboard.json')
  @ApiOperation({ summary: 'The dashboard as JSON: { items, total, asOf, query, regions }' })
  json(@Query() dto: DashboardQueryDto) {
    return this.dashboard.dashboard(toQuery(dto));
  }

  @Get('matrix')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'Article × jurisdiction matrix of statuses (text and symbol), each cell linking to the evidence' })
  @ApiOkResponse(HTML_PAGE)
  async matrixPage(@Query() dto: MatrixQueryDto, @Res({ passthrough: true }) res: Response) {
    return asPage(res, renderMatrix(await this.dashboard.matrix(dto.instrument || 'ets185', matrixFilter(dto))));
  }

  @Get('matrix.json')
  @ApiOperation({ summary: 'The matrix as JSON: { instrument, jurisdictions, articles: [{ number, title, cells }] }' })
  matrix(@Query() dto: MatrixQueryDto) {
    return this.dashboard.matrix(dto.instrument || 'ets185', matrixFilter(dto));
  }

  @Get('changes.atom')
  @ApiProduces('application/atom+xml')
  @ApiOperation({ summary: 'Atom feed of changes: article statuses changing between analyses, signatures, ratifications, reservations and declarations on record' })
  async changes(@Query() dto: ChangesQueryDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const entries = await this.dashboard.changes({ jurisdiction: dto.jurisdiction, limit: dto.limit ?? 100 });
    res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
    return renderAtom(entries, { baseUrl: `${req.protocol}://${req.get('host') ?? 'localhost'}`, selfPath: req.originalUrl, title: 'Concordance: treaty status and analysis changes' });
  }

  @Get('jurisdictions/:code/readiness')
  @ApiOperation({ summary: 'Readiness of every analysis of a jurisdiction, newest first: the counts behind it and what they list' })
  history(@Param('code') code: string) {
    return this.dashboard.readinessHistory(code);
  }
}
