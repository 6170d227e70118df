import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AnalysisEntity } from '../matching/entities/analysis.entity';

/**
 * Which analysis is each jurisdiction's latest, without loading any result: the dashboard asks this
 * on every request and loads (through AnalysisService) only analyses it has not seen. A read-only
 * view of the analyses table until AnalysisService offers the same (`latestIds()`).
 */
@Injectable()
export class AnalysisIndex {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async latestIds(): Promise<Map<string, number>> {
    const rows = await this.db
      .getRepository(AnalysisEntity)
      .createQueryBuilder('a')
      .select('a.jurisdictionCode', 'code')
      .addSelect('MAX(a.id)', 'id')
      .groupBy('a.jurisdictionCode')
      .getRawMany<{ code: string; id: string | number }>();
    return new Map(rows.map((r) => [r.code, Number(r.id)]));
  }

  /** Every analysis id with its jurisdiction, oldest first (for the change feed). */
  async all(jurisdiction?: string): Promise<{ id: number; jurisdiction: string }[]> {
    const rows = await this.db.getRepository(AnalysisEntity).find({
      select: { id: true, jurisdictionCode: true },
      where: jurisdiction ? { jurisdictionCode: jurisdiction } : {},
      order: { id: 'ASC' },
    });
    return rows.map((r) => ({ id: r.id, jurisdiction: r.jurisdictionCode }));
  }
}
