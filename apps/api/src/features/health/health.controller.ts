import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { routes, type HealthView } from '@sen/contracts';
import type { Queue } from 'bullmq';
import type { FastifyReply } from 'fastify';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { QueueName } from '../../core/queue/queues';
import { REDIS } from '../../core/redis/redis.module';

async function probe(check: () => Promise<unknown>): Promise<HealthView['checks'][string]> {
  const started = performance.now();
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 2 s')), 2000)),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
  }
}

@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @InjectQueue(QueueName.Maintenance) private readonly maintenance: Queue,
  ) {}

  /** 503 when a dependency is down, so load balancers and compose health checks can act on it. */
  @Endpoint(routes.health)
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthView> {
    const [database, redis] = await Promise.all([
      probe(() => this.db.query('SELECT 1')),
      probe(() => this.redis.ping()),
    ]);
    const queues: HealthView['queues'] = {};
    if (redis.status === 'up') {
      const counts = await this.maintenance.getJobCounts('waiting', 'active', 'failed', 'delayed');
      queues[QueueName.Maintenance] = {
        waiting: counts.waiting ?? 0,
        active: counts.active ?? 0,
        failed: counts.failed ?? 0,
        delayed: counts.delayed ?? 0,
      };
    }
    const ok = database.status === 'up' && redis.status === 'up';
    void reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', checks: { database, redis }, queues, time: new Date().toISOString() };
  }
}
