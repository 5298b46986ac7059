import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  CSRF_HEADER,
  QUEUE_DASHBOARD_CSRF_COOKIE,
  QUEUE_DASHBOARD_CSRF_HEADER,
  QUEUE_DASHBOARD_PATH,
  SESSION_COOKIE,
} from '@sen/contracts';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { rootGrant } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import type { AppConfig } from '../../core/config/app-config';
import { AppError } from '../../core/http/app-error';
import { CSP_DIRECTIVES } from '../../core/http/content-security-policy';
import { toErrorReply } from '../../core/http/error-body';
import { ALL_QUEUES } from '../../core/queue/queues';
import { SessionAuthenticator } from '../auth/session-authenticator';
import { changeAllowed, isBoardPage } from './queue-dashboard-routes';
import { refusalPage } from './refusal-page';

/**
 * Mounts Bull Board for every queue at `QUEUE_DASHBOARD_PATH`, on the API's own Fastify instance. Bull Board's
 * routes are not contract routes (it adds its own pages and JSON), so the access guard never sees them; a hook
 * in their scope applies the same session check instead, on every request:
 *
 * - anonymous or expired session → 401; signed in without an admin grant at the root unit → 403. The queues
 *   hold the work of the whole province, so an admin of a district may not see or change them;
 * - a change (PUT/PATCH/POST) needs the session's CSRF token, as every other change does. Bull Board's scripts
 *   cannot be told to send `X-CSRF-Token`, but its HTTP client (axios) echoes a cookie named `XSRF-TOKEN` in
 *   `X-XSRF-TOKEN` on same-origin requests: the page hands the session's token over in that cookie (script-
 *   readable, limited to this path) and the hook compares the header with the session's token, never with the
 *   cookie, so a cookie planted by a sibling subdomain opens nothing;
 * - only the changes an operator needs are allowed (retry, promote, clean, pause, resume, run a schedule now);
 *   adding or editing jobs, emptying or obliterating a queue and editing schedules are refused, since jobs carry
 *   ids that the processors trust. Each allowed change is audited (`queue.operate`) before it runs.
 */
export async function registerQueueDashboard(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const authenticator = app.get(SessionAuthenticator, { strict: false });
  const audit = app.get(AuditWriter, { strict: false });
  const db = app.get(DataSource, { strict: false });
  const queues = ALL_QUEUES.map((name) => app.get<string, Queue>(getQueueToken(name), { strict: false }));

  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Sen queues', hideDocsLink: true } },
  });

  async function guard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const path = relativePath(request);
    try {
      const { actor, csrfToken } = await authenticator.authenticate(request.cookies[SESSION_COOKIE], request.method, [
        request.headers[CSRF_HEADER],
        request.headers[QUEUE_DASHBOARD_CSRF_HEADER],
      ]);
      const grant = rootGrant(actor, ['admin']);
      if (!grant) {
        throw new AppError('FORBIDDEN', 'Only an administrator of the province may open the queue dashboard');
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        if (!changeAllowed(request.method, path)) {
          throw new AppError('FORBIDDEN', 'This change is not offered on the queue dashboard');
        }
        const params = request.params as Record<string, string | undefined>;
        const ctx = { actor, requestId: request.id, ip: request.ip };
        await db.transaction((manager) =>
          audit.record(manager, ctx, {
            action: 'queue.operate',
            targetType: 'queue',
            targetId: params['queueName'] ?? null,
            unitId: grant.unitId,
            details: {
              operation: `${request.method} ${path}`,
              ...(params['jobId'] ? { jobId: params['jobId'] } : {}),
              ...(params['queueStatus'] ? { status: params['queueStatus'] } : {}),
              ...(params['schedulerId'] ? { schedulerId: params['schedulerId'] } : {}),
            },
          }),
        );
      }
      if (isBoardPage(request.method, path)) {
        void reply.setCookie(QUEUE_DASHBOARD_CSRF_COOKIE, csrfToken, {
          path: QUEUE_DASHBOARD_PATH,
          httpOnly: false,
          sameSite: 'strict',
          secure: config.cookieSecure,
        });
      }
    } catch (error) {
      const refusal = toErrorReply(error, request.id);
      // The global exception filter never sees this hook's errors: a failure of ours must still leave a trace.
      if (refusal.status >= 500) request.log.error({ err: error, requestId: request.id }, 'queue dashboard failed');
      void reply.status(refusal.status).header('cache-control', 'no-store');
      if (isBoardPage(request.method, path)) {
        await reply.type('text/html; charset=utf-8').send(refusalPage(refusal.status));
      } else {
        await reply.send(refusal.body);
      }
    }
  }

  await app.register(
    async (scope: FastifyInstance) => {
      // The web app shows the board in a frame of its own origin; every other page keeps `frame-ancestors 'none'`.
      scope.addHook('onRoute', (route) => {
        route.config = {
          ...route.config,
          helmet: { contentSecurityPolicy: { directives: { ...CSP_DIRECTIVES, frameAncestors: ["'self'"] } } },
        } as typeof route.config;
      });
      scope.addHook('onRequest', guard);
      await scope.register(serverAdapter.registerPlugin());
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
}

/** The matched route's pattern below the dashboard's prefix, e.g. `/api/queues/:queueName/retry/:queueStatus`. */
function relativePath(request: FastifyRequest): string {
  const url = request.routeOptions.url ?? request.url;
  return url.startsWith(QUEUE_DASHBOARD_PATH) ? url.slice(QUEUE_DASHBOARD_PATH.length) || '/' : url;
}
