import 'reflect-metadata';
import { bootstrap } from './core/bootstrap';
import { createHttpApp } from './core/http/create-http-app';
import { createRootLogger } from './core/logging/pino-logger';

async function main(): Promise<void> {
  const config = await bootstrap();
  const logger = createRootLogger(config.logLevel);
  const app = await createHttpApp(config, logger);
  await app.listen({ port: config.port, host: '0.0.0.0' });
  logger.info({ url: config.publicUrl, port: config.port }, 'Sen API listening');
}

void main();
