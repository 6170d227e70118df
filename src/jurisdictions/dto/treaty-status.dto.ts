import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MSG = (f: string) => ({ message: `${f} must be a date YYYY-MM-DD` });

export class InvitationInputDto {
  @ApiPropertyOptional({ example: '2024-10-09', nullable: true }) @IsOptional() @Matches(DATE, DATE_MSG('invitation.date')) date?: string | null;
  @ApiPropertyOptional({ example: 'invited (not a Party at source date)' }) @IsOptional() @IsString() @MaxLength(200) status?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) source?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) notes?: string | null;
  @ApiPropertyOptional() @IsOptional() @Matches(DATE, DATE_MSG('invitation.asOf')) asOf?: string | null;
}

export class ReservationInputDto {
  @ApiProperty({ example: '11' }) @IsString() @Matches(/^\d+[A-Za-z]?$/, { message: 'article must be an article number such as 11' }) article: string;
  @ApiPropertyOptional({ example: '3' }) @IsOptional() @IsString() @MaxLength(40) paragraph?: string | null;
  @ApiProperty({ enum: ['reservation', 'declaration'] }) @IsIn(['reservation', 'declaration']) kind: 'reservation' | 'declaration';
  @ApiProperty() @IsString() @MaxLength(2000) summary: string;
  @ApiPropertyOptional() @IsOptional() @Matches(DATE, DATE_MSG('reservations[].date')) date?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() withdrawn?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) source?: string | null;
  @ApiPropertyOptional() @IsOptional() @Matches(DATE, DATE_MSG('reservations[].asOf')) asOf?: string | null;
}

export class DesignationInputDto {
  @ApiProperty({ example: '35' }) @IsString() @Matches(/^\d+[A-Za-z]?$/, { message: 'article must be an article number such as 35' }) article: string;
  @ApiPropertyOptional({ example: '7' }) @IsOptional() @IsString() @MaxLength(40) paragraph?: string | null;
  @ApiProperty({ description: 'The authority or contact designated' }) @IsString() @MaxLength(2000) authority: string;
  @ApiPropertyOptional() @IsOptional() @Matches(DATE, DATE_MSG('designations[].date')) date?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() withdrawn?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) source?: string | null;
  @ApiPropertyOptional() @IsOptional() @Matches(DATE, DATE_MSG('designations[].asOf')) asOf?: string | null;
}

/** One instrument's status for a jurisdiction, replaced as a whole. Omitted dates are unknown. */
export class TreatyStatusInputDto {
  @ApiPropertyOptional({ enum: ['yes', 'no'] }) @IsOptional() @IsIn(['yes', 'no']) coeMember?: string | null;
  @ApiPropertyOptional() @IsOptional() @Matches(DATE, DATE_MSG('signature')) signature?: string | null;
  @ApiPropertyOptional({ description: 'Ratification, acceptance, approval or accession' }) @IsOptional() @Matches(DATE, DATE_MSG('ratification')) ratification?: string | null;
  @ApiPropertyOptional() @IsOptional() @Matches(DATE, DATE_MSG('entryIntoForce')) entryIntoForce?: string | null;
  @ApiPropertyOptional({ type: InvitationInputDto }) @IsOptional() @ValidateNested() @Type(() => InvitationInputDto) invitation?: InvitationInputDto | null;
  @ApiPropertyOptional({ type: [ReservationInputDto] }) @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => ReservationInputDto) reservations?: ReservationInputDto[];
  @ApiPropertyOptional({ type: [DesignationInputDto] }) @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => DesignationInputDto) designations?: DesignationInputDto[];
  @ApiProperty({ description: 'Where these facts come from' }) @IsString() @MaxLength(2000) source: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) notes?: string | null;
  @ApiProperty({ description: 'The date the facts were confirmed', example: '2026-02-01' }) @Matches(DATE, DATE_MSG('asOf')) asOf: string;
}

export class JurisdictionFactsDto {
  @ApiPropertyOptional({ description: "A name for a code ISO does not name (e.g. XA); overrides the ISO name otherwise" }) @IsOptional() @IsString() @MaxLength(200) name?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) region?: string | null;
  @ApiPropertyOptional({ enum: ['monist', 'dualist', 'unknown'] }) @IsOptional() @IsIn(['monist', 'dualist', 'unknown']) treatyApplication?: 'monist' | 'dualist' | 'unknown';
}

export class TreatyImportQueryDto {
  @ApiPropertyOptional({ description: 'Instrument, when the file name does not start with it' }) @IsOptional() @IsString() instrument?: string;
  @ApiPropertyOptional({ description: 'Date the facts were confirmed, for rows without an as_of column (default today)' }) @IsOptional() @Matches(DATE, DATE_MSG('asOf')) asOf?: string;
}
