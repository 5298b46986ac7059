/**
 * A province at benchmark scale for the completion analytics: by default 300,000 members in ~5,000 units,
 * the demo generator's positions and reserves in every unit, the three seeded programmes required
 * province-wide (as the demo requires them) plus a few district requirements, ~1,000,000 enrolments with
 * completions spread over the last twelve months, and the quiz attempts behind them.
 *
 * It is loaded with COPY (pg-copy-streams) with the triggers off (`session_replication_role = replica`
 * on the loading connection only — that also skips foreign-key checks, so every row is made valid here),
 * then `analytics_rebuild()` computes the roster and counters once, as a fresh installation would.
 *
 * The database is this generator's own (`<DATABASE_URL's name>_bench_analytics`), dropped and created
 * again unless it already holds a province made with the same options. Run alone to load and print
 * the timings:
 *
 *   node -r @swc-node/register test/support/analytics-province.ts            (full size)
 *   BENCH_ANALYTICS_SIZE=small node -r @swc-node/register test/support/analytics-province.ts
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
// The demo generator, seed and migrations of the API (an app's source, not a library).
/* eslint-disable @nx/enforce-module-boundaries */
import { dataSourceOptions } from '../../apps/api/src/core/database/data-source-options';
import { ensureDatabase } from '../../apps/api/src/core/database/ensure-database';
import { DEMO_COURSES } from '../../apps/api/src/database/seed/demo-ids';
import { generateProvince, type GeneratedProvince } from '../../apps/api/src/database/seed/generate-province';
import { createRng, type Rng } from '../../apps/api/src/database/seed/prng';
import { SEED_COURSES } from '../../apps/api/src/database/seed/programmes';
import { seedDemo } from '../../apps/api/src/database/seed/seed-demo';
/* eslint-enable @nx/enforce-module-boundaries */
import { dropDatabase } from './recreate-database';

export interface AnalyticsProvinceOptions {
  districts: number;
  communesPerDistrict: number;
  branchesPerCommune: number;
  members: number;
  /** Enrolments in all: current ones in the three programmes, and earlier ones that were ended. */
  enrolments: number;
  /** Share of required cadres who completed a programme in the last twelve months; others complete less. */
  completedShare: number;
  seed: number;
}

export const FULL_SIZE: AnalyticsProvinceOptions = {
  districts: 10,
  communesPerDistrict: 24,
  branchesPerCommune: 20,
  members: 300_000,
  enrolments: 1_000_000,
  completedShare: 0.62,
  seed: 300_000,
};

export const SMALL_SIZE: AnalyticsProvinceOptions = {
  ...FULL_SIZE,
  districts: 5,
  communesPerDistrict: 10,
  branchesPerCommune: 10,
  members: 30_000,
  enrolments: 100_000,
};

/** The size from the environment: BENCH_ANALYTICS_SIZE=small|full, each number overridable. */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): AnalyticsProvinceOptions {
  const base = env.BENCH_ANALYTICS_SIZE === 'small' ? SMALL_SIZE : FULL_SIZE;
  const num = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);
  return {
    ...base,
    districts: num('BENCH_ANALYTICS_DISTRICTS', base.districts),
    communesPerDistrict: num('BENCH_ANALYTICS_COMMUNES', base.communesPerDistrict),
    branchesPerCommune: num('BENCH_ANALYTICS_BRANCHES', base.branchesPerCommune),
    members: num('BENCH_ANALYTICS_MEMBERS', base.members),
    enrolments: num('BENCH_ANALYTICS_ENROLMENTS', base.enrolments),
  };
}

export interface AnalyticsProvince {
  databaseUrl: string;
  provinceId: string;
  /** A reviewer of the whole generated province, with the demo password. */
  reviewerEmail: string;
  counts: Record<string, number>;
  /** Seconds per phase; empty when an existing database was reused. */
  timings: Record<string, number>;
  reused: boolean;
}

export const BENCH_REVIEWER = 'reviewer.bench@example.org';
const DAY = 86_400_000;

export function analyticsDatabaseUrl(): string {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sen');
  url.pathname = `/${url.pathname.slice(1) || 'sen'}_bench_analytics`;
  return url.toString();
}

type Field = string | number | boolean | Date | null | undefined;

/** COPY text format: tabs, newlines and backslashes escaped, NULL as \N. */
function field(value: Field): string {
  if (value === null || value === undefined) return '\\N';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function* copyLines(rows: Iterable<readonly Field[]>): Generator<string> {
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(row.map(field).join('\t'));
    if (lines.length === 10_000) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

async function copy(
  client: Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly Field[]>,
): Promise<void> {
  await pipeline(
    Readable.from(copyLines(rows)),
    client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)),
  );
}

