/**
 * The dashboard's drill-down — `GET /api/v1/analytics/units/:id` with the default filters, as a reviewer of
 * the whole province, across the province, its districts and communes — through the built API (its own
 * process), against a bare Fastify + pg route answering the same question (required and completed per
 * child unit, as of today) with a naive GROUP BY over the raw tables, as a dashboard without maintained
 * counters would. Both on the benchmark province of test/support/analytics-province.ts, in the same run.
 *
 * Knobs: BENCH_ANALYTICS_SIZE=small|full (and the generator's other BENCH_ANALYTICS_* numbers),
 * BENCH_REQUESTS (300), BENCH_NAIVE_REQUESTS (40), BENCH_CONCURRENCY (2), BENCH_PORT (3197).
 */
import Fastify from 'fastify';
import { Pool } from 'pg';
import { optionsFromEnv, prepareAnalyticsProvince, printProvince } from '../support/analytics-province';
import { load, type LoadResult } from './http-load';
import { signIn, startSenOn } from './sen-server';

const TOTAL = Number(process.env.BENCH_REQUESTS ?? 300);
const NAIVE_TOTAL = Number(process.env.BENCH_NAIVE_REQUESTS ?? 40);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2);

/** Required positions × courses per child unit and how many completed, as of the end of a Vietnam day. */
const NAIVE_SQL = `
  SELECT k.id AS "unitId",
         count(DISTINCT (pa.id, r.course_id))::int AS required,
         count(DISTINCT (pa.id, r.course_id)) FILTER (WHERE e.completed_at < d.t)::int AS completed
    FROM units k
    CROSS JOIN (SELECT (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS t) d
    JOIN units u ON u.path LIKE k.path || '%'
    JOIN position_assignments pa ON pa.unit_id = u.id
    JOIN course_requirements r ON pa.kind = ANY (r.positions) AND (pa.role = 'holder' OR r.include_reserves)
    JOIN units ru ON ru.id = r.unit_id AND u.path LIKE ru.path || '%'
    LEFT JOIN enrolments e ON e.person_id = pa.person_id AND e.course_id = r.course_id
   WHERE k.parent_id = $1 AND k.valid_to IS NULL
     AND pa.valid_from < d.t AND (pa.valid_to IS NULL OR pa.valid_to >= d.t)
     AND r.created_at < d.t AND (r.ended_at IS NULL OR r.ended_at >= d.t)
   GROUP BY k.id`;

interface Breakdown {
  children: { unit: { id: string }; indicators: { required: number; completed: number } }[];
}

function row(name: string, r: LoadResult): string {
  return `${name.padEnd(30)} ${String(r.requests).padStart(5)} req   p50 ${r.p50.toFixed(1).padStart(8)} ms   p95 ${r.p95.toFixed(1).padStart(8)} ms   errors ${r.errors}`;
}

function today(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** A fixed rotation of units, so both sides answer the same mix. */
function rotation(base: string, ids: string[]): (client: number) => string {
  let next = 0;
  return () => `${base}${ids[next++ % ids.length]}`;
}

async function main(): Promise<void> {
  const province = await prepareAnalyticsProvince(optionsFromEnv());
  printProvince(province);
  const pool = new Pool({ connectionString: province.databaseUrl, max: 4 });
  const units = (
    await pool.query<{ id: string; level: string }>(
      `SELECT u.id, l.code AS level FROM units u JOIN unit_levels l ON l.id = u.level_id
        WHERE u.path LIKE (SELECT path FROM units WHERE id = $1) || '%' AND l.code IN ('province', 'district', 'commune')
        ORDER BY md5(u.id::text)`,
      [province.provinceId],
    )
  ).rows;
  // The province, every district, and as many communes: the levels a reviewer drills through.
  const districts = units.filter((u) => u.level === 'district');
  const mix = [
    province.provinceId,
    ...districts.map((u) => u.id),
    ...units
      .filter((u) => u.level === 'commune')
      .slice(0, districts.length)
      .map((u) => u.id),
  ];
  console.log(
    `units asked: the province, ${districts.length} districts, ${mix.length - 1 - districts.length} communes`,
  );

  const sen = await startSenOn(province.databaseUrl, 'analytics', Number(process.env.BENCH_PORT ?? 3197));
  const bare = Fastify({ logger: false });
  bare.get<{ Params: { id: string } }>('/naive/:id', async (req) => {
    const { rows } = await pool.query(NAIVE_SQL, [req.params.id, today()]);
    return { children: rows };
  });
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  try {
    const { cookie } = await signIn(sen.url, province.reviewerEmail);
    const senBase = `${sen.url}/api/v1/analytics/units/`;

    // The two answer the same question: per child of the province, required and completed.
    const answer = (await (
      await fetch(`${senBase}${province.provinceId}`, { headers: { cookie } })
    ).json()) as Breakdown;
    const naive = (
      await pool.query<{ unitId: string; required: number; completed: number }>(NAIVE_SQL, [
        province.provinceId,
        today(),
      ])
    ).rows;
    const agree =
      answer.children.filter((c) => c.indicators.required > 0).length === naive.length &&
      naive.every((n) => {
        const child = answer.children.find((c) => c.unit.id === n.unitId);
        return child?.indicators.required === n.required && child.indicators.completed === n.completed;
      });
    const required = naive.reduce((sum, n) => sum + n.required, 0);
    const completed = naive.reduce((sum, n) => sum + n.completed, 0);
    console.log(
      `province as of ${today()}: ${completed.toLocaleString('en')} of ${required.toLocaleString('en')} required completed; ` +
        `Sen and the naive query ${agree ? 'agree on every child' : 'DISAGREE'}`,
    );

    // Warm both (JIT, pools, plans, caches) on the whole mix before measuring.
    await load(rotation(senBase, mix), { cookie }, mix.length * 2, CONCURRENCY);
    await load(rotation(`${bareUrl}/naive/`, mix), {}, mix.length, CONCURRENCY);
    const baseline = await load(rotation(`${bareUrl}/naive/`, mix), {}, NAIVE_TOTAL, CONCURRENCY);
    const full = await load(rotation(senBase, mix), { cookie }, TOTAL, CONCURRENCY);

    console.log(`\nGET a unit's breakdown (default filters), ${CONCURRENCY} clients`);
    console.log(row('naive GROUP BY (Fastify + pg)', baseline));
    console.log(row('Sen API (counters)', full));
    console.log(
      `ratio: Sen p95 ${full.p95.toFixed(1)} ms (target ≤ 50 ms), ${(baseline.p95 / full.p95).toFixed(0)}× faster than the naive p95 ` +
        `(target ≥ 100×); p50 ${(baseline.p50 / full.p50).toFixed(0)}×`,
    );
    if (!agree || full.errors > 0 || baseline.errors > 0) process.exitCode = 1;
  } finally {
    sen.stop();
    await bare.close();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
