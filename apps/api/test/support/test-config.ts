import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type AppConfig } from '../../src/core/config/app-config';

/** Uploaded files of this test process, outside the work tree. */
export const TEST_UPLOAD_DIR = join(tmpdir(), `sen-it-uploads-${process.pid}`);

/** The integration suite's own database and Redis prefix, derived from the environment's DATABASE_URL. */
export function testDatabaseUrl(): string {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sen');
  url.pathname = `/${url.pathname.slice(1) || 'sen'}_it`;
  return url.toString();
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `${process.env.REDIS_PREFIX ?? 'sen'}-it-${process.pid}`,
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    SIGN_IN_RATE_PER_MINUTE: '10000',
    VERIFY_RATE_PER_MINUTE: '10000',
    UPLOAD_DIR: TEST_UPLOAD_DIR,
    ...overrides,
  });
}
