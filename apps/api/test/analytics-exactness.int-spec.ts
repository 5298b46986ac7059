import { routes } from '@sen/contracts';
import { Client, Pool, type ClientBase } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/core/database/data-source-options';
import { ensureDatabase } from '../src/core/database/ensure-database';
import { DEMO_IDS } from '../src/database/seed/demo-ids';
import { createRng } from '../src/database/seed/prng';
import { seedDemo } from '../src/database/seed/seed-demo';
import { UnitsRepository } from '../src/features/organisation/units.repository';
import { asOfDifferences, exactnessDifferences, type Difference } from './support/analytics-check';
import { AnalyticsWorkload } from './support/analytics-workload';
import { testDatabaseUrl } from './support/test-config';
import { TestApp, type Session } from './support/test-app';

/**
 * The completion counters are maintained by triggers in the writer's transaction; here they are held
 * against their definition after a random history of everything they read, and after concurrent writers.
 * The suite runs on a database of its own (the demo seed, then the history), so its moves and
 * requirements leave the shared integration database alone. `ANALYTICS_SEED` replays another history.
 */

const SEED = Number(process.env.ANALYTICS_SEED ?? 20_251_201);
const DAY = 86_400_000;

function ownDatabaseUrl(): string {
  const url = new URL(testDatabaseUrl());
  url.pathname = `${url.pathname}_analytics`;
  return url.toString();
}

async function recreateDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
  await client.end();
  await ensureDatabase(url);
  const db = await new DataSource(dataSourceOptions(url)).initialize();
  await db.runMigrations({ transaction: 'each' });
  await seedDemo(db);
  await db.destroy();
}

/** The Vietnam calendar day of an instant. */
function vietnamDay(t: number): string {
  return new Date(t + 7 * 3_600_000).toISOString().slice(0, 10);
}

