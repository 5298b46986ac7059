/**
 * One certificate worker process for certificate-queue.bench.ts (forked by it, one per core): a Nest
 * application context with the core infrastructure and the certificates' job module only, as in the
 * certificate-issuance integration test — the whole worker would also run the maintenance sweep. The
 * configuration comes from the environment the bench gives it; BENCH_WORKER_CONCURRENCY, when set, overrides
 * how many jobs the processor runs at once.
 *
 * Messages from the parent: 'memory' (answered with this process's memory after a forced GC when
 * --expose-gc is on), 'stop' (closes the context: the BullMQ worker finishes its active jobs first).
 */
import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
// The processor under test, with the modules the worker entry point would give it (an app's source, not a library).
/* eslint-disable @nx/enforce-module-boundaries */
import { loadConfig, type AppConfig } from '../../apps/api/src/core/config/app-config';
import { CoreModule } from '../../apps/api/src/core/core.module';
import { CertificatesJobsModule } from '../../apps/api/src/features/certificates/certificates-jobs.module';
import { IssueCertificateProcessor } from '../../apps/api/src/features/certificates/jobs/issue-certificate.job';
/* eslint-enable @nx/enforce-module-boundaries */

export type WorkerMessage =
  | { type: 'ready'; pid: number; concurrency: number }
  | { type: 'memory'; pid: number; rss: number; heapUsed: number; external: number; cpuMs: number; systemMs: number };

@Module({})
class IssuanceOnly {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: IssuanceOnly, imports: [CoreModule.forRoot(config), CertificatesJobsModule] };
  }
}

function send(message: WorkerMessage): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await NestFactory.createApplicationContext(IssuanceOnly.forRoot(config), { logger: false });
  const worker = app.get(IssueCertificateProcessor).worker;
  // Without BENCH_WORKER_CONCURRENCY, the processor's own setting: the bench measures what production runs.
  if (process.env.BENCH_WORKER_CONCURRENCY) worker.concurrency = Number(process.env.BENCH_WORKER_CONCURRENCY);

  process.on('message', (message: unknown) => {
    if (message === 'memory') {
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      const m = process.memoryUsage();
      const cpu = process.cpuUsage();
      send({
        type: 'memory',
        pid: process.pid,
        rss: m.rss,
        heapUsed: m.heapUsed,
        external: m.external,
        cpuMs: (cpu.user + cpu.system) / 1000,
        systemMs: cpu.system / 1000,
      });
    } else if (message === 'stop') {
      void app.close().then(() => process.exit(0));
    }
  });
  send({ type: 'ready', pid: process.pid, concurrency: worker.concurrency });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
