/**
 * Progress ingestion: 200 trainees at once, each posting batches of 5 events for her own enrolment.
 * Sen authenticates, checks CSRF, validates, stores the events once and folds the new ones into lesson
 * and enrolment progress; the baseline is a bare Fastify route doing only the same INSERT through pg, in
 * the same run. Two phases: closed loop (capacity, for the throughput ratio) and paced (each trainee
 * posting once a second: the latency a trainee sees under that load). The Sen API runs as built in its
 * own process; the baseline in this one. Loopback only.
 */
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { load, type LoadResult, type PostBuilder } from './http-load';
import { signIn, startSen } from './sen-server';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const TOTAL = Number(process.env.BENCH_REQUESTS ?? 4000);
const EVENTS_PER_BATCH = 5;
/** The paced phase: every trainee posts once per PACE_MS, PACED_ROUNDS times (200 trainees → 200 batches/s). */
const PACE_MS = Number(process.env.BENCH_PACE_MS ?? 1000);
const PACED_ROUNDS = 10;

interface Trainee {
  enrolmentId: string;
  lessons: string[];
  cookie: string;
  csrf: string;
}

// The statement LearningRepository.insertEvents runs.
const INSERT_SQL = `
  INSERT INTO progress_events (id, enrolment_id, lesson_id, kind, value, position, occurred_at, request_id)
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::real[], $6::jsonb[], $7::timestamptz[], $8::text[])
  ON CONFLICT (id) DO NOTHING RETURNING id`;

interface Event {
  id: string;
  enrolmentId: string;
  lessonId: string;
  kind: 'scrolled';
  value: number;
  position: { scroll: number };
  occurredAt: string;
}

function batchFor(trainee: Trainee): Event[] {
  return Array.from({ length: EVENTS_PER_BATCH }, () => {
    const value = Math.round(Math.random() * 100) / 100;
    return {
      id: randomUUID(),
      enrolmentId: trainee.enrolmentId,
      lessonId: trainee.lessons[Math.floor(Math.random() * trainee.lessons.length)]!,
      kind: 'scrolled',
      value,
      position: { scroll: value },
      occurredAt: new Date().toISOString(),
    };
  });
}

/** Gives 200 enrolled members an account and a session, as if each had signed in on her phone. */
async function trainees(pool: Pool, url: string): Promise<Trainee[]> {
  const { rows } = await pool.query<{ enrolmentId: string; personId: string; lessons: string[] }>(
    `SELECT DISTINCT ON (e.person_id) e.id AS "enrolmentId", e.person_id AS "personId",
            (SELECT array_agg(l.id) FROM course_modules m JOIN lessons l ON l.module_id = m.id WHERE m.version_id = e.version_id) AS lessons
       FROM enrolments e WHERE e.ended_at IS NULL AND NOT EXISTS (SELECT 1 FROM users u WHERE u.person_id = e.person_id)
      ORDER BY e.person_id LIMIT $1`,
    [CLIENTS],
  );
  await pool.query(
    `INSERT INTO users (person_id, email, password_hash)
     SELECT p, 'bench.' || p || '@example.org', (SELECT password_hash FROM users WHERE email = 'trainee@example.org')
       FROM unnest($1::uuid[]) AS p`,
    [rows.map((r) => r.personId)],
  );
  const result: Trainee[] = [];
  for (const row of rows) {
    result.push({
      enrolmentId: row.enrolmentId,
      lessons: row.lessons,
      ...(await signIn(url, `bench.${row.personId}@example.org`)),
    });
  }
  return result;
}

function row(name: string, r: LoadResult): string {
  return `${name.padEnd(22)} ${r.perSecond.toFixed(0).padStart(6)} req/s (${(r.perSecond * EVENTS_PER_BATCH).toFixed(0).padStart(6)} events/s)   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(7)} ms   errors ${r.errors}`;
}

async function main(): Promise<void> {
  const sen = await startSen('progress', Number(process.env.BENCH_PORT ?? 3197));
  const pool = new Pool({ connectionString: sen.databaseUrl, max: 10 });
  const bare = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  try {
    const clients = await trainees(pool, sen.url);
    bare.post<{ Body: { events: Event[] } }>('/progress', async (req) => {
      const e = req.body.events;
      const inserted = await pool.query(INSERT_SQL, [
        e.map((x) => x.id),
        e.map((x) => x.enrolmentId),
        e.map((x) => x.lessonId),
        e.map((x) => x.kind),
        e.map((x) => x.value),
        e.map((x) => JSON.stringify(x.position)),
        e.map((x) => x.occurredAt),
        e.map(() => 'bench'),
      ]);
      return { accepted: inserted.rowCount };
    });
    const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

    const senPost: PostBuilder = (i) => {
      const trainee = clients[i % clients.length]!;
      return { body: { events: batchFor(trainee) }, headers: { cookie: trainee.cookie, 'x-csrf-token': trainee.csrf } };
    };
    const barePost: PostBuilder = (i) => ({ body: { events: batchFor(clients[i % clients.length]!) } });

    await load(`${bareUrl}/progress`, {}, 400, 20, barePost);
    await load(`${sen.url}/api/v1/me/progress`, {}, 400, 20, senPost);
    const baseline = await load(`${bareUrl}/progress`, {}, TOTAL, CLIENTS, barePost);
    const full = await load(`${sen.url}/api/v1/me/progress`, {}, TOTAL, CLIENTS, senPost);
    const pacedTotal = CLIENTS * PACED_ROUNDS;
    const pacedBaseline = await load(`${bareUrl}/progress`, {}, pacedTotal, CLIENTS, barePost, PACE_MS);
    const pacedFull = await load(`${sen.url}/api/v1/me/progress`, {}, pacedTotal, CLIENTS, senPost, PACE_MS);

    console.log(`\nProgress batches of ${EVENTS_PER_BATCH} events, ${CLIENTS} concurrent trainees`);
    console.log(`As fast as each answer comes back (${TOTAL} requests): capacity`);
    console.log(row('bare Fastify + pg', baseline));
    console.log(row('Sen API (full stack)', full));
    console.log(`Each trainee sending a batch every ${PACE_MS} ms (${pacedTotal} requests): latency under that load`);
    console.log(row('bare Fastify + pg', pacedBaseline));
    console.log(row('Sen API (full stack)', pacedFull));
    console.log(
      `ratio: Sen throughput ${(full.perSecond / baseline.perSecond).toFixed(2)}× the baseline; ` +
        `paced p99 ${pacedFull.p99.toFixed(0)} ms vs ${pacedBaseline.p99.toFixed(0)} ms`,
    );
  } finally {
    await bare.close();
    await pool.end();
    sen.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
