import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository';
import { DomainError } from '../common/domain-error';
import { AppConfig, parseApiKeys, Role, ROLES } from '../config/app-config';
import { ApiKeyEntity } from './api-key.entity';

/** Who sent a request: the key's holder, as the audit log names them. */
export interface Actor {
  name: string;
  role: Role;
  keyId: number | null;
}

export function actorLabel(a: Actor): string {
  return `${a.name} (${a.role})`;
}

export interface ApiKeySummary {
  id: number;
  name: string;
  role: Role;
  prefix: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

/**
 * API keys: the bootstrap keys of CONCORDANCE_API_KEYS (compared in constant time) and named keys
 * kept in the database as SHA-256 digests only (keys are 32 random bytes, so a fast digest is enough).
 */
@Injectable()
export class ApiKeyRegistry {
  private readonly bootstrap: { digest: Buffer; role: Role }[];

  constructor(
    config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditRepository,
  ) {
    this.bootstrap = [...parseApiKeys(config.CONCORDANCE_API_KEYS)].map(([key, role]) => ({ digest: digest(key), role }));
  }

  async isEmpty(): Promise<boolean> {
    return this.bootstrap.length === 0 && (await this.db.getRepository(ApiKeyEntity).countBy({ revokedAt: IsNull() })) === 0;
  }

  async actorOf(key: string): Promise<Actor | undefined> {
    const d = digest(key);
    const boot = this.bootstrap.find((k) => timingSafeEqual(k.digest, d));
    if (boot) return { name: `bootstrap ${boot.role} key`, role: boot.role, keyId: null };
    const row = await this.db.getRepository(ApiKeyEntity).findOneBy({ keyHash: d.toString('hex'), revokedAt: IsNull() });
    return row ? { name: row.name, role: row.role, keyId: row.id } : undefined;
  }

  /** A new named key; the key itself is returned once and never stored. */
  async create(role: Role, name: string, by: string): Promise<{ key: string; summary: ApiKeySummary }> {
    if (!ROLES.includes(role)) throw new DomainError('INVALID_INPUT', `role: '${role}' must be one of ${ROLES.join(', ')}.`, { field: 'role' });
    if (!name?.trim()) throw new DomainError('INVALID_INPUT', 'name: a key needs the name of its holder (e.g. "A. Reviewer").', { field: 'name' });
    const key = `cnd_${randomBytes(32).toString('base64url')}`;
    return this.db.transaction(async (em) => {
      const row = await em.getRepository(ApiKeyEntity).save({ name: name.trim(), role, keyHash: digest(key).toString('hex'), prefix: key.slice(0, 12), createdBy: by, revokedAt: null });
      const summary = toSummary(row);
      await this.audit.record(em, { actor: by, action: 'key.create', subject: `key:${row.id}`, after: summary });
      return { key, summary };
    });
  }

  async list(): Promise<{ items: ApiKeySummary[]; total: number }> {
    const rows = await this.db.getRepository(ApiKeyEntity).find({ order: { id: 'ASC' } });
    return { items: rows.map(toSummary), total: rows.length };
  }

  async revoke(id: number, by: string): Promise<ApiKeySummary> {
    return this.db.transaction(async (em) => {
      const row = await em.getRepository(ApiKeyEntity).findOneBy({ id });
      if (!row) throw new DomainError('KEY_NOT_FOUND', `No API key with id ${id}; GET /keys lists them.`);
      const before = toSummary(row);
      if (!row.revokedAt) {
        row.revokedAt = new Date().toISOString();
        await em.getRepository(ApiKeyEntity).save(row);
        await this.audit.record(em, { actor: by, action: 'key.revoke', subject: `key:${id}`, before, after: toSummary(row) });
      }
      return toSummary(row);
    });
  }
}

function toSummary(r: ApiKeyEntity): ApiKeySummary {
  return { id: r.id, name: r.name, role: r.role, prefix: r.prefix, createdBy: r.createdBy, createdAt: new Date(r.createdAt ?? Date.now()).toISOString(), revokedAt: r.revokedAt };
}

function digest(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}
