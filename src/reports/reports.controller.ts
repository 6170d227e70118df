import { Controller, Get, Param, ParseIntPipe, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { StoredAnalysis } from '../analyses/analyses.service';
import { renderComparePage } from './compare/compare-page';
import { printToPdf } from './exports/chromium-pdf';
import { correspondenceRows, toCsv } from './exports/correspondence';
import { toDocx, toXlsx } from './exports/office';
import { toOscalMappingCollection } from './exports/oscal';
import { renderGapReport } from './html/gap-report';
import { ReportsService } from './reports.service';

/** The page allows its own inline styles and data: images, nothing else: no scripts, no requests out. */
export const REPORT_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const HTML_PAGE = { description: 'A self-contained, printable HTML page', content: { 'text/html': { schema: { type: 'string' } } } };
const NOT_FOUND = { description: 'No such analysis (JSON error body: `{ statusCode, error: "ANALYSIS_NOT_FOUND", message }`)' };
const LANG = { name: 'lang', required: false, enum: ['en', 'fr', 'es'], description: "Page language; by default the statutes' language" };

/** Human-readable reports and exports of stored analyses. */
@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly config: AppConfig,
  ) {}

  /** Printed links need the origin: the configured one, never the request's Host header (relative links without it). */
  private origin(): string {
    return this.config.PUBLIC_URL ?? '';
  }

  @Get('analyses/:id/report')
  @ApiProduces('text/html')
  @ApiOperation({
    summary: 'Gap report page for legislators: blocking gaps and their fixes, reservable gaps, advisory findings, article and provision side by side',
    description: 'Printable (A4) and self-contained: inline CSS, no scripts. Statute text on the page is escaped.',
  })
  @ApiQuery(LANG)
  @ApiOkResponse(HTML_PAGE)
  @ApiNotFoundResponse(NOT_FOUND)
  async byId(@Param('id', ParseIntPipe) id: number, @Req() req: Request, @Res({ passthrough: true }) res: Response, @Query('lang') lang?: string): Promise<string> {
    return this.page(await this.reports.get(id), req, res, lang);
  }

  @Get('jurisdictions/:code/report')
  @ApiProduces('text/html')
  @ApiOperation({
    summary: "Gap report page of a jurisdiction's latest analysis, or of its law as it stood on a day (?asAt=YYYY-MM-DD)",
    description: 'Same page as GET /analyses/{id}/report. With asAt, the law in force that day (versions and legal effects) is analysed on the spot.',
  })
  @ApiQuery(LANG)
  @ApiQuery({ name: 'asAt', required: false, description: 'YYYY-MM-DD' })
  @ApiOkResponse(HTML_PAGE)
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiBadRequestResponse({ description: 'Bad lang or asAt' })
  async latest(
    @Param('code') code: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Query('lang') lang?: string,
    @Query('asAt') asAt?: string,
  ): Promise<string> {
    const stored = asAt ? await this.reports.asAt(code, asAt) : await this.reports.latest(code);
    return this.page(stored, req, res, lang);
  }

  @Get('jurisdictions/:code/report.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The gap report of the latest analysis as PDF (A4), printed by headless chromium', description: 'Every article of the side-by-side view is open.' })
  @ApiQuery(LANG)
  @ApiOkResponse({ description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiServiceUnavailableResponse({ description: 'chromium is not installed (PDF_UNAVAILABLE)' })
  async pdf(@Param('code') code: string, @Req() req: Request, @Query('lang') lang?: string): Promise<StreamableFile> {
    const stored = await this.reports.latest(code);
    const page = renderGapReport(await this.reports.gapReportInput(stored, { lang, baseUrl: this.origin(), openAll: true }));
    const pdf = await printToPdf(page);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${stored.jurisdiction}-gap-report-${stored.id}.pdf"` });
  }

  @Get('jurisdictions/:code/correspondence.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Correspondence table of the latest analysis: one row per article × element × provision (status, evidence, justification, origin, reviewer, confidence)' })
  @ApiOkResponse({ description: 'CSV (UTF-8 with BOM)', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse(NOT_FOUND)
  async csv(@Param('code') code: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { stored, rows } = await this.rows(code);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${stored.jurisdiction}-correspondence-${stored.id}.csv"`);
    return toCsv(rows);
  }

  @Get('jurisdictions/:code/correspondence.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'The correspondence table as an Excel workbook' })
  @ApiOkResponse({ description: 'XLSX' })
  @ApiNotFoundResponse(NOT_FOUND)
  async xlsx(@Param('code') code: string): Promise<StreamableFile> {
    const { stored, rows } = await this.rows(code);
    const body = await toXlsx(rows, `${stored.jurisdiction} correspondence table, analysis ${stored.id}`);
    return new StreamableFile(body, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="${stored.jurisdiction}-correspondence-${stored.id}.xlsx"`,
    });
  }

  @Get('jurisdictions/:code/correspondence.docx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOperation({ summary: 'The correspondence table as a Word document' })
  @ApiOkResponse({ description: 'DOCX' })
  @ApiNotFoundResponse(NOT_FOUND)
  async docx(@Param('code') code: string): Promise<StreamableFile> {
    const { stored, rows } = await this.rows(code);
    const body = await toDocx(rows, `${stored.jurisdiction} correspondence table, analysis ${stored.id}`);
    return new StreamableFile(body, {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      disposition: `attachment; filename="${stored.jurisdiction}-correspondence-${stored.id}.docx"`,
    });
  }

  @Get('jurisdictions/:code/mapping.oscal.json')
  @ApiOperation({ summary: 'The effective mappings of the latest analysis as an OSCAL 1.2 mapping collection (relationship and provenance per provision-article pair)' })
  @ApiOkResponse({ description: 'OSCAL mapping-collection JSON' })
  @ApiNotFoundResponse(NOT_FOUND)
  async oscal(@Param('code') code: string, @Req() req: Request) {
    const stored = await this.reports.latest(code);
    const instrument = await this.reports.instrument(stored.instrument);
    return toOscalMappingCollection(stored.report, instrument, stored, this.origin());
  }

  @Get('jurisdictions/:code/compare')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'What a bill would change: the law in force with the bill beside the law in force alone, per article (closes, narrows, opens, widens, no change)' })
  @ApiQuery({ name: 'bill', required: true, description: 'Statute id of the bill (any status)' })
  @ApiQuery(LANG)
  @ApiOkResponse(HTML_PAGE)
  @ApiBadRequestResponse({ description: 'No or bad bill id' })
  async compare(@Param('code') code: string, @Res({ passthrough: true }) res: Response, @Query('bill') bill?: string, @Query('lang') lang?: string): Promise<string> {
    if (!bill || !/^\d+$/.test(bill)) throw new DomainError('INVALID_INPUT', `bill must be the id of a statute (see GET /jurisdictions/${code}/statutes), not '${bill ?? ''}'.`);
    const page = renderComparePage(await this.reports.compare(code, Number(bill), lang));
    pageHeaders(res);
    return page;
  }

  private async rows(code: string) {
    const stored = await this.reports.latest(code);
    const instrument = await this.reports.instrument(stored.instrument);
    return { stored, rows: correspondenceRows(stored.report, instrument, await this.reports.reviewers(stored.jurisdiction, stored.instrument)) };
  }

  /** Headers are set only once the analysis is found, so a 404 keeps the JSON error body and type. */
  private async page(stored: StoredAnalysis, req: Request, res: Response, lang?: string): Promise<string> {
    // printed links need the origin; the renderer prints it only if it looks like one
    const body = renderGapReport(await this.reports.gapReportInput(stored, { lang, baseUrl: this.origin() }));
    pageHeaders(res);
    return body;
  }
}

function pageHeaders(res: Response) {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', REPORT_PAGE_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}
