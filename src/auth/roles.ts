import { CanActivate, ExecutionContext, ForbiddenException, Injectable, SetMetadata, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Role } from '../config/app-config';
import { ApiKeyRegistry } from './api-key.registry';

const ROLES_KEY = 'concordance:roles';

/** Which roles may call a handler. Reads need none; a write without this decorator needs `admin`. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Global guard: every write needs an API key whose role is allowed (`X-API-Key` or `Authorization: Bearer`). */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyRegistry,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request & { role?: Role }>();
    const declared = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (READ_METHODS.has(req.method) && !declared) return true;
    const allowed = declared ?? ['admin'];
    const header = req.headers['x-api-key'] ?? req.headers.authorization?.replace(/^Bearer\s+/i, '');
    const key = Array.isArray(header) ? header[0] : header;
    if (!key) {
      throw new UnauthorizedException(
        this.keys.isEmpty()
          ? 'Writes need an API key, and none is configured: set CONCORDANCE_API_KEYS (e.g. admin:<key>) and send it as X-API-Key.'
          : 'This request changes data: send an API key in the X-API-Key header.',
      );
    }
    const role = this.keys.roleOf(key);
    if (!role) throw new UnauthorizedException('Unknown API key.');
    if (role !== 'admin' && !allowed.includes(role)) {
      throw new ForbiddenException(`The ${role} role may not do this; it needs one of: ${allowed.join(', ')}.`);
    }
    req.role = role;
    return true;
  }
}
