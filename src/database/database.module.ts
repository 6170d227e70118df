import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/**
 * Runs the pending migrations; when two processes start on one database at once, the slower one's
 * attempt fails on the tables the faster one just created, and reading the migrations table again
 * shows there is nothing left to do.
 */
export async function runMigrations(db: DataSource, attempts = 4): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await db.runMigrations({ transaction: 'all' });
      return;
    } catch (e) {
      if (i >= attempts) throw e;
      await new Promise((r) => setTimeout(r, 100 * i + Math.random() * 100));
    }
  }
}

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config.DATABASE_URL, config.SQLITE_BUSY_TIMEOUT_MS), migrationsRun: false }),
      dataSourceFactory: async (options) => {
        const db = await new DataSource(options as DataSourceOptions).initialize();
        await runMigrations(db);
        return db;
      },
    }),
  ],
})
export class DatabaseModule {}
