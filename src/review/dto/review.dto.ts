import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

const RELATIONSHIPS = ['equal', 'subset', 'superset', 'intersects'] as const;

export class ExpertFindingDto {
  @ApiProperty({ example: '16.preservation-order' })
  @IsString()
  element: string;

  @ApiProperty()
  @IsBoolean()
  met: boolean;

  @ApiPropertyOptional({ description: 'The words of the provision that show it' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  evidence?: string;
}

/** What an expert may say of a mapping's elements, and how sure they are. */
class ExpertJudgementDto {
  @ApiPropertyOptional({ type: [ExpertFindingDto], description: 'Per element: met or not, with the words that show it (for an added mapping, elements not listed are met when the relationship is equal or superset)' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ExpertFindingDto)
  elements?: ExpertFindingDto[];

  @ApiPropertyOptional({ minimum: 0, maximum: 1 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  confidence?: number;
}

export class DecisionDto extends ExpertJudgementDto {
  @ApiProperty({ enum: ['accept', 'reject', 'modify'] })
  @IsIn(['accept', 'reject', 'modify'], { message: 'decision must be one of accept, reject, modify' })
  decision: 'accept' | 'reject' | 'modify';

  @ApiProperty({ description: 'The mapping version you read; a newer one answers 409 VERSION_CONFLICT', example: 1 })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({ example: 'Subsection (2) makes the preservation order renewable for up to 90 days.' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  rationale: string;

  @ApiPropertyOptional({ enum: RELATIONSHIPS })
  @IsOptional()
  @IsIn(RELATIONSHIPS, { message: `relationship must be one of ${RELATIONSHIPS.join(', ')}` })
  relationship?: (typeof RELATIONSHIPS)[number];

}

export class AddMappingDto extends ExpertJudgementDto {
  @ApiPropertyOptional({ default: 'ets185' })
  @IsOptional()
  @IsString()
  instrument?: string;

  @ApiProperty({ example: '16' })
  @IsString()
  @MaxLength(16)
  article: string;

  @ApiProperty({ description: 'The statute title, as GET /jurisdictions/{code}/statutes lists it' })
  @IsString()
  @MaxLength(500)
  statute: string;

  @ApiProperty({ example: '16(3)' })
  @IsString()
  @MaxLength(200)
  citation: string;

  @ApiProperty({ enum: RELATIONSHIPS })
  @IsIn(RELATIONSHIPS, { message: `relationship must be one of ${RELATIONSHIPS.join(', ')}` })
  relationship: (typeof RELATIONSHIPS)[number];

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  rationale: string;

}

export class BulkAcceptDto {
  @ApiProperty({ example: 0.8, minimum: 0, maximum: 1 })
  @IsNumber()
  @Min(0)
  @Max(1)
  minScore: number;

  @ApiProperty({ description: 'Preview the statuses it would produce without changing anything' })
  @IsBoolean()
  dryRun: boolean;

  @ApiPropertyOptional({ default: 'ets185' })
  @IsOptional()
  @IsString()
  instrument?: string;
}
