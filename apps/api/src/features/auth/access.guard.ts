import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER, SESSION_COOKIE, type RouteDefinition } from '@sen/contracts';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { holdsAny } from '../../core/access/scope';
import { AppError } from '../../core/http/app-error';
import { ENDPOINT_KEY } from '../../core/http/endpoint.decorator';
import type { ActorRequest } from '../../core/http/request-context.decorator';
import { SessionsRepository } from './sessions.repository';
import { sameToken, sessionIdOf } from './session-tokens';
import { sessionExpiry, TOUCH_INTERVAL_MS } from './session-policy';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Deny by default: a handler without a contract route is refused; otherwise the route's access rule
 * decides. Scope (which units) is the service's business and answers 404 outside it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const route = this.reflector.get<RouteDefinition | undefined>(ENDPOINT_KEY, context.getHandler());
    if (!route) throw new AppError('FORBIDDEN', 'This route has no access rule');
    if (route.access === 'public') return true;

    const request = context.switchToHttp().getRequest<ActorRequest>();
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    const session = await this.sessions.findSession(sessionIdOf(token));
    if (!session || session.disabledAt) throw new AppError('UNAUTHENTICATED', 'Sign in first');

    const now = new Date();
    if (sessionExpiry(session, now, this.config.sessionIdleMs)) {
      await this.sessions.delete(session.id);
      throw new AppError('SESSION_EXPIRED', 'Your session has expired; sign in again');
    }
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) {
        throw new AppError('CSRF_INVALID', `Missing or wrong ${CSRF_HEADER} header`);
      }
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) await this.sessions.touch(session.id, now);

    request.actor = {
      userId: session.userId,
      personId: session.personId,
      sessionId: session.id,
      grants: session.grants,
    };
    if (route.access !== 'authenticated' && !holdsAny(request.actor, route.access)) {
      throw new AppError('FORBIDDEN', 'Your roles do not allow this');
    }
    return true;
  }
}
