import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ElementFindingDto {
  @ApiProperty({ example: '2.without-right' }) element: string;
  @ApiProperty() met: boolean;
  @ApiPropertyOptional({ description: 'The quoted span that shows it' }) evidence?: string;
  @ApiPropertyOptional({ description: 'Why it counts, or why not' }) why?: string;
}

export class ProvisionMatchDto {
  @ApiProperty({ example: '3(1)' }) citation: string;
  @ApiProperty() statute: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) score: number;
  @ApiProperty({ enum: ['equal', 'subset', 'superset', 'intersects'] }) relationship: string;
  @ApiProperty({ type: [ElementFindingDto] }) elements: ElementFindingDto[];
}

export class ArticleAssessmentDto {
  @ApiProperty({ example: '2' }) article: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['covered', 'partial', 'missing', 'not-assessed'] }) status: string;
  @ApiProperty({ enum: ['blocking', 'coverable', 'advisory', 'none'] }) severity: string;
  @ApiProperty({ type: [String] }) reasons: string[];
  @ApiProperty({ type: [String], example: ['2.intent'], description: 'Required element ids the provisions relied on do not meet' }) unmet: string[];
  @ApiProperty({ type: [String], example: ['res.11.3'], description: 'Reservations or declarations that can cover the unmet elements (coverable gaps)' }) coveredBy: string[];
  @ApiProperty({ type: [ProvisionMatchDto], description: 'Ranked best first (by score)' }) provisions: ProvisionMatchDto[];
}

export class BeyondConventionDto {
  @ApiProperty() citation: string;
  @ApiProperty() statute: string;
  @ApiProperty() concern: string;
  @ApiProperty() evidence: string;
}

export class AnalysisSummaryDto {
  @ApiProperty() covered: number;
  @ApiProperty() partial: number;
  @ApiProperty() missing: number;
  @ApiProperty() blocking: number;
  @ApiProperty() coverable: number;
  @ApiProperty() advisory: number;
}

export class AnalysedStatuteDto {
  @ApiProperty() title: string;
  @ApiProperty() language: string;
  @ApiProperty({ description: 'Number of provisions' }) provisions: number;
}

export class AnalysisReportDto {
  @ApiProperty({ example: 'ets185' }) instrument: string;
  @ApiProperty({ example: 'XA' }) jurisdiction: string;
  @ApiProperty({ type: [AnalysedStatuteDto] }) statutes: AnalysedStatuteDto[];
  @ApiProperty({ type: [ArticleAssessmentDto] }) articles: ArticleAssessmentDto[];
  @ApiProperty({ type: [BeyondConventionDto] }) beyondConvention: BeyondConventionDto[];
  @ApiProperty({ type: AnalysisSummaryDto }) summary: AnalysisSummaryDto;
}

export class StoredAnalysisDto {
  @ApiProperty() id: number;
  @ApiProperty() jurisdiction: string;
  @ApiProperty() instrument: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: AnalysisReportDto }) report: AnalysisReportDto;
}

export class AnalysisListItemDto {
  @ApiProperty() id: number;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: AnalysisSummaryDto }) summary: AnalysisSummaryDto;
}

export class ProvisionArticleDto {
  @ApiProperty() article: string;
  @ApiProperty() title: string;
  @ApiProperty() score: number;
  @ApiProperty({ enum: ['equal', 'subset', 'superset', 'intersects'] }) relationship: string;
  @ApiProperty({ description: "The provision's rank among the article's suggestions" }) rank: number;
}

export class ProvisionViewDto {
  @ApiProperty() statute: string;
  @ApiProperty() citation: string;
  @ApiProperty({ type: [ProvisionArticleDto] }) articles: ProvisionArticleDto[];
}
