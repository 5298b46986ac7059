import type { ClientBase, Pool } from 'pg';

/** A connection, or the pool for a check that needs no transaction. */
export type Queryable = ClientBase | Pool;

/**
 * Checks of the completion analytics against their definition, shared by the exactness test and the
 * benchmarks' data generator. Nothing here writes to the analytics tables: the expected state goes into
 * temporary tables of the connection.
 */

export interface Difference {
  table: 'analytics_obligations' | 'analytics_counts' | 'analytics_totals' | 'as_of';
  /** `unexpected`: in the maintained table, not in the definition; `missing`: the other way round. */
  side: 'unexpected' | 'missing';
  row: Record<string, unknown>;
}

const COUNTERS = ['required', 'completed', 'sat', 'passed', 'completions'] as const;
const SUMS = COUNTERS.map((c) => `sum(${c})::int AS ${c}`).join(', ');
const NONZERO_SUMS = COUNTERS.map((c) => `sum(${c}) <> 0`).join(' OR ');
const NONZERO = COUNTERS.map((c) => `${c} <> 0`).join(' OR ');
const COUNT_KEY = 'unit_id, course_id, position, role, day';
const TOTAL_KEY = 'unit_id, course_id, position, role';

/** Rows of `left` that are not in `right`, and the reverse, `limit` of each. */
async function except(
  client: Queryable,
  table: Difference['table'],
  actual: string,
  expected: string,
  limit: number,
  params: unknown[] = [],
): Promise<Difference[]> {
  const unexpected = await client.query<Record<string, unknown>>(
    `(${actual}) EXCEPT ALL (${expected}) LIMIT ${limit}`,
    params,
  );
  const missing = await client.query<Record<string, unknown>>(
    `(${expected}) EXCEPT ALL (${actual}) LIMIT ${limit}`,
    params,
  );
  return [
    ...unexpected.rows.map((row) => ({ table, side: 'unexpected' as const, row })),
    ...missing.rows.map((row) => ({ table, side: 'missing' as const, row })),
  ];
}

/**
 * The incrementally maintained roster and counters against a computation from scratch with the same
 * definition (`analytics_roster(NULL)` credited by `analytics_credited`), without touching the shared
 * tables. All-zero counter rows are left out on both sides: a counter that went up and down again keeps
 * its row. Run it in a transaction of its own (REPEATABLE READ for one snapshot) or inside the caller's.
 */
export async function exactnessDifferences(client: ClientBase, limit = 10): Promise<Difference[]> {
  await client.query(`DROP TABLE IF EXISTS pg_temp.expected_obligations, pg_temp.expected_changes`);
  await client.query(`CREATE TEMP TABLE expected_obligations AS SELECT * FROM analytics_roster(NULL)`);
  await client.query(`
    CREATE TEMP TABLE expected_changes AS
    SELECT * FROM analytics_credited(
      (SELECT coalesce(array_agg(ROW(o.*)::analytics_obligations), '{}') FROM expected_obligations o), 1)`);
  try {
    return [
      ...(await except(
        client,
        'analytics_obligations',
        `SELECT * FROM analytics_obligations`,
        `SELECT * FROM expected_obligations`,
        limit,
      )),
      ...(await except(
        client,
        'analytics_counts',
        `SELECT ${COUNT_KEY}, ${COUNTERS.join(', ')} FROM analytics_counts WHERE ${NONZERO}`,
        `SELECT ${COUNT_KEY}, ${SUMS} FROM expected_changes GROUP BY ${COUNT_KEY} HAVING ${NONZERO_SUMS}`,
        limit,
      )),
      ...(await except(
        client,
        'analytics_totals',
        `SELECT ${TOTAL_KEY}, ${COUNTERS.join(', ')} FROM analytics_totals WHERE ${NONZERO}`,
        `SELECT ${TOTAL_KEY}, ${SUMS} FROM expected_changes GROUP BY ${TOTAL_KEY} HAVING ${NONZERO_SUMS}`,
        limit,
      )),
    ];
  } finally {
    await client.query(`DROP TABLE IF EXISTS pg_temp.expected_obligations, pg_temp.expected_changes`);
  }
}

/**
 * As of the end of `day` (Vietnam calendar), per course, position and role of the unit's subtree: the
 * state counters read from the counters (the totals minus the changes dated after the day) and the
 * completions of the period `from`…`day` (the changes dated in it), against a direct count over the
 * roster with the definition — required while required_from ≤ end of day < required_to, completed /
 * sat / passed when also reached by the end of the day, a completion when it happened in the period
 * while required.
 */
export async function asOfDifferences(
  client: Queryable,
  unitId: string,
  day: string,
  from: string,
  limit = 10,
): Promise<Difference[]> {
  const fromCounters = `
    WITH keys AS (
      SELECT course_id, position, role FROM analytics_totals WHERE unit_id = $1
      UNION SELECT course_id, position, role FROM analytics_counts WHERE unit_id = $1
    ), total AS (
      SELECT * FROM analytics_totals WHERE unit_id = $1
    ), later AS (
      SELECT course_id, position, role, ${SUMS} FROM analytics_counts WHERE unit_id = $1 AND day > $2::date
       GROUP BY course_id, position, role
    ), period AS (
      SELECT course_id, position, role, sum(completions)::int AS completions FROM analytics_counts
       WHERE unit_id = $1 AND day BETWEEN $3::date AND $2::date GROUP BY course_id, position, role
    ), result AS (
      SELECT k.course_id, k.position, k.role,
             coalesce(t.required, 0) - coalesce(l.required, 0) AS required,
             coalesce(t.completed, 0) - coalesce(l.completed, 0) AS completed,
             coalesce(t.sat, 0) - coalesce(l.sat, 0) AS sat,
             coalesce(t.passed, 0) - coalesce(l.passed, 0) AS passed,
             coalesce(p.completions, 0) AS completions
        FROM keys k
        LEFT JOIN total t USING (course_id, position, role)
        LEFT JOIN later l USING (course_id, position, role)
        LEFT JOIN period p USING (course_id, position, role)
    )
    SELECT * FROM result WHERE ${NONZERO}`;
  const direct = `
    WITH bounds AS (
      SELECT (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS day_end,
             ($3::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS period_start
    ), rows AS (
      SELECT o.*, b.*,
             o.required_from < b.day_end AND (o.required_to IS NULL OR o.required_to >= b.day_end) AS required_then
        FROM analytics_obligations o CROSS JOIN bounds b
       WHERE o.unit_path LIKE (SELECT path FROM units WHERE id = $1) || '%'
    ), result AS (
      SELECT course_id, position, role,
             count(*) FILTER (WHERE required_then)::int AS required,
             count(*) FILTER (WHERE required_then AND completed_at < day_end)::int AS completed,
             count(*) FILTER (WHERE required_then AND sat_at < day_end)::int AS sat,
             count(*) FILTER (WHERE required_then AND passed_at < day_end)::int AS passed,
             count(*) FILTER (WHERE completed_at >= period_start AND completed_at < day_end
                                AND completed_at >= required_from
                                AND (required_to IS NULL OR completed_at < required_to))::int AS completions
        FROM rows GROUP BY course_id, position, role
    )
    SELECT * FROM result WHERE ${NONZERO}`;
  const differences = await except(client, 'as_of', fromCounters, direct, limit, [unitId, day, from]);
  return differences.map((d) => ({ ...d, row: { unitId, day, from, ...d.row } }));
}
