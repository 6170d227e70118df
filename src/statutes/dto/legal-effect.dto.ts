import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LEGAL_EFFECT_KINDS, LegalEffectKind } from '../entities/legal-effect.entity';

export class RecordLegalEffectDto {
  @ApiPropertyOptional({ description: 'Provision as printed, e.g. 16 or 16(2); absent for the whole statute', example: '16' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  citation?: string;

  @ApiProperty({ enum: LEGAL_EFFECT_KINDS })
  @IsIn(LEGAL_EFFECT_KINDS, { message: `effect must be one of ${LEGAL_EFFECT_KINDS.join(', ')}` })
  effect: LegalEffectKind;

  @ApiPropertyOptional({ description: 'First day it applies (YYYY-MM-DD); open when absent', example: '2018-05-29' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a date such as 2018-05-29' })
  from?: string;

  @ApiPropertyOptional({ description: 'Day it stops applying (YYYY-MM-DD, exclusive); open when absent', example: '2020-02-20' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be a date such as 2020-02-20' })
  to?: string;

  @ApiProperty({ description: 'Where it is recorded: judgment, gazette notice, commencement order', example: 'High Court petition, conservatory order' })
  @IsString()
  @MinLength(3, { message: 'source must name where the effect is recorded (a judgment, a gazette notice)' })
  @MaxLength(1000)
  source: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}

export class LegalEffectDto {
  @ApiProperty() id: number;
  @ApiProperty() statuteId: number;
  @ApiProperty({ nullable: true, type: String }) citation: string | null;
  @ApiProperty({ enum: LEGAL_EFFECT_KINDS }) effect: string;
  @ApiProperty({ nullable: true, type: String }) from: string | null;
  @ApiProperty({ nullable: true, type: String }) to: string | null;
  @ApiProperty() source: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ description: 'Role of the key that recorded it' }) recordedBy: string;
  @ApiProperty() recordedAt: string;
}

export class UpdateStatuteDto {
  @ApiPropertyOptional({ description: 'Corrected title; the year is read from it' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ enum: ['in-force', 'bill', 'draft', 'repealed'] })
  @IsOptional()
  @IsIn(['in-force', 'bill', 'draft', 'repealed'], { message: 'status must be one of in-force, bill, draft, repealed' })
  status?: 'in-force' | 'bill' | 'draft' | 'repealed';

  @ApiPropertyOptional({ description: 'Where the text or its status comes from' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  source?: string;
}
