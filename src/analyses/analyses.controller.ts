import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ErrorBodyDto } from '../common/error-body.dto';
import { AnalysisListItemDto, ArticleAssessmentDto, ProvisionViewDto, StoredAnalysisDto } from './dto/analysis.response';
import { ActorName, Roles } from '../auth/roles';
import { BulkAcceptDto } from '../review/dto/review.dto';
import { ReviewService } from '../review/review.service';
import { DomainError } from '../common/domain-error';
import { suggestionsByProvision } from './analysis-report';
import { AnalysisService } from './analyses.service';

@ApiTags('analyses')
@Controller()
export class AnalysisController {
  constructor(
    private readonly analyses: AnalysisService,
    private readonly review: ReviewService,
  ) {}

  @Post('jurisdictions/:code/analyses')
  @Roles('admin', 'reviewer')
  @ApiSecurity('api-key')
  @ApiOperation({ summary: "Analyse a jurisdiction's current statutes against the Convention (ets185 unless ?instrument=)" })
  @ApiQuery({ name: 'instrument', required: false })
  @ApiCreatedResponse({ type: StoredAnalysisDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No statutes imported for the jurisdiction' })
  run(@Param('code') code: string, @ActorName() actor: string, @Query('instrument') instrument?: string) {
    return this.analyses.analyze(code, instrument || 'ets185', actor);
  }

  @Post('jurisdictions/:code/mappings/bulk-accept')
  @Roles('admin', 'reviewer')
  @HttpCode(200)
  @ApiSecurity('api-key')
  @ApiOperation({ summary: 'Accept every undecided suggestion at or above a score; with dryRun, the article statuses it would produce, changing nothing' })
  @ApiBody({ type: BulkAcceptDto, examples: { preview: { value: { minScore: 0.8, dryRun: true } } } })
  @ApiOkResponse({ description: '{ dryRun, accepted: [mapping ids], articles: [{ article, status, severity, basis }], summary }' })
  async bulkAccept(@Param('code') code: string, @Body() body: BulkAcceptDto, @ActorName() actor: string) {
    const instrument = body.instrument ?? 'ets185';
    let accepted: number[];
    let report;
    if (body.dryRun) {
      const chosen = new Set((await this.review.bulkCandidates(code, instrument, body.minScore)).map((m) => m.id));
      accepted = [...chosen];
      report = await this.analyses.project(code, instrument, (all) => all.map((m) => (chosen.has(m.id) ? { ...m, status: 'accepted' as const } : m)));
    } else {
      accepted = (await this.review.bulkAccept(code, instrument, body.minScore, actor)).map((m) => m.id);
      report = (await this.analyses.latest(code, instrument)).report;
    }
    return {
      dryRun: body.dryRun,
      accepted,
      articles: report.articles.map((a) => ({ article: a.article, status: a.status, severity: a.severity, basis: a.basis })),
      summary: report.summary,
    };
  }

  @Get('jurisdictions/:code/analyses')
  @ApiOperation({ summary: 'Analyses run for a jurisdiction, newest first, with their status counts' })
  @ApiOkResponse({ type: [AnalysisListItemDto] })
  list(@Param('code') code: string) {
    return this.analyses.list(code);
  }

  @Get('jurisdictions/:code/analyses/latest')
  @ApiOperation({ summary: 'The newest analysis of a jurisdiction' })
  @ApiOkResponse({ type: StoredAnalysisDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  latest(@Param('code') code: string) {
    return this.analyses.latest(code);
  }

  @Get('analyses/:id')
  @ApiOperation({ summary: 'An analysis: per article status, severity, reasons and ranked provisions with element evidence' })
  @ApiOkResponse({ type: StoredAnalysisDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(@Param('id', ParseIntPipe) id: number) {
    return this.analyses.get(id);
  }

  @Get('analyses/:id/articles/:number')
  @ApiOperation({ summary: 'One article of an analysis, with every suggested provision and its evidence' })
  @ApiOkResponse({ type: ArticleAssessmentDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiQuery({ name: 'explain', required: false, type: Boolean, description: "the matcher's reasons: why each candidate ranked where it did, why others were not listed (reason codes)" })
  async article(@Param('id', ParseIntPipe) id: number, @Param('number') number: string, @Query('explain') explain?: string) {
    const { report } = explain === 'true' || explain === '1' ? await this.analyses.explained(id) : await this.analyses.get(id);
    const found = report.articles.find((a) => a.article === number);
    if (!found) throw new DomainError('ARTICLE_NOT_FOUND', `Analysis ${id} has no Article ${number}.`);
    return found;
  }

  @Get('analyses/:id/provisions')
  @ApiOperation({ summary: 'Suggested mappings per provision: for each provision, the articles it may implement' })
  @ApiOkResponse({ type: [ProvisionViewDto] })
  async provisions(@Param('id', ParseIntPipe) id: number) {
    return suggestionsByProvision((await this.analyses.get(id)).report);
  }
}
