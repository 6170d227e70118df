import { Controller, Get, Param, ParseIntPipe, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { InstrumentsService } from '../instruments/instruments.service';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity';
import { AnalysisService, StoredAnalysis } from '../analyses/analyses.service';
import { renderGapReport } from './html/gap-report';

/** The page allows its own inline styles and data: images, nothing else: no scripts, no requests out. */
export const REPORT_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const HTML_PAGE = { description: 'A self-contained, printable HTML page', content: { 'text/html': { schema: { type: 'string' } } } };
const NOT_FOUND = { description: 'No such analysis (JSON error body: `{ statusCode, error: "ANALYSIS_NOT_FOUND", message }`)' };

/** Human-readable reports of stored analyses. */
@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(
    private readonly analyses: AnalysisService,
    private readonly instruments: InstrumentsService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  @Get('analyses/:id/report')
  @ApiProduces('text/html')
  @ApiOperation({
    summary: 'Gap report page for legislators: blocking gaps and their fixes, reservable gaps, advisory findings, article table',
    description: 'Printable (A4) and self-contained: inline CSS, no scripts. Statute text on the page is escaped.',
  })
  @ApiOkResponse(HTML_PAGE)
  @ApiNotFoundResponse(NOT_FOUND)
  async byId(@Param('id', ParseIntPipe) id: number, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    return this.page(await this.analyses.get(id), req, res);
  }

  @Get('jurisdictions/:code/report')
  @ApiProduces('text/html')
  @ApiOperation({ summary: "Gap report page of a jurisdiction's latest analysis", description: 'Same page as GET /analyses/{id}/report.' })
  @ApiOkResponse(HTML_PAGE)
  @ApiNotFoundResponse(NOT_FOUND)
  async latest(@Param('code') code: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    return this.page(await this.analyses.latest(code), req, res);
  }

  /** Headers are set only once the analysis is found, so a 404 keeps the JSON error body and type. */
  private async page(stored: StoredAnalysis, req: Request, res: Response): Promise<string> {
    const instrument = await this.instruments.getInstrument(stored.instrument);
    const jurisdiction = await this.db.getRepository(JurisdictionEntity).findOneBy({ code: stored.jurisdiction });
    const body = renderGapReport({
      analysis: { id: stored.id, jurisdiction: stored.jurisdiction, createdAt: stored.createdAt, jurisdictionName: jurisdiction?.name },
      report: stored.report,
      instrument,
      // printed links need the origin: the configured one, never the request's Host header
      baseUrl: this.config.PUBLIC_URL ?? '',
    });
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', REPORT_PAGE_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    return body;
  }
}
