import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The one shape of every error the API returns. */
export class ErrorBodyDto {
  @ApiProperty({ example: 404 }) statusCode: number;
  @ApiProperty({ example: 'ARTICLE_NOT_FOUND', description: 'Stable code to branch on' }) error: string;
  @ApiProperty({ example: "Instrument 'ets185' has no Article 99; its articles are numbered 1–48." }) message: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) details?: Record<string, unknown>;
}
