import { Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppConfig, parseApiKeys, Role } from '../config/app-config';

/** The configured API keys, compared in constant time. */
@Injectable()
export class ApiKeyRegistry {
  private readonly keys: { digest: Buffer; role: Role }[];

  constructor(config: AppConfig) {
    this.keys = [...parseApiKeys(config.CONCORDANCE_API_KEYS)].map(([key, role]) => ({ digest: digest(key), role }));
  }

  isEmpty(): boolean {
    return this.keys.length === 0;
  }

  roleOf(key: string): Role | undefined {
    const d = digest(key);
    return this.keys.find((k) => timingSafeEqual(k.digest, d))?.role;
  }
}

function digest(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}
