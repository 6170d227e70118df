import { CanActivate, createParamDecorator, ExecutionContext, ForbiddenException, Injectable, SetMetadata, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Role } from '../config/app-config';
import { Actor, actorLabel, ApiKeyRegistry } from './api-key.registry';

const ROLES_KEY = 'concordance:roles';

/** Which roles may call a handler. Reads need none unless declared; a write without this decorator needs `admin`. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type KeyedRequest = Request & { role?: Role; actor?: Actor };

/** The key sent: `X-API-Key: <key>` or `Authorization: Bearer <key>` (no other Authorization scheme is read as a key). */
function keyOf(req: Request): string | undefined {
  const header = req.headers['x-api-key'];
  const direct = Array.isArray(header) ? header[0] : header;
  if (direct) return direct;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return bearer?.[1];
}

/** Global guard: every write needs an API key whose role is allowed. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyRegistry,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<KeyedRequest>();
    const declared = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (READ_METHODS.has(req.method) && !declared) return true;
    const allowed = declared ?? ['admin'];
    const key = keyOf(req);
    if (!key) {
      if (req.headers.authorization) throw new UnauthorizedException('The Authorization header must read "Bearer <key>" (or send the key as X-API-Key).');
      throw new UnauthorizedException(
        (await this.keys.isEmpty())
          ? 'Writes need an API key, and none is configured: set CONCORDANCE_API_KEYS (e.g. admin:<key>) and send it as X-API-Key.'
          : 'This request changes data: send an API key in the X-API-Key header (or Authorization: Bearer).',
      );
    }
    const actor = await this.keys.actorOf(key);
    if (!actor) throw new UnauthorizedException('Unknown or revoked API key.');
    if (actor.role !== 'admin' && !allowed.includes(actor.role)) {
      throw new ForbiddenException(`The ${actor.role} role may not do this; it needs one of: ${allowed.join(', ')}.`);
    }
    req.role = actor.role;
    req.actor = actor;
    return true;
  }
}

/** The request's key holder as the audit log names them ("A. Reviewer (reviewer)"). */
export const ActorName = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const actor = ctx.switchToHttp().getRequest<KeyedRequest>().actor;
  return actor ? actorLabel(actor) : 'anonymous';
});
