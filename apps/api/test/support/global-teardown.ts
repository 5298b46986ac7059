import Redis from 'ioredis';
import { testConfig } from './test-config';

/** Removes this run's Redis keys; the database is kept for inspection and dropped by the next run. */
export default async function globalTeardown(): Promise<void> {
  const config = testConfig();
  const redis = new Redis(config.redisUrl);
  const base = config.redisPrefix.replace(/-\d+$/, '');
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${base}-*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  await redis.quit();
}
