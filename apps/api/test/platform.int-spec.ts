import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { routeList, type HealthView } from '@sen/contracts';
import type { Queue } from 'bullmq';
import { QueueEvents } from 'bullmq';
import { ALL_QUEUES, QueueName } from '../src/core/queue/queues';
import { WorkerModule } from '../src/worker.module';
import { loadConfig } from '../src/core/config/app-config';
import { preflight } from '../src/core/database/preflight';
import { testConfig, testDatabaseUrl } from './support/test-config';
import { TestApp } from './support/test-app';

describe('health, OpenAPI, security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    await t.stop();
  });

  it('reports the database, Redis and queue counts', async () => {
    const response = await t.raw({ method: 'GET', url: '/api/health' });
    const health = response.body as HealthView;
    expect(response.status).toBe(200);
    expect(health.checks.database!.status).toBe('up');
    expect(health.checks.redis!.status).toBe('up');
    // Every queue, with its counts.
    expect(Object.keys(health.queues).sort()).toEqual([...ALL_QUEUES].sort());
    for (const counts of Object.values(health.queues)) {
      expect(counts).toEqual({
        waiting: expect.any(Number),
        active: expect.any(Number),
        delayed: expect.any(Number),
        failed: expect.any(Number),
        completed: expect.any(Number),
        paused: false,
        schedulers: expect.any(Number),
        // No worker runs beside the API in this suite; CLIENT LIST is allowed on the test Redis.
        workers: 0,
      });
    }
  });

  it('publishes an OpenAPI 3 document with every contract route, and Swagger UI', async () => {
    const doc = (await t.raw({ method: 'GET', url: '/api/openapi.json' })).body as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    const operations = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(operations.sort()).toEqual(routeList.map((r) => r.name).sort());
    const ui = await t.raw({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(ui.status);
  });

  it('sends security headers and a request id', async () => {
    const response = await t.raw({ method: 'GET', url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-request-id']).toBeDefined();
  });
});

describe('worker', () => {
  it('purges expired sessions through the maintenance queue', async () => {
    const config = testConfig({ REDIS_PREFIX: `sen-it-${process.pid}-worker` });
    const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    const t = await TestApp.start();
    try {
      await t.signIn('reviewer@example.org');
      const expired = await t.signIn('reviewer@example.org');
      await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE csrf_token = $1`, [
        expired.csrf,
      ]);
      const queue = worker.get<Queue>(getQueueToken(QueueName.Maintenance));
      const events = new QueueEvents(QueueName.Maintenance, {
        connection: { url: config.redisUrl },
        prefix: `${config.redisPrefix}:bull`,
      });
      await events.waitUntilReady();
      const job = await queue.add('purge-expired-sessions', { task: 'purge-expired-sessions' });
      const result = (await job.waitUntilFinished(events, 20_000)) as { count: number };
      await events.close();
      expect(result.count).toBeGreaterThanOrEqual(1);
      const left: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM sessions WHERE csrf_token = $1`, [
        expired.csrf,
      ]);
      expect(left[0]!.n).toBe(0);
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => s.key).sort()).toEqual([
        'announce-unrecorded-completions',
        'apply-requirements',
        'purge-expired-sessions',
        'resume-report-deliveries',
        'sync-report-schedules',
      ]);
    } finally {
      await t.stop();
      await worker.close();
    }
  });
});

describe('start-up checks', () => {
  it('names the URL it tried and how to start a service that cannot be reached', async () => {
    const problems = await preflight('postgres://postgres:secret@127.0.0.1:1/sen', 'redis://127.0.0.1:1', true);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^Cannot reach PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/sen .*docker compose up -d postgres/,
    );
    expect(problems[1]).toMatch(/^Cannot reach Redis at redis:\/\/127\.0\.0\.1:1.*docker compose up -d redis/);
  });

  it('says that setup creates a missing database, and accepts it when setup is the caller', async () => {
    const missing = testDatabaseUrl().replace(/_it$/, '_never_created');
    const redis = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    expect((await preflight(missing, redis, true))[0]).toMatch(/does not exist yet\. Run `npm run setup`/);
    expect(await preflight(missing, redis, false)).toEqual([]);
  });

  it('refuses a bad configuration naming the variable', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/,
    );
  });
});