interface Course {
  courseId: string;
  versionId: string;
  requiredFor: readonly string[];
  includeReserves: boolean;
  steps: string[];
}

interface EnrolmentRow {
  id: string;
  personId: string;
  course: Course;
  source: string;
  enrolledAt: number;
  completedAt: number | null;
  endedAt: number | null;
  /** Holds a position the programme is required of. */
  required: boolean;
}

/** Enrolments: every member in each programme with the same chance, the rest of the total as ended earlier ones. */
function* enrolments(
  rng: Rng,
  province: GeneratedProvince,
  courses: Course[],
  options: AnalyticsProvinceOptions,
  now: number,
): Generator<EnrolmentRow> {
  const requiredOf = courses.map(
    (c) =>
      new Set(
        province.positions
          .filter((p) => c.requiredFor.includes(p.kind) && (p.role === 'holder' || c.includeReserves))
          .map((p) => p.personId),
      ),
  );
  const pairs = province.people.length * courses.length;
  const current = Math.min(1, options.enrolments / pairs);
  let made = 0;
  const yearAgo = now - 365 * DAY;
  const pending: EnrolmentRow[] = [];
  for (const person of province.people) {
    courses.forEach((course, i) => {
      const required = requiredOf[i]!.has(person.id);
      if (!required && !rng.chance(current)) return;
      const enrolledAt = yearAgo - rng.int(0, 60) * DAY;
      // Completions gathered pace over the year (sqrt skews them towards now).
      const completes = rng.chance(required ? options.completedShare : options.completedShare / 2);
      made++;
      pending.push({
        id: rng.uuid(),
        personId: person.id,
        course,
        source: required ? 'requirement' : 'self',
        enrolledAt,
        completedAt: completes ? now - DAY - Math.floor((1 - Math.sqrt(rng.next())) * 364 * DAY) : null,
        endedAt: null,
        required,
      });
    });
    while (pending.length) yield pending.pop()!;
  }
  // The rest: enrolments of an earlier year that were ended (their people enrolled again since, or not).
  for (; made < options.enrolments; made++) {
    const person = rng.pick(province.people);
    const enrolledAt = now - rng.int(400, 700) * DAY;
    yield {
      id: rng.uuid(),
      personId: person.id,
      course: rng.pick(courses),
      source: 'self',
      enrolledAt,
      completedAt: null,
      endedAt: enrolledAt + rng.int(30, 200) * DAY,
      required: false,
    };
  }
}
async function loadProvince(
  client: Client,
  options: AnalyticsProvinceOptions,
  timings: Record<string, number>,
  counts: Record<string, number>,
): Promise<string> {
  const time = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    timings[phase] = (performance.now() - start) / 1000;
    return result;
  };
  const now = Date.now();
  const rng = createRng(options.seed);
  const province = await time('generate (units, people, positions)', async () =>
    generateProvince({
      districts: options.districts,
      communesPerDistrict: options.communesPerDistrict,
      branchesPerCommune: options.branchesPerCommune,
      members: options.members,
      seed: options.seed,
    }),
  );
  const levels = new Map(
    (await client.query<{ code: string; id: string }>(`SELECT code, id FROM unit_levels`)).rows.map((r) => [
      r.code,
      r.id,
    ]),
  );
  const trainer = (await client.query<{ id: string }>(`SELECT id FROM users WHERE email = 'trainer@example.org'`))
    .rows[0]!.id;
  const steps = (
    await client.query<{ versionId: string; quizId: string }>(
      `SELECT m.version_id AS "versionId", q.id AS "quizId" FROM quizzes q
         JOIN lessons l ON l.id = q.lesson_id JOIN course_modules m ON m.id = l.module_id
        WHERE q.kind = 'step' ORDER BY m.position, l.position`,
    )
  ).rows;
  const courses: Course[] = SEED_COURSES.map((c) => {
    const demo = Object.values(DEMO_COURSES).find((d) => d.key === c.key)!;
    return {
      courseId: demo.id,
      versionId: demo.versionId,
      requiredFor: c.requiredFor,
      includeReserves: c.includeReserves,
      steps: steps.filter((s) => s.versionId === demo.versionId).map((s) => s.quizId),
    };
  });
  const provinceUnit = province.units.find((u) => u.parentId === null)!;
  const unitOf = new Map(province.memberships.map((m) => [m.personId, m.unitId]));

  await client.query(`SET session_replication_role = replica`);
  await time('COPY units, people, memberships, positions', async () => {
    await copy(
      client,
      'units',
      ['id', 'parent_id', 'level_id', 'name', 'name_search', 'path', 'depth', 'valid_from'],
      [...province.units]
        .sort((a, b) => a.depth - b.depth)
        .map((u) => [u.id, u.parentId, levels.get(u.level), u.name, u.nameSearch, u.path, u.depth, u.validFrom]),
    );
    await copy(
      client,
      'people',
      ['id', 'full_name', 'name_search', 'gender', 'birth_year', 'email', 'phone'],
      province.people.map((p) => [p.id, p.fullName, p.nameSearch, p.gender, p.birthYear, p.email, p.phone]),
    );
    await copy(
      client,
      'memberships',
      ['id', 'person_id', 'unit_id', 'valid_from'],
      province.memberships.map((m) => [m.id, m.personId, m.unitId, m.validFrom]),
    );
    await copy(
      client,
      'position_assignments',
      ['id', 'unit_id', 'kind', 'role', 'person_id', 'valid_from'],
      province.positions.map((p) => [p.id, p.unitId, p.kind, p.role, p.personId, p.validFrom]),
    );
  });
  counts.units = province.units.length;
  counts.people = province.people.length;
  counts.positions = province.positions.length;

  // The programmes required province-wide thirteen months ago, as the demo requires them; and two district
  // requirements of the branch vice-heads' course, one of them ended since.
  const requiredSince = new Date(now - 395 * DAY);
  const districts = province.units.filter((u) => u.level === 'district');
  const requirements = [
    ...courses.map((c) => [
      rng.uuid(),
      c.courseId,
      provinceUnit.id,
      `{${c.requiredFor.join(',')}}`,
      c.includeReserves,
      trainer,
      requiredSince,
      null,
    ]),
    ...districts
      .slice(0, 2)
      .map((d, i) => [
        rng.uuid(),
        courses[1]!.courseId,
        d.id,
        '{branch_vice_head,executive_member}',
        true,
        trainer,
        new Date(now - 200 * DAY),
        i === 0 ? new Date(now - 40 * DAY) : null,
      ]),
  ];
  await copy(
    client,
    'course_requirements',
    ['id', 'course_id', 'unit_id', 'positions', 'include_reserves', 'created_by', 'created_at', 'ended_at'],
    requirements,
  );
  counts.requirements = requirements.length;

  const attempts: Field[][] = [];
  let enrolled = 0;
  let completed = 0;
  await time('COPY enrolments', async () => {
    function* rows(): Generator<Field[]> {
      for (const e of enrolments(rng, province, courses, options, now)) {
        enrolled++;
        if (e.completedAt !== null) completed++;
        const unitId = unitOf.get(e.personId);
        if (e.required && e.completedAt !== null) {
          // Every module quiz passed the day before she completed.
          for (const quizId of e.course.steps)
            attempts.push(attempt(rng, quizId, e, unitId, new Date(e.completedAt - DAY), true));
        } else if (e.required && e.endedAt === null && rng.chance(0.25) && e.course.steps[0]) {
          attempts.push(attempt(rng, e.course.steps[0], e, unitId, new Date(now - rng.int(2, 300) * DAY), false));
        }
        yield [
          e.id,
          e.personId,
          e.course.courseId,
          e.course.versionId,
          e.source,
          new Date(e.enrolledAt),
          e.completedAt === null ? null : new Date(e.completedAt),
          e.endedAt === null ? null : new Date(e.endedAt),
        ];
      }
    }
    await copy(
      client,
      'enrolments',
      ['id', 'person_id', 'course_id', 'version_id', 'source', 'enrolled_at', 'completed_at', 'ended_at'],
      rows(),
    );
  });
  counts.enrolments = enrolled;
  counts.completedEnrolments = completed;
  await time('COPY quiz attempts', () =>
    copy(
      client,
      'quiz_attempts',
      [
        'id',
        'quiz_id',
        'person_id',
        'enrolment_id',
        'unit_id',
        'attempt_no',
        'status',
        'started_at',
        'submitted_at',
        'graded_as_of',
        'score',
        'max_score',
        'percent',
        'passed',
        'last_request_id',
      ],
      attempts,
    ),
  );
  counts.attempts = attempts.length;
  await client.query(`SET session_replication_role = DEFAULT`);

  // A reviewer of the generated province: one of its office staff, with the demo accounts' password.
  const staff = province.memberships.find((m) => m.unitId === provinceUnit.id)!;
  await client.query(
    `WITH u AS (
       INSERT INTO users (person_id, email, password_hash, locale)
       SELECT $1, $2, password_hash, 'vi' FROM users WHERE email = 'reviewer@example.org' RETURNING id)
     INSERT INTO role_grants (user_id, role, unit_id) SELECT id, 'reviewer', $3 FROM u`,
    [staff.personId, BENCH_REVIEWER, provinceUnit.id],
  );
  await time('ANALYZE', () => client.query(`ANALYZE`));
  return provinceUnit.id;
}

