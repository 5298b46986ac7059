import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER, SESSION_COOKIE, type RouteDefinition } from '@sen/contracts';
import { holdsAny } from '../../core/access/scope';
import { AppError } from '../../core/http/app-error';
import { ENDPOINT_KEY } from '../../core/http/endpoint.decorator';
import type { ActorRequest } from '../../core/http/request-context.decorator';
import { SessionAuthenticator } from './session-authenticator';

/**
 * Deny by default: a handler without a contract route is refused; otherwise the route's access rule
 * decides. Scope (which units) is the service's business and answers 404 outside it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: SessionAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const route = this.reflector.get<RouteDefinition | undefined>(ENDPOINT_KEY, context.getHandler());
    if (!route) throw new AppError('FORBIDDEN', 'This route has no access rule');
    if (route.access === 'public') return true;

    const request = context.switchToHttp().getRequest<ActorRequest>();
    const { actor } = await this.authenticator.authenticate(request.cookies?.[SESSION_COOKIE], request.method, [
      request.headers[CSRF_HEADER],
    ]);
    request.actor = actor;
    if (route.access !== 'authenticated' && !holdsAny(actor, route.access)) {
      throw new AppError('FORBIDDEN', 'Your roles do not allow this');
    }
    return true;
  }
}
