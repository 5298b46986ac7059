/**
 * The roster export — `GET /api/v1/analytics/units/:id/export?view=roster&format=csv`, as a reviewer of the
 * whole province — for a commune, a district and the province (rows growing by about ten each step),
 * against `COPY (the same rows) TO STDOUT WITH CSV` read by a bare pg client, in the same run. The API
 * runs inside this process (the production configuration, logging off) so that its heap can be watched:
 * memory is sampled every 5 ms while a file streams, and the peak above the level before the request is
 * printed with the rows, to show it stays flat as the rows grow. The client reads the body as a stream and
 * keeps only its byte count.
 *
 * Knobs: BENCH_ANALYTICS_SIZE=small|full (and the generator's other BENCH_ANALYTICS_* numbers),
 * BENCH_EXPORT_REPEAT (3: the median run counts), BENCH_PORT (3196).
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import pino from 'pino';
import { randomBytes } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
// The API under test, built from its source in this process (an app's source, not a library).
/* eslint-disable @nx/enforce-module-boundaries */
import { loadConfig } from '../../apps/api/src/core/config/app-config';
import { createHttpApp } from '../../apps/api/src/core/http/create-http-app';
/* eslint-enable @nx/enforce-module-boundaries */
import { optionsFromEnv, prepareAnalyticsProvince, printProvince } from '../support/analytics-province';
import { signIn } from './sen-server';

const REPEAT = Number(process.env.BENCH_EXPORT_REPEAT ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 3196);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The roster's rows as the export lists them (as of today, the subtree's required cadres), for COPY. */
const ROSTER_SQL = (pathLiteral: string, dayLiteral: string) => `
  SELECT p.full_name, u.name, o.position, o.role, coalesce(cv.title, ''),
         to_char((o.required_from AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'DD/MM/YYYY'),
         CASE WHEN (o.completed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= ${dayLiteral}
              THEN to_char((o.completed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'DD/MM/YYYY') END,
         coalesce((o.sat_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= ${dayLiteral}, false),
         coalesce((o.passed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= ${dayLiteral}, false)
    FROM analytics_obligations o
    JOIN people p ON p.id = o.person_id
    JOIN units u ON u.id = o.unit_id
    LEFT JOIN LATERAL (SELECT v.title FROM course_versions v WHERE v.course_id = o.course_id AND v.status = 'published'
                        ORDER BY v.version_no DESC LIMIT 1) cv ON true
   WHERE o.unit_path LIKE ${pathLiteral}
     AND (o.required_from AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= ${dayLiteral}
     AND (o.required_to IS NULL OR (o.required_to AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > ${dayLiteral})
   ORDER BY o.unit_path, p.full_name, o.course_id`;

interface Run {
  seconds: number;
  bytes: number;
  lines: number;
  peakHeapMb: number;
  peakRssMb: number;
}

function median<T>(runs: T[], key: (r: T) => number): T {
  return [...runs].sort((a, b) => key(a) - key(b))[Math.floor(runs.length / 2)]!;
}

/** Runs `work` while sampling this process's memory; peaks are above the level after a GC just before. */
async function measured(work: () => Promise<{ bytes: number; lines: number }>): Promise<Run> {
  gc();
  const base = process.memoryUsage();
  let heap = base.heapUsed;
  let rss = base.rss;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  }, 5);
  const start = performance.now();
  try {
    const result = await work();
    return {
      ...result,
      seconds: (performance.now() - start) / 1000,
      peakHeapMb: (heap - base.heapUsed) / 2 ** 20,
      peakRssMb: rss / 2 ** 20,
    };
  } finally {
    clearInterval(timer);
  }
}

async function countStream(stream: AsyncIterable<Uint8Array>): Promise<{ bytes: number; lines: number }> {
  let bytes = 0;
  let lines = 0;
  for await (const chunk of stream) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  return { bytes, lines };
}

