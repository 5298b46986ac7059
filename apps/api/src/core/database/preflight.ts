import { Client } from 'pg';
import Redis from 'ioredis';

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/**
 * Checks PostgreSQL and Redis before anything starts, so a missing service gives one readable line.
 * `requireDatabase` is off for the setup CLI, which creates the database itself.
 */
export async function preflight(databaseUrl: string, redisUrl: string, requireDatabase: boolean): Promise<string[]> {
  const problems: string[] = [];
  const target = new URL(databaseUrl);
  if (!requireDatabase) target.pathname = '/postgres';
  const pg = new Client({ connectionString: target.toString(), connectionTimeoutMillis: 3000 });
  try {
    await pg.connect();
    await pg.query('SELECT 1');
  } catch (error) {
    if ((error as { code?: string }).code === '3D000') {
      problems.push(
        `The database at ${redact(databaseUrl)} does not exist yet. Run \`npm run setup\` (or \`npm start\`), which creates and migrates it.`,
      );
    } else
      problems.push(
        `Cannot reach PostgreSQL at ${redact(databaseUrl)} (${(error as Error).message}). ` +
          'Start it (e.g. `docker compose up -d postgres`, or `pg_ctlcluster <version> main start`) or set DATABASE_URL.',
      );
  } finally {
    await pg.end().catch(() => undefined);
  }
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    problems.push(
      `Cannot reach Redis at ${redact(redisUrl)} (${(error as Error).message}). ` +
        'Start it (e.g. `docker compose up -d redis`, or `redis-server --daemonize yes`) or set REDIS_URL.',
    );
  } finally {
    redis.disconnect();
  }
  return problems;
}
