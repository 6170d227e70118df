import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI descriptions of the instrument model as served (the domain types live in instrument.model.ts). */
export class GroupingDto {
  @ApiProperty({ example: 'II' }) number: string;
  @ApiProperty({ example: 'Measures to be taken at the national level' }) title: string;
}

export class CuePhrasesDto {
  @ApiProperty({ type: [String] }) en: string[];
  @ApiProperty({ type: [String] }) fr: string[];
  @ApiProperty({ type: [String] }) es: string[];
}

export class ElementDto {
  @ApiProperty({ example: '2.without-right' }) id: string;
  @ApiProperty({ enum: ['required', 'optional', 'reservable'] }) kind: string;
  @ApiPropertyOptional({ example: '1' }) paragraph?: string;
  @ApiProperty({ description: 'What the element asks for, in our words' }) label: string;
  @ApiProperty({ type: CuePhrasesDto, description: 'How statutes typically say it' }) cues: CuePhrasesDto;
}

export class AllowanceDto {
  @ApiProperty({ example: 'reservation-11-3' }) id: string;
  @ApiProperty({ example: '11(3)' }) basis: string;
  @ApiProperty() summary: string;
  @ApiPropertyOptional({ enum: ['qualifier', 'designation'], description: 'Declarations only' }) type?: string;
  @ApiProperty({ type: [String], description: 'Element ids it can cover when missing' }) covers: string[];
}

export class ArticleParagraphDto {
  @ApiProperty({ example: '1' }) number: string;
  @ApiProperty({ description: 'What the paragraph obliges, in our words' }) obligation: string;
  @ApiPropertyOptional({ description: 'The official wording, once imported' }) officialText?: string;
}

export class ArticleDto {
  @ApiProperty({ example: '2' }) number: string;
  @ApiProperty({ example: 'Illegal access' }) title: string;
  @ApiProperty({ type: GroupingDto }) chapter: GroupingDto;
  @ApiPropertyOptional({ type: GroupingDto }) section?: GroupingDto;
  @ApiPropertyOptional({ type: GroupingDto }) titleGroup?: GroupingDto;
  @ApiProperty({ enum: ['definitions', 'criminalisation', 'procedural', 'jurisdiction', 'co-operation', 'final'] }) kind: string;
  @ApiProperty({ type: [ArticleParagraphDto] }) paragraphs: ArticleParagraphDto[];
  @ApiProperty({ type: [ElementDto] }) elements: ElementDto[];
  @ApiProperty({ type: [AllowanceDto] }) reservations: AllowanceDto[];
  @ApiProperty({ type: [AllowanceDto] }) declarations: AllowanceDto[];
}

export class InstrumentSummaryDto {
  @ApiProperty({ example: 'ets185' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() shortTitle: string;
  @ApiProperty({ example: 'ETS 185' }) treatySeries: string;
  @ApiProperty({ example: '2001-11-23' }) openedForSignature: string;
  @ApiProperty({ example: 48 }) articleCount: number;
  @ApiProperty() officialTextImported: boolean;
}

export class UnplacedLineDto {
  @ApiProperty() line: number;
  @ApiProperty() text: string;
  @ApiProperty() reason: string;
}

export class OfficialTextImportReportDto {
  @ApiProperty({ example: 'ets185' }) instrument: string;
  @ApiProperty() source: string;
  @ApiProperty({ example: 48 }) articlesFound: number;
  @ApiProperty() paragraphsAttached: number;
  @ApiProperty({ type: [String] }) paragraphsWithoutText: string[];
  @ApiProperty({ type: [UnplacedLineDto] }) unplaced: UnplacedLineDto[];
}
