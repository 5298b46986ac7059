/**
 * What the whole stack (Nest + session lookup + access guard + contract validation + JSON mapping)
 * costs over a bare Fastify + pg endpoint running the same SQL, for an authenticated "children of a
 * unit" request on the demo province. The Sen API runs as built (`dist/apps/api/main.js`, its own process);
 * the baseline runs inside this process, sharing its event loop with the load generator. Loopback only.
 */
import Fastify from 'fastify';
import { Pool } from 'pg';
import { load, type LoadResult } from './http-load';
import { signIn, startSen } from './sen-server';
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

function row(name: string, r: LoadResult): string {
  return `${name.padEnd(28)} ${r.perSecond.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms   errors ${r.errors}`;
}

async function main(): Promise<void> {
  const sen = await startSen('units', Number(process.env.BENCH_PORT ?? 3198));
  try {
    const { cookie } = await signIn(sen.url, 'admin@example.org');
    const roots = (await (await fetch(`${sen.url}/api/v1/units`, { headers: { cookie } })).json()) as {
      items: { id: string }[];
    };
    await compare(sen.databaseUrl, sen.url, cookie, roots.items[0]!.id);
  } finally {
    sen.stop();
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