describe('completion analytics: counters kept by triggers equal the definition', () => {
  const url = ownDatabaseUrl();
  let t: TestApp;
  let admin: Session;
  let pool: Pool;

  /** Compares in one snapshot, on a connection of its own. */
  async function differences(): Promise<Difference[]> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      return await exactnessDifferences(client);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  }

  async function one<T>(client: ClientBase | Pool, sql: string, params: unknown[] = []): Promise<T> {
    return (await client.query(sql, params)).rows[0] as T;
  }

  beforeAll(async () => {
    await recreateDatabase(url);
    t = await TestApp.start({ DATABASE_URL: url });
    admin = await t.signIn('admin@example.org');
    pool = new Pool({ connectionString: url, max: 4 });
  }, 120_000);

  afterAll(async () => {
    await pool?.end();
    await t?.stop();
  });

  it('the demo seed as migrated: the roster and counters equal a computation from scratch', async () => {
    const { n } = await one<{ n: number }>(pool, `SELECT count(*)::int AS n FROM analytics_obligations`);
    expect(n).toBeGreaterThan(100);
    expect(await differences()).toEqual([]);
  });

  describe('after a random history', () => {
    const rng = createRng(SEED);
    let workload: AnalyticsWorkload;

    beforeAll(async () => {
      workload = new AnalyticsWorkload(pool, rng, async (unitId, newParentId) => {
        const response = await t.call(routes.moveUnit, { as: admin, params: { id: unitId }, body: { newParentId } });
        if (response.status !== 200) throw new Error(`move failed: ${JSON.stringify(response.body)}`);
      });
      await workload.load();
    });

    it.each([1, 2, 3])(
      'round %i of 70 batches: roster, per-day counters and totals as from scratch',
      async () => {
        await workload.run(70);
        expect({ seed: SEED, differences: await differences() }).toEqual({ seed: SEED, differences: [] });
      },
      120_000,
    );

    it('exercised every kind of change, multi-row statements, rollbacks and moves', () => {
      const { byOperation, moves, rolledBack, statements } = workload.stats;
      expect(Object.keys(byOperation).length).toBeGreaterThanOrEqual(16);
      expect(moves).toBeGreaterThanOrEqual(2);
      expect(rolledBack).toBeGreaterThanOrEqual(2);
      expect(statements).toBeGreaterThan(500);
    });

    it('as of a date: the counters (totals less later changes) equal a direct count over the roster', async () => {
      const units: { id: string }[] = (
        await pool.query(
          `SELECT id FROM (
             SELECT u.id, l.code, row_number() OVER (PARTITION BY l.code ORDER BY md5(u.id::text || $1)) AS n
               FROM units u JOIN unit_levels l ON l.id = u.level_id) x
            WHERE n <= 3 ORDER BY code, n`,
          [SEED],
        )
      ).rows;
      // Days where something starts, stops or completes, the day before and after, and ordinary days.
      const edges: { t: Date }[] = (
        await pool.query(
          `SELECT t FROM (SELECT unnest(ARRAY[required_from, required_to, completed_at, sat_at, passed_at]) AS t
                            FROM analytics_obligations) x
            WHERE t IS NOT NULL ORDER BY md5(t::text || $1) LIMIT 8`,
          [SEED],
        )
      ).rows;
      const days = [
        ...edges.flatMap(({ t: at }) => [at.getTime() - DAY, at.getTime(), at.getTime() + DAY]),
        Date.now(),
        Date.now() + 30 * DAY,
        ...Array.from({ length: 6 }, () => Date.now() - rng.int(0, 720) * DAY),
      ].map(vietnamDay);
      let compared = 0;
      const found: Difference[] = [];
      for (const unit of units) {
        for (const day of rng.shuffle(days).slice(0, 6)) {
          const from = vietnamDay(new Date(`${day}T12:00:00+07:00`).getTime() - rng.int(0, 120) * DAY);
          found.push(...(await asOfDifferences(pool, unit.id, day, from)));
          compared++;
        }
      }
      expect(compared).toBeGreaterThanOrEqual(60);
      expect(found.slice(0, 20)).toEqual([]);
      // The comparison is not vacuous: the province's figures are not all zero on these days.
      const { n } = await one<{ n: number }>(
        pool,
        `SELECT count(*)::int AS n FROM analytics_totals WHERE unit_id = $1 AND required > 0`,
        [DEMO_IDS.province],
      );
      expect(n).toBeGreaterThan(3);
    });
  });

  describe('concurrent writers', () => {
    /** Two connections of their own, so one can wait on the other's locks. */
    let a: Client;
    let b: Client;
    let commune: string;
    let courses: { courseId: string; versionId: string }[];
    let trainer: string;
    let counter = 0;

    beforeAll(async () => {
      a = new Client({ connectionString: url });
      b = new Client({ connectionString: url });
      await a.connect();
      await b.connect();
      courses = (
        await pool.query(
          `SELECT c.id AS "courseId", v.id AS "versionId" FROM courses c
             JOIN course_versions v ON v.course_id = c.id AND v.status = 'published' ORDER BY c.id LIMIT 3`,
        )
      ).rows;
      trainer = (await one<{ id: string }>(pool, `SELECT id FROM users WHERE email = 'trainer@example.org'`)).id;
      commune = await unit(DEMO_IDS.vuBan, 'commune');
    });
    afterAll(async () => {
      await a?.end();
      await b?.end();
    });

    async function unit(parentId: string, level: string): Promise<string> {
      const row = await one<{ id: string }>(
        pool,
        `WITH n AS (SELECT gen_random_uuid() AS id)
         INSERT INTO units (id, parent_id, level_id, name, name_search, path, depth)
         SELECT n.id, p.id, l.id, 'Đồng thời ' || $3, 'dong thoi ' || $3, p.path || n.id || '/', p.depth + 1
           FROM n, units p, unit_levels l WHERE p.id = $1 AND l.code = $2
         RETURNING id`,
        [parentId, level, ++counter],
      );
      return row.id;
    }

    async function person(unitId: string): Promise<string> {
      const row = await one<{ id: string }>(
        pool,
        `INSERT INTO people (full_name, name_search, gender) VALUES ('Người đồng thời ' || $1, 'nguoi dong thoi ' || $1, 'female') RETURNING id`,
        [++counter],
      );
      await pool.query(`INSERT INTO memberships (person_id, unit_id) VALUES ($1, $2)`, [row.id, unitId]);
      return row.id;
    }

    const assignSql = `INSERT INTO position_assignments (unit_id, kind, role, person_id, valid_from)
                       VALUES ($1, $2, 'holder', $3, now() - $4 * interval '1 day') RETURNING id`;
    const requireSql = `INSERT INTO course_requirements (course_id, unit_id, positions, created_by, created_at)
                        VALUES ($1, $2, $3, $4, now() - $5 * interval '1 day')`;
    const enrolSql = `INSERT INTO enrolments (person_id, course_id, version_id, source) VALUES ($1, $2, $3, 'manual') RETURNING id`;

    /**
     * Runs `first` on A and leaves it open, starts `second` on B (it may wait for A's locks), commits A,
     * then lets B finish and commit: the interleaving a trigger's snapshot may not see through.
     */
    async function interleave(first: (c: Client) => Promise<unknown>, second: (c: Client) => Promise<unknown>) {
      await a.query('BEGIN');
      await b.query('BEGIN');
      try {
        await first(a);
        const pending = second(b);
        // Give B time to reach its statement's end (or to block on A).
        await new Promise((resolve) => setTimeout(resolve, 300));
        await a.query('COMMIT');
        await pending;
        await b.query('COMMIT');
      } catch (error) {
        await Promise.all([a.query('ROLLBACK'), b.query('ROLLBACK')]);
        throw error;
      }
    }

    it('two writers of the same person: a completion and the end of her position', async () => {
      const course = courses[0]!;
      await pool.query(requireSql, [course.courseId, commune, ['executive_member'], trainer, 100]);
      const p = await person(commune);
      const { id: assignment } = await one<{ id: string }>(pool, assignSql, [commune, 'executive_member', p, 200]);
      const { id: enrolment } = await one<{ id: string }>(pool, enrolSql, [p, course.courseId, course.versionId]);
      await interleave(
        (c) => c.query(`UPDATE enrolments SET completed_at = now() - interval '10 days' WHERE id = $1`, [enrolment]),
        (c) =>
          c.query(`UPDATE position_assignments SET valid_to = now() - interval '5 days' WHERE id = $1`, [assignment]),
      );
      const row = await one<{ completed_at: Date | null; required_to: Date | null }>(
        pool,
        `SELECT completed_at, required_to FROM analytics_obligations WHERE assignment_id = $1`,
        [assignment],
      );
      expect(row.completed_at).not.toBeNull();
      expect(row.required_to).not.toBeNull();
      expect(await differences()).toEqual([]);
    });

    it('two writers of different people credited to the same counters', async () => {
      const course = courses[0]!;
      const [p, q] = [await person(commune), await person(commune)];
      await one(pool, assignSql, [commune, 'executive_member', p, 90]);
      const { id: enrolment } = await one<{ id: string }>(pool, enrolSql, [p, course.courseId, course.versionId]);
      await interleave(
        (c) => c.query(`UPDATE enrolments SET completed_at = now() - interval '3 days' WHERE id = $1`, [enrolment]),
        async (c) => {
          await c.query(assignSql, [commune, 'executive_member', q, 60]);
          await c.query(
            `INSERT INTO enrolments (person_id, course_id, version_id, source, completed_at)
             VALUES ($1, $2, $3, 'manual', now() - interval '1 day')`,
            [q, course.courseId, course.versionId],
          );
        },
      );
      expect(await differences()).toEqual([]);
    });

    it('two statements naming the same two people in opposite orders do not deadlock', async () => {
      const course = courses[0]!;
      const people = [await person(commune), await person(commune)];
      const assignments: string[] = [];
      const enrolments: string[] = [];
      for (const p of people) {
        assignments.push((await one<{ id: string }>(pool, assignSql, [commune, 'executive_member', p, 40])).id);
        enrolments.push((await one<{ id: string }>(pool, enrolSql, [p, course.courseId, course.versionId])).id);
      }
      // Each commits as soon as its statement is done; a deadlock would fail one of them.
      const run = async (c: Client, sql: string, ids: string[]) => {
        await c.query('BEGIN');
        await c.query(sql, [ids]);
        await c.query('COMMIT');
      };
      await Promise.all([
        run(a, `UPDATE enrolments SET completed_at = now() WHERE id = ANY($1::uuid[])`, enrolments),
        run(
          b,
          `UPDATE position_assignments SET valid_to = now() + interval '1 day' WHERE id = ANY($1::uuid[])`,
          [...assignments].reverse(),
        ),
      ]);
      expect(await differences()).toEqual([]);
    });

    it.each([
      ['the requirement first', false],
      ['the position first', true],
    ])(
      'a new requirement and a new holder of the position it names, in its subtree (%s)',
      async (_order, positionFirst) => {
        const course = courses[1]!;
        const branch = await unit(commune, 'branch');
        const p = await person(branch);
        const kind = positionFirst ? 'vice_president' : 'full_time_staff';
        const requirement = (c: Client) => c.query(requireSql, [course.courseId, commune, [kind], trainer, 30]);
        const position = (c: Client) => c.query(assignSql, [branch, kind, p, 20]);
        await interleave(positionFirst ? position : requirement, positionFirst ? requirement : position);
        const { n } = await one<{ n: number }>(
          pool,
          `SELECT count(*)::int AS n FROM analytics_obligations WHERE person_id = $1 AND course_id = $2`,
          [p, course.courseId],
        );
        expect(n).toBe(1);
        expect(await differences()).toEqual([]);
      },
    );

    it('a new requirement on a district while a branch with a required cadre moves into one of its communes', async () => {
      const course = courses[2]!;
      // The move locks the branch and its new commune, the requirement only its district: nothing in
      // the rows they touch makes one wait for the other.
      const [district, target] = [DEMO_IDS.haiHau, await unit(DEMO_IDS.haiHau, 'commune')];
      const moving = await unit(await unit(DEMO_IDS.yYen, 'commune'), 'branch');
      const p = await person(moving);
      await one(pool, assignSql, [moving, 'branch_vice_head', p, 300]);
      const units = new UnitsRepository(t.db);
      const runner = t.db.createQueryRunner();
      await runner.connect();
      try {
        await a.query('BEGIN');
        await a.query(requireSql, [course.courseId, district, ['branch_vice_head'], trainer, 15]);
        await runner.startTransaction();
        const oldPath = (await units.lockPath(moving, runner.manager))!.path;
        const newPath = `${(await units.lockPath(target, runner.manager))!.path}${moving}/`;
        await units.archive(runner.manager, moving, 'move', new Date());
        const moved = units.move(runner.manager, moving, target, oldPath, newPath);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await a.query('COMMIT');
        await moved;
        await runner.commitTransaction();
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
      const { n } = await one<{ n: number }>(
        pool,
        `SELECT count(*)::int AS n FROM analytics_obligations WHERE person_id = $1 AND course_id = $2`,
        [p, course.courseId],
      );
      expect(n).toBe(1);
      expect(await differences()).toEqual([]);
    });
  });

  it('a refresh of the whole province takes a bounded number of locks (the shared lock table holds ~6,400)', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { n: people } = await one<{ n: number }>(client, `SELECT count(*)::int AS n FROM people`);
      await client.query(`SELECT analytics_refresh(ARRAY(SELECT id FROM people))`);
      const { n: locks } = await one<{ n: number }>(
        client,
        `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()`,
      );
      expect(people).toBeGreaterThan(2000);
      expect(locks).toBeLessThanOrEqual(1024);
      // Above 1,000 people the refresh reads the roster another way: the same rows.
      expect(await exactnessDifferences(client)).toEqual([]);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('the comparison notices a change the triggers did not see (a trigger dropped, rolled back)', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const row = await one<{ id: string } | undefined>(
        client,
        `SELECT e.id FROM analytics_obligations o
           JOIN enrolments e ON e.person_id = o.person_id AND e.course_id = o.course_id
          WHERE o.completed_at IS NULL AND o.required_to IS NULL LIMIT 1`,
      );
      expect(row).toBeDefined();
      await client.query(`DROP TRIGGER tg_analytics_enrolments_update ON enrolments`);
      await client.query(`UPDATE enrolments SET completed_at = now() - interval '2 days' WHERE id = $1`, [row!.id]);
      const found = await exactnessDifferences(client);
      expect(found.map((d) => d.table)).toEqual(
        expect.arrayContaining(['analytics_obligations', 'analytics_counts', 'analytics_totals']),
      );
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('a rebuild from scratch leaves the counters as the triggers kept them', async () => {
    const before = await pool.query(
      `SELECT unit_id, course_id, position, role, required, completed, sat, passed, completions
         FROM analytics_totals WHERE required <> 0 OR completed <> 0 OR sat <> 0 OR passed <> 0 OR completions <> 0
        ORDER BY 1, 2, 3, 4`,
    );
    await pool.query(`SELECT analytics_rebuild()`);
    const after = await pool.query(
      `SELECT unit_id, course_id, position, role, required, completed, sat, passed, completions
         FROM analytics_totals ORDER BY 1, 2, 3, 4`,
    );
    expect(after.rows).toEqual(before.rows);
    expect(await differences()).toEqual([]);
  });
});
