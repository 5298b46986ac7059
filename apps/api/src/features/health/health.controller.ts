import { getQueueToken } from '@nestjs/bullmq';
import { Controller, Inject, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { routes, type HealthView } from '@sen/contracts';
import type { Queue } from 'bullmq';
import type { FastifyReply } from 'fastify';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { ALL_QUEUES } from '../../core/queue/queues';
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
    modules: ModuleRef,
  ) {
    this.queues = ALL_QUEUES.map((name) => modules.get<Queue>(getQueueToken(name), { strict: false }));
  }

  private readonly queues: Queue[];

  /** 503 when a dependency is down, so load balancers and compose health checks can act on it. */
  @Endpoint(routes.health)
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthView> {
    const [database, redis] = await Promise.all([
      probe(() => this.db.query('SELECT 1')),
      probe(() => this.redis.ping()),
    ]);
    const queues: HealthView['queues'] = {};
    // Every queue's backlog and failures, for monitoring: a growing `waiting` means the workers fall behind.
    if (redis.status === 'up') {
      const counts = await Promise.all(
        this.queues.map((q) => q.getJobCounts('waiting', 'active', 'failed', 'delayed')),
      );
      this.queues.forEach((queue, i) => {
        const c = counts[i]!;
        queues[queue.name] = {
          waiting: c.waiting ?? 0,
          active: c.active ?? 0,
          failed: c.failed ?? 0,
          delayed: c.delayed ?? 0,
        };
      });
    }
    const ok = database.status === 'up' && redis.status === 'up';
    void reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', checks: { database, redis }, queues, time: new Date().toISOString() };
  }
}
