import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ALL_QUEUES, DEFAULT_JOB_OPTIONS } from './queues';

/** Where every queue lives and its job defaults: the API, the worker and the setup CLI's producers alike. */
export function queueOptions(config: AppConfig) {
  return {
    connection: { url: config.redisUrl, maxRetriesPerRequest: null },
    prefix: `${config.redisPrefix}:bull`,
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  };
}

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: queueOptions,
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  exports: [BullModule],
})
export class QueueModule {}
