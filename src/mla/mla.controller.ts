import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError } from '../common/domain-error';
import { ErrorBodyDto } from '../common/error-body.dto';
import { InstrumentsService } from '../instruments/instruments.service';
import { REPORT_PAGE_CSP } from '../reports/reports.controller';
import { renderPairReport } from './html/pair-report';
import { MlaService } from './mla.service';

const INSTRUMENT = { name: 'instrument', required: false, description: 'Instrument id (default ets185)' };

/** Mutual legal assistance between two countries, and one form across many. */
@ApiTags('mutual legal assistance')
@Controller('mla')
export class MlaController {
  constructor(
    private readonly mla: MlaService,
    private readonly instruments: InstrumentsService,
  ) {}

  @Get('matrix.json')
  @ApiOperation({ summary: 'One form of co-operation across many jurisdictions: for each ordered pair, whether the requested one can do it for the requesting one, with reasons' })
  @ApiQuery({ name: 'form', required: true, description: 'Form id (e.g. expedited-preservation) or its article (29)' })
  @ApiQuery({ name: 'jurisdictions', required: true, description: 'Comma-separated codes, e.g. XA,KE,PH' })
  @ApiQuery(INSTRUMENT)
  @ApiOkResponse({ description: '`{ instrument, form, article, title, jurisdictions, cells: [{ requesting, requested, outcome, reasons }], notAnalysed }`' })
  matrix(@Query('form') form?: string, @Query('jurisdictions') jurisdictions?: string, @Query('instrument') instrument?: string) {
    if (!form) throw new DomainError('INVALID_INPUT', 'form: name the form of co-operation, e.g. ?form=expedited-preservation or ?form=29.');
    if (!jurisdictions) throw new DomainError('INVALID_INPUT', 'jurisdictions: give the comma-separated codes, e.g. ?jurisdictions=XA,KE,PH.');
    return this.mla.matrix(form, jurisdictions.split(',').map((s) => s.trim()).filter(Boolean), instrument || 'ets185');
  }

  @Get(':requesting/:requested')
  @ApiOperation({
    summary: 'Pair report: for each form of co-operation, whether the requested country can answer the requesting one (works / blocked / uncertain) and why',
    description: 'Reasons are `{ kind, effect, text, citations }`; citations point at provisions, article assessments or treaty records. `reverse` holds the other direction unless `?direction=one`.',
  })
  @ApiQuery(INSTRUMENT)
  @ApiQuery({ name: 'direction', required: false, enum: ['both', 'one'], description: 'both (default): add `reverse`, the requested country asking the requesting one' })
  @ApiOkResponse({ description: '`{ requesting, requested, instrument, analyses, forms: [{ form, article, title, outcome, reasons, offences? }], reverse? }`' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'A country has no analysis (ANALYSIS_NOT_FOUND) or the instrument is unknown' })
  pair(@Param('requesting') requesting: string, @Param('requested') requested: string, @Query('instrument') instrument?: string, @Query('direction') direction?: string) {
    if (direction && direction !== 'both' && direction !== 'one') throw new DomainError('INVALID_INPUT', `direction: 'both' or 'one', not '${direction}'.`);
    return this.mla.pair(requesting, requested, instrument || 'ets185', direction !== 'one');
  }

  @Get(':requesting/:requested/report')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'Pair report as a printable HTML page, both directions', description: 'Self-contained: inline CSS, no scripts. Statute text is escaped.' })
  @ApiQuery(INSTRUMENT)
  @ApiOkResponse({ description: 'A printable HTML page', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async report(
    @Param('requesting') requesting: string,
    @Param('requested') requested: string,
    @Res({ passthrough: true }) res: Response,
    @Query('instrument') instrument?: string,
  ): Promise<string> {
    const result = await this.mla.pair(requesting, requested, instrument || 'ets185', true);
    const model = await this.instruments.getInstrument(result.instrument);
    const { reverse, analyses, ...pair } = result;
    const body = renderPairReport({ pair, reverse: reverse!, analyses, instrumentTitle: model.title, generatedAt: new Date().toISOString() });
    // headers only once the pair is found, so errors keep their JSON body
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', REPORT_PAGE_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    return body;
  }
}