async function main(): Promise<void> {
  const province = await prepareAnalyticsProvince(optionsFromEnv());
  printProvince(province);
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: province.databaseUrl,
    REDIS_PREFIX: `${process.env.REDIS_PREFIX ?? 'sen'}-bench-analytics-csv`,
    LOG_LEVEL: 'silent',
    CERTIFICATE_SIGNING_KEY: randomBytes(32).toString('base64'),
    REPORT_LINK_SECRET: randomBytes(32).toString('base64'),
  });
  const app = await createHttpApp(config, pino({ level: 'silent' }));
  await app.listen({ port: PORT, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${PORT}`;
  const client = new Client({ connectionString: province.databaseUrl });
  await client.connect();
  try {
    const { cookie } = await signIn(url, province.reviewerEmail);
    const pick = async (level: string) =>
      (
        await client.query<{ id: string; path: string }>(
          `SELECT u.id, u.path FROM units u JOIN unit_levels l ON l.id = u.level_id
            WHERE l.code = $1 AND u.path LIKE (SELECT path FROM units WHERE id = $2) || '%' ORDER BY u.path LIMIT 1`,
          [level, province.provinceId],
        )
      ).rows[0]!;
    const scopes = [
      ['commune', await pick('commune')],
      ['district', await pick('district')],
      ['province', await pick('province')],
    ] as const;
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

    const exportOnce = () =>
      measured(async () => {
        const response = await fetch(`${url}/api/v1/analytics/units/${scope.id}/export?view=roster&format=csv`, {
          headers: { cookie },
        });
        if (response.status !== 200 || !response.body) throw new Error(`export answered ${response.status}`);
        return countStream(response.body);
      });
    const copyOnce = () =>
      measured(async () => {
        const sql = ROSTER_SQL(client.escapeLiteral(`${scope.path}%`), `${client.escapeLiteral(today)}::date`);
        return countStream(client.query(copyTo(`COPY (${sql}) TO STDOUT WITH (FORMAT csv)`)));
      });

    let scope: { id: string; path: string } = scopes[0][1];
    // Warm-up: plans, caches, JIT.
    await exportOnce();
    await copyOnce();

    console.log(`\nroster CSV as of ${today}, median of ${REPEAT}; memory: peak heap above the level before, peak RSS`);
    console.log(
      `${'scope'.padEnd(9)} ${'rows'.padStart(8)} ${'MB'.padStart(6)}   ${'COPY'.padStart(8)}   ${'Sen'.padStart(8)}   ratio   heap peak   RSS peak`,
    );
    for (const [name, unit] of scopes) {
      scope = unit;
      const copies: Run[] = [];
      const exports: Run[] = [];
      for (let i = 0; i < REPEAT; i++) {
        copies.push(await copyOnce());
        exports.push(await exportOnce());
      }
      const c = median(copies, (r) => r.seconds);
      const e = median(exports, (r) => r.seconds);
      // The export has a header line; COPY does not.
      if (e.lines - 1 !== c.lines) console.log(`  ! rows differ: export ${e.lines - 1}, COPY ${c.lines}`);
      console.log(
        `${name.padEnd(9)} ${String(c.lines).padStart(8)} ${(e.bytes / 2 ** 20).toFixed(1).padStart(6)}   ` +
          `${(c.seconds * 1000).toFixed(0).padStart(6)} ms   ${(e.seconds * 1000).toFixed(0).padStart(6)} ms   ` +
          `${(e.seconds / c.seconds).toFixed(2).padStart(5)}×   ${Math.max(...exports.map((r) => r.peakHeapMb))
            .toFixed(1)
            .padStart(6)} MB   ${Math.max(...exports.map((r) => r.peakRssMb))
            .toFixed(0)
            .padStart(5)} MB`,
      );
    }
    console.log('ratio = Sen export time / COPY of the same rows (target ≤ 2×)');
  } finally {
    await client.end();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
