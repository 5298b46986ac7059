import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { bootstrap } from './core/bootstrap';
import { createRootLogger, PinoNestLogger } from './core/logging/pino-logger';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = await bootstrap();
  const logger = createRootLogger(config.logLevel);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks();
  logger.info('Sen worker running');
}

void main();
