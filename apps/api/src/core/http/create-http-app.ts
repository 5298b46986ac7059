import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { UPLOAD_LIMITS } from '@sen/contracts';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { AppModule } from '../../app.module';
import type { AppConfig } from '../config/app-config';
import { PinoNestLogger } from '../logging/pino-logger';
import { registerQueueDashboard } from '../../features/queue-dashboard/queue-dashboard';
import { CSP_DIRECTIVES } from './content-security-policy';
import { toErrorReply } from './error-body';
import { buildOpenApiDocument } from './openapi';

const REQUEST_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

/** The HTTP application as served in production and exercised by the integration tests. */
export async function createHttpApp(config: AppConfig, logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    bodyLimit: config.bodyLimitBytes,
    // Behind a load balancer the client address comes from X-Forwarded-For, but only from trusted hops.
    trustProxy: config.trustProxyHops > 0 ? config.trustProxyHops : false,
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
    // JSON only: Nest would otherwise register a form-body parser and accept url-encoded bodies.
    bodyParser: false,
  });
  // Well-known URIs (RFC 8615) live at the origin's root, where other systems look for them.
  app.setGlobalPrefix('api', { exclude: [{ path: '.well-known/{*name}', method: RequestMethod.GET }] });
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    // Stored files set their own long-lived caching; every other API answer is never cached.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      void reply.header('cache-control', 'no-store');
  });

  await app.register(fastifyCookie);
  // Parses nothing by itself: the upload handler streams the one file, and the contract interceptor
  // refuses multipart bodies on every route that is not marked `multipart`.
  await app.register(fastifyMultipart, {
    limits: { files: 1, fields: 0, parts: 1, fileSize: Math.max(...Object.values(UPLOAD_LIMITS)) + 1 },
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { directives: CSP_DIRECTIVES },
    crossOriginEmbedderPolicy: false,
  });
  const document = buildOpenApiDocument(process.env.npm_package_version ?? '0.1.0');
  await app.register(fastifySwagger, { mode: 'static', specification: { document: document as never } });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  fastify.get('/api/openapi.json', (_request, reply) => reply.send(document));

  // Before the web app's static files: Bull Board registers @fastify/static in its own scope, which fails if
  // the root already decorated replies with `sendFile`.
  await registerQueueDashboard(app, config);

  const webRoot = resolve(config.webDist);
  if (existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: ['index.html'],
      maxAge: '1h',
      // The service worker and the shell it precaches must be revalidated on every load, or a release would
      // reach phones only after the hour; the hashed assets keep the hour.
      setHeaders: (reply, path) => {
        if (/[\\/](sw\.js|index\.html)$/.test(path)) void reply.header('cache-control', 'no-cache');
      },
    });
    // Client-side routes fall back to the app shell; unknown API paths stay JSON 404s.
    fastify.get('/*', (request, reply) => {
      if (request.url.startsWith('/api')) {
        void reply.status(404).send(toErrorReply({ getStatus: () => 404 }, request.id).body);
        return;
      }
      void reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  return app;
}
