/**
 * What the whole stack (Nest + session lookup + access guard + contract validation + JSON mapping)
 * costs over a bare Fastify + pg endpoint running the same SQL, for an authenticated "children of a
 * unit" request on the demo province. The Sen API runs as built (`dist/apps/api/main.js`, its own process);
 * the baseline runs inside this process, sharing its event loop with the load generator. Loopback only.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { dropDatabase } from '../support/recreate-database';
import { load, type LoadResult } from './http-load';

const WORKSPACE = join(__dirname, '..', '..');
const TOTAL = Number(process.env.BENCH_REQUESTS ?? 4000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);

// The statement UnitsRepository.listChildren runs.
const CHILDREN_SQL = `
  SELECT u.id, u.name, u.parent_id AS "parentId",
         json_build_object('id', l.id, 'code', l.code, 'nameVi', l.name_vi, 'nameEn', l.name_en) AS level,
         (SELECT count(*)::int FROM units c WHERE c.parent_id = u.id AND c.valid_to IS NULL) AS "childCount",
         (SELECT count(*)::int FROM memberships m JOIN units mu ON mu.id = m.unit_id
           WHERE m.valid_to IS NULL AND mu.path LIKE u.path || '%') AS "memberCount",
         count(*) OVER ()::int AS total
    FROM units u JOIN unit_levels l ON l.id = u.level_id
   WHERE u.valid_to IS NULL AND u.parent_id = $1
   ORDER BY u.depth, u.name_search, u.id LIMIT 20 OFFSET 0`;

/** A fresh database with the demo province, made by the built setup CLI exactly as `npm start` does. */
async function prepareDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  await dropDatabase(env.DATABASE_URL!);
  const setup = spawnSync(process.execPath, ['dist/apps/api/cli/setup.js'], { cwd: WORKSPACE, env, encoding: 'utf8' });
  if (setup.status !== 0) throw new Error(`setup failed (run \`npm run build\` first): ${setup.stderr}`);
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

function row(name: string, r: LoadResult): string {
  return `${name.padEnd(28)} ${r.perSecond.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms   errors ${r.errors}`;
}

async function main(): Promise<void> {
  const database = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sen');
  database.pathname = `/${database.pathname.slice(1) || 'sen'}_bench`;
  const port = Number(process.env.BENCH_PORT ?? 3198);
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: database.toString(),
    REDIS_PREFIX: `${process.env.REDIS_PREFIX ?? 'sen'}-bench`,
    LOG_LEVEL: 'silent',
    PORT: String(port),
    SEED_DEMO: 'true',
    SIGN_IN_RATE_PER_MINUTE: '1000',
  };
  await prepareDatabase(env);
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], { cwd: WORKSPACE, env, stdio: 'ignore' });
  const senUrl = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(senUrl);
    const signIn = await fetch(`${senUrl}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'admin@example.org', password: 'Demo@12345' }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const roots = (await (await fetch(`${senUrl}/api/v1/units`, { headers: { cookie } })).json()) as {
      items: { id: string }[];
    };
    const provinceId = roots.items[0]!.id;
    await compare(database.toString(), senUrl, cookie, provinceId);
  } finally {
    api.kill('SIGTERM');
  }
}

async function compare(databaseUrl: string, senUrl: string, cookie: string, provinceId: string): Promise<void> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const bare = Fastify({ logger: false });
  bare.get<{ Querystring: { parentId: string } }>('/units', async (req) => {
    const { rows } = await pool.query<{ total: number }>(CHILDREN_SQL, [req.query.parentId]);
    return { items: rows, total: rows[0]?.total ?? 0, page: 1, pageSize: 20 };
  });
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

  const senTarget = `${senUrl}/api/v1/units?parentId=${provinceId}`;
  const bareTarget = `${bareUrl}/units?parentId=${provinceId}`;
  // Warm both (JIT, pools, plans) before measuring.
  await load(senTarget, { cookie }, 300, 8);
  await load(bareTarget, {}, 300, 8);
  const baseline = await load(bareTarget, {}, TOTAL, CONCURRENCY);
  const full = await load(senTarget, { cookie }, TOTAL, CONCURRENCY);

  console.log(
    `\nGET children of the province (9 districts, subtree member counts), ${TOTAL} requests, ${CONCURRENCY} clients`,
  );
  console.log(row('bare Fastify + pg', baseline));
  console.log(row('Sen API (full stack)', full));
  console.log(
    `ratio: Sen throughput ${(full.perSecond / baseline.perSecond).toFixed(2)}× the baseline; p95 ${(full.p95 / baseline.p95).toFixed(2)}× the baseline`,
  );

  await bare.close();
  await pool.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