function attempt(
  rng: Rng,
  quizId: string,
  e: EnrolmentRow,
  unitId: string | undefined,
  at: Date,
  passed: boolean,
): Field[] {
  return [
    rng.uuid(),
    quizId,
    e.personId,
    e.id,
    unitId,
    1,
    'submitted',
    new Date(at.getTime() - 12 * 60_000),
    at,
    at,
    passed ? 9 : 3,
    10,
    passed ? 90 : 30,
    passed,
    'bench',
  ];
}

/** Loads (or reuses) the benchmark province; `reuse: false` always starts from an empty database. */
export async function prepareAnalyticsProvince(
  options: AnalyticsProvinceOptions = optionsFromEnv(),
  { reuse = process.env.BENCH_ANALYTICS_REUSE !== 'false', log = console.log } = {},
): Promise<AnalyticsProvince> {
  const databaseUrl = analyticsDatabaseUrl();
  if (reuse) {
    const found = await readMarker(databaseUrl);
    if (found && sameOptions(found.options, options)) {
      log(`reusing ${new URL(databaseUrl).pathname.slice(1)} (same options; BENCH_ANALYTICS_REUSE=false reloads)`);
      // Migrations added since it was loaded (an index, a column) apply to it as to any installation.
      const db = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
      try {
        await db.runMigrations({ transaction: 'each' });
      } finally {
        await db.destroy();
      }
      return { ...found.province, timings: {}, reused: true };
    }
  }
  const timings: Record<string, number> = {};
  const counts: Record<string, number> = {};
  const start = performance.now();
  await dropDatabase(databaseUrl);
  await ensureDatabase(databaseUrl);
  const db = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    await seedDemo(db);
  } finally {
    await db.destroy();
  }
  timings['migrate + demo seed'] = (performance.now() - start) / 1000;

  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const provinceId = await loadProvince(client, options, timings, counts);
    let t0 = performance.now();
    await client.query(`SELECT analytics_rebuild()`);
    timings['analytics_rebuild()'] = (performance.now() - t0) / 1000;
    t0 = performance.now();
    await client.query(`ANALYZE analytics_obligations, analytics_counts, analytics_totals`);
    timings['ANALYZE analytics'] = (performance.now() - t0) / 1000;
    const sizes = await client.query<{ t: string; n: number }>(
      `SELECT 'obligations' AS t, count(*)::int AS n FROM analytics_obligations
       UNION ALL SELECT 'counter rows (per day)', count(*)::int FROM analytics_counts
       UNION ALL SELECT 'counter rows (totals)', count(*)::int FROM analytics_totals`,
    );
    for (const row of sizes.rows) counts[row.t] = row.n;
    timings.total = (performance.now() - start) / 1000;
    const province = { databaseUrl, provinceId, reviewerEmail: BENCH_REVIEWER, counts };
    await client.query(`CREATE TABLE bench_analytics_marker (options jsonb NOT NULL, province jsonb NOT NULL)`);
    await client.query(`INSERT INTO bench_analytics_marker VALUES ($1, $2)`, [
      JSON.stringify(options),
      JSON.stringify(province),
    ]);
    return { ...province, timings, reused: false };
  } finally {
    await client.end();
  }
}

/** jsonb keeps keys in its own order, so compare field by field. */
function sameOptions(a: AnalyticsProvinceOptions, b: AnalyticsProvinceOptions): boolean {
  return (Object.keys(b) as (keyof AnalyticsProvinceOptions)[]).every((key) => a[key] === b[key]);
}

async function readMarker(
  databaseUrl: string,
): Promise<{ options: AnalyticsProvinceOptions; province: Omit<AnalyticsProvince, 'timings' | 'reused'> } | null> {
  const client = new Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{
      options: AnalyticsProvinceOptions;
      province: Omit<AnalyticsProvince, 'timings' | 'reused'>;
    }>(`SELECT options, province FROM bench_analytics_marker`);
    return rows[0] ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function printProvince(province: AnalyticsProvince, log = console.log): void {
  log(
    `province: ${Object.entries(province.counts)
      .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
      .join(', ')}`,
  );
  if (!province.reused)
    log(
      `load: ${Object.entries(province.timings)
        .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
        .join(' · ')}`,
    );
}

if (require.main === module) {
  prepareAnalyticsProvince(optionsFromEnv(), { reuse: false })
    .then((province) => printProvince(province))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
