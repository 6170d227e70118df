import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JurisdictionSummaryDto } from '../statutes/dto/statute.response';
import { DataSource } from 'typeorm';
import { StatuteEntity } from '../statutes/entities/statute.entity';
import { JurisdictionEntity } from './jurisdiction.entity';

export interface JurisdictionSummary {
  code: string;
  name: string | null;
  statutes: number;
}

@ApiTags('jurisdictions')
@Controller('jurisdictions')
export class JurisdictionsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Jurisdictions with imported law' })
  @ApiOkResponse({ type: [JurisdictionSummaryDto] })
  async list(): Promise<JurisdictionSummary[]> {
    const rows = await this.db.getRepository(JurisdictionEntity).find({ order: { code: 'ASC' } });
    const counts = await this.db
      .getRepository(StatuteEntity)
      .createQueryBuilder('s')
      .select('s.jurisdictionCode', 'code')
      .addSelect('COUNT(*)', 'n')
      .groupBy('s.jurisdictionCode')
      .getRawMany<{ code: string; n: string }>();
    return rows.map((r) => ({ code: r.code, name: r.name, statutes: Number(counts.find((c) => c.code === r.code)?.n ?? 0) }));
  }
}
