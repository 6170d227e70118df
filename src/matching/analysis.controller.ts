import { Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ErrorBodyDto } from '../common/error-body.dto';
import { AnalysisListItemDto, ArticleAssessmentDto, ProvisionViewDto, StoredAnalysisDto } from './dto/analysis.response';
import { Roles } from '../auth/roles';
import { DomainError } from '../common/domain-error';
import { suggestionsByProvision } from '../reports/analysis-report';
import { AnalysisService } from './analysis.service';

@ApiTags('analyses')
@Controller()
export class AnalysisController {
  constructor(private readonly analyses: AnalysisService) {}

  @Post('jurisdictions/:code/analyses')
  @Roles('admin', 'reviewer')
  @ApiSecurity('api-key')
  @ApiOperation({ summary: "Analyse a jurisdiction's current statutes against the Convention (ets185 unless ?instrument=)" })
  @ApiQuery({ name: 'instrument', required: false })
  @ApiCreatedResponse({ type: StoredAnalysisDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No statutes imported for the jurisdiction' })
  run(@Param('code') code: string, @Query('instrument') instrument?: string) {
    return this.analyses.analyze(code, instrument || 'ets185');
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
  async article(@Param('id', ParseIntPipe) id: number, @Param('number') number: string) {
    const { report } = await this.analyses.get(id);
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
