import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor, RequestContext } from '../access/actor';

export type ActorRequest = FastifyRequest & { actor?: Actor };

/** The acting user (set by the access guard), request id and client address. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest<ActorRequest>();
  return { actor: request.actor ?? null, requestId: request.id, ip: request.ip };
});
