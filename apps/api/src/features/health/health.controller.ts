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
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out after 2 s')), 2000);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
  } finally {
    // A pending timer would keep a closing process (and the test runner) alive for two more seconds.
    clearTimeout(timer);
  }
}

type QueueMetrics = HealthView['queues'][string];

async function queueMetrics(queue: Queue): Promise<QueueMetrics> {
  const [counts, paused, schedulers, workers] = await Promise.all([
    queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed'),
    queue.isPaused(),
    queue.getJobSchedulersCount(),
    // CLIENT LIST is refused by some managed Redis services; the count is then unknown rather than an error.
    queue.getWorkersCount().catch(() => null),
  ]);
  return {
    waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
    active: counts.active ?? 0,
    delayed: counts.delayed ?? 0,
    failed: counts.failed ?? 0,
    completed: counts.completed ?? 0,
    paused,
    schedulers,
    workers,
  };
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
    // Every queue's backlog, failures and schedules, for monitoring: a growing `waiting` means the workers fall
    // behind, `workers: 0` that none is running. A few small Redis commands per queue; the probe above already
    // proved Redis answers.
    if (redis.status === 'up') {
      const metrics = await Promise.all(this.queues.map((queue) => queueMetrics(queue)));
      this.queues.forEach((queue, i) => {
        queues[queue.name] = metrics[i]!;
      });
    }
    const ok = database.status === 'up' && redis.status === 'up';
    void reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', checks: { database, redis }, queues, time: new Date().toISOString() };
  }
}
