import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class ImportStatuteDto {
  @ApiPropertyOptional({ description: 'Language of the text (ISO 639-1); detected when absent. Matching supports en, fr, es.', example: 'en' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'language must be a two-letter ISO 639-1 code such as en, fr or es' })
  language?: string;

  @ApiPropertyOptional({ description: 'Title to file it under; by default the title printed in the statute.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ enum: ['in-force', 'bill', 'draft', 'repealed'], default: 'in-force' })
  @IsOptional()
  @IsIn(['in-force', 'bill', 'draft', 'repealed'], { message: 'status must be one of in-force, bill, draft, repealed' })
  status?: 'in-force' | 'bill' | 'draft' | 'repealed';

  @ApiPropertyOptional({ description: 'Where the text comes from (URL or citation of the gazette).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  source?: string;

  @ApiPropertyOptional({ description: 'Date of this version of the text (YYYY-MM-DD).', example: '2018-05-16' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'versionDate must be a date such as 2018-05-16' })
  versionDate?: string;
}
