import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class StatuteSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'KE' }) jurisdiction: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: Number }) year: number | null;
  @ApiProperty({ example: 'en' }) language: string;
  @ApiProperty({ enum: ['in-force', 'bill', 'draft', 'repealed'] }) status: string;
  @ApiProperty({ nullable: true, type: String }) source: string | null;
  @ApiProperty() currentVersion: number;
  @ApiProperty() provisionCount: number;
  @ApiProperty({ description: 'SHA-256 of the imported bytes' }) contentHash: string;
  @ApiProperty({ nullable: true, type: String }) versionDate: string | null;
  @ApiProperty({ enum: ['text', 'html', 'pdf', 'docx', 'akn', 'uslm'] }) format: string;
  @ApiProperty() importedAt: string;
}

export class ProvisionChangesDto {
  @ApiProperty({ type: [String], description: 'Citations new in this version' }) added: string[];
  @ApiProperty({ type: [String] }) removed: string[];
  @ApiProperty({ type: [String], description: 'Citations whose wording changed' }) changed: string[];
}

export class ImportStatuteResultDto {
  @ApiProperty({ type: StatuteSummaryDto }) statute: StatuteSummaryDto;
  @ApiProperty({ enum: ['created', 'new-version', 'unchanged'] }) outcome: string;
  @ApiProperty({ type: ProvisionChangesDto, nullable: true }) changes: ProvisionChangesDto | null;
  @ApiProperty({ type: [String] }) warnings: string[];
}

export class StatuteVersionDto {
  @ApiProperty() version: number;
  @ApiProperty() contentHash: string;
  @ApiProperty() importedAt: string;
  @ApiProperty() fileName: string;
  @ApiProperty() provisionCount: number;
  @ApiProperty({ type: ProvisionChangesDto, nullable: true }) changes: ProvisionChangesDto | null;
}

export class StatuteDetailDto extends StatuteSummaryDto {
  @ApiProperty({ type: [StatuteVersionDto] }) versions: StatuteVersionDto[];
}

export class ProvisionDto {
  @ApiProperty({ example: '4(a)(1)', description: 'Number path as printed, without Section/Article/§' }) citation: string;
  @ApiProperty({ example: '(1)' }) label: string;
  @ApiProperty({ example: 'paragraph' }) kind: string;
  @ApiProperty() depth: number;
  @ApiPropertyOptional() heading?: string;
  @ApiProperty({ description: "The provision's own words, without its children's" }) text: string;
  @ApiProperty({ enum: ['definitions', 'penalty', 'amending', 'repealed', 'normative', 'formal'] }) role: string;
  @ApiProperty({ description: 'Line in the text as read' }) line: number;
  @ApiProperty({ type: () => [ProvisionDto] }) children: ProvisionDto[];
}

export class JurisdictionSummaryDto {
  @ApiProperty({ example: 'KE' }) code: string;
  @ApiProperty({ nullable: true, type: String }) name: string | null;
  @ApiProperty() statutes: number;
}
