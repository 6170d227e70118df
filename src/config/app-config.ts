import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

/**
 * Settings read from the environment, validated at boot so that a typo fails loudly at start
 * rather than as a strange error later.
 */
export class AppConfig {
  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Empty: SQLite file under var/. A path: that SQLite file. postgres://…: PostgreSQL. */
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  /**
   * API keys with their roles, `role:key` pairs separated by commas, e.g. `admin:s3cret,reviewer:k2`.
   * Roles: admin, reviewer, treaty-office, viewer. Reads are open; every write needs a key with a writing role.
   */
  @IsOptional()
  @Matches(/^\s*((admin|reviewer|treaty-office|viewer):[^,:\s]{8,})(\s*,\s*(admin|reviewer|treaty-office|viewer):[^,:\s]{8,})*\s*$/, {
    message: 'CONCORDANCE_API_KEYS must be role:key pairs separated by commas (roles admin, reviewer, viewer; keys of 8+ characters)',
  })
  CONCORDANCE_API_KEYS?: string;

  /** Largest statute or treaty upload accepted, in bytes (default 20 MB). */
  @Transform(({ value }) => (value === undefined || value === '' ? 20 * 1024 * 1024 : Number(value)))
  @IsInt()
  @Min(1024)
  MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

  /** Import the sample statute of the fictional country XA at start so a new user sees a report at once. */
  @Transform(({ value }) => (value === undefined || value === '' ? 'true' : String(value)))
  @IsIn(['true', 'false'])
  SEED_SAMPLE = 'true';

  @Transform(({ value }) => (value === undefined || value === '' ? 'log' : String(value)))
  @IsIn(['error', 'warn', 'log', 'debug'])
  LOG_LEVEL = 'log';
}

export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const config = plainToInstance(AppConfig, { ...env }, { excludeExtraneousValues: false });
  const errors = validateSync(config, { skipMissingProperties: false, whitelist: false });
  if (errors.length) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return config;
}

/** admin: everything; reviewer: imports, analyses and review decisions; treaty-office: treaty status; viewer: reads only. */
export type Role = 'admin' | 'reviewer' | 'treaty-office' | 'viewer';
export const ROLES: Role[] = ['admin', 'reviewer', 'treaty-office', 'viewer'];

export function parseApiKeys(spec: string | undefined): Map<string, Role> {
  const keys = new Map<string, Role>();
  for (const pair of (spec ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const [role, key] = pair.split(':');
    keys.set(key, role as Role);
  }
  return keys;
}
