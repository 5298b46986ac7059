import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { dropDatabase } from '../support/recreate-database';

const WORKSPACE = join(__dirname, '..', '..');

export interface SenServer {
  url: string;
  databaseUrl: string;
  /** The API process, for reading its memory from /proc. */
  pid: number;
  stop(): void;
}

async function waitHealthy(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`${url}/api/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the API did not start');
}

/**
 * The built API (`dist/apps/api/main.js`, run `npm run build` first) in its own process, on a fresh
 * database seeded with the demo province exactly as `npm start` does.
 */
export async function startSen(name: string, port: number): Promise<SenServer> {
  const database = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sen');
  database.pathname = `/${database.pathname.slice(1) || 'sen'}_bench_${name}`;
  const env = senEnv(database.toString(), name, port);
  await dropDatabase(database.toString());
  const setup = spawnSync(process.execPath, ['dist/apps/api/cli/setup.js'], { cwd: WORKSPACE, env, encoding: 'utf8' });
  if (setup.status !== 0) throw new Error(`setup failed (run \`npm run build\` first): ${setup.stderr}`);
  return startSenOn(database.toString(), name, port);
}

function senEnv(databaseUrl: string, name: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_PREFIX: `${process.env.REDIS_PREFIX ?? 'sen'}-bench-${name}`,
    LOG_LEVEL: 'silent',
    PORT: String(port),
    SEED_DEMO: 'true',
    SIGN_IN_RATE_PER_MINUTE: '1000',
    // Production requires a certificate signing key and a report link secret; throw-away ones per run.
    CERTIFICATE_SIGNING_KEY: randomBytes(32).toString('base64'),
    REPORT_LINK_SECRET: randomBytes(32).toString('base64'),
  };
}

/** The built API on a database the caller has already migrated and filled. */
export async function startSenOn(databaseUrl: string, name: string, port: number): Promise<SenServer> {
  const env = senEnv(databaseUrl, name, port);
  // BENCH_API_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=tmp/profiles") profiles the API under load.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const api = spawn(process.execPath, [...nodeArgs, 'dist/apps/api/main.js'], { cwd: WORKSPACE, env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(url);
  } catch (error) {
    api.kill('SIGTERM');
    throw error;
  }
  return { url, databaseUrl, pid: api.pid ?? 0, stop: () => api.kill('SIGTERM') };
}

export async function signIn(
  url: string,
  identifier: string,
  password = 'Demo@12345',
): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier, password }),
  });
  const view = (await response.json()) as { csrfToken: string };
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: view.csrfToken };
}
