import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Completion analytics, maintained as the data changes instead of recomputed per request.
 *
 * The roster (`analytics_obligations`): one row per position assignment and course that a requirement
 * covers — who must take which course, in which unit and position, from when until when, and when she
 * completed it, first sat one of its quizzes and had passed every quiz step of a version she took.
 * `analytics_roster(people)` is the one definition of those rows; with NULL it lists everyone.
 *
 * The counters: every roster row adds +1/−1 changes to `required`, `completed`, `sat` and `passed` on the
 * Vietnam calendar days they start and stop counting, and +1 `completions` on the day she completed while
 * required (the activity behind coverage). The changes are credited to the row's unit and every unit
 * above it (read from the materialised path the row was credited along, kept in `unit_path`), per day in
 * `analytics_counts` and summed in `analytics_totals`, so a dashboard reads a few rows per unit: a value
 * as of day D is the total minus the changes dated after D.
 *
 * `analytics_refresh(people)` recomputes those people's roster rows, subtracts the old rows' changes and
 * adds the new ones. Statement triggers call it for the people a statement touched on every table the
 * definition reads, in the writer's own transaction, so the counters are exact at every commit and agree
 * with `analytics_rebuild()`, which recomputes everything (an integration test compares the two).
 * Refreshes of one person are serialised by a transaction-scoped advisory lock.
 */
export class CompletionAnalytics1765000000000 implements MigrationInterface {
  name = 'CompletionAnalytics1765000000000';

  public async up(q: QueryRunner): Promise<void> {
    // The roster looks up a person's enrolments of a course, ended ones included.
    await q.query(`CREATE INDEX ix_enrolments_person_course ON enrolments (person_id, course_id)`);

    await q.query(`
      CREATE TABLE analytics_obligations (
        assignment_id uuid NOT NULL,
        course_id uuid NOT NULL,
        person_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        unit_path text NOT NULL,
        position text NOT NULL,
        role text NOT NULL,
        required_from timestamptz NOT NULL,
        required_to timestamptz,
        completed_at timestamptz,
        sat_at timestamptz,
        passed_at timestamptz,
        CONSTRAINT pk_analytics_obligations PRIMARY KEY (assignment_id, course_id),
        CONSTRAINT ck_analytics_obligations_interval CHECK (required_to IS NULL OR required_to > required_from)
      )`);
    await q.query(`CREATE INDEX ix_analytics_obligations_person ON analytics_obligations (person_id)`);
    await q.query(
      `CREATE INDEX ix_analytics_obligations_unit_path ON analytics_obligations (unit_path text_pattern_ops)`,
    );

    const counterColumns = `
        required integer NOT NULL DEFAULT 0,
        completed integer NOT NULL DEFAULT 0,
        sat integer NOT NULL DEFAULT 0,
        passed integer NOT NULL DEFAULT 0,
        completions integer NOT NULL DEFAULT 0`;
    await q.query(`
      CREATE TABLE analytics_counts (
        unit_id uuid NOT NULL,
        course_id uuid NOT NULL,
        position text NOT NULL,
        role text NOT NULL,
        day date NOT NULL,${counterColumns},
        CONSTRAINT pk_analytics_counts PRIMARY KEY (unit_id, course_id, position, role, day)
      )`);
    await q.query(`
      CREATE TABLE analytics_totals (
        unit_id uuid NOT NULL,
        course_id uuid NOT NULL,
        position text NOT NULL,
        role text NOT NULL,${counterColumns},
        CONSTRAINT pk_analytics_totals PRIMARY KEY (unit_id, course_id, position, role)
      )`);

    await q.query(`
      CREATE FUNCTION analytics_roster(p_people uuid[]) RETURNS SETOF analytics_obligations
      LANGUAGE sql STABLE AS $fn$
        SELECT pa.id, req.course_id, pa.person_id, pa.unit_id, u.path, pa.kind, pa.role,
               greatest(pa.valid_from, req.required_from),
               least(pa.valid_to, req.required_to),
               done.completed_at, sat.sat_at, pass.passed_at
          FROM position_assignments pa
          JOIN units u ON u.id = pa.unit_id
          -- every requirement covering this position in this unit, per course: from the first one's start
          -- to the last one's end (open while one is still in force)
          JOIN LATERAL (
            SELECT r.course_id, min(r.created_at) AS required_from,
                   CASE WHEN bool_or(r.ended_at IS NULL) THEN NULL ELSE max(r.ended_at) END AS required_to
              FROM course_requirements r
              JOIN units ru ON ru.id = r.unit_id
             WHERE u.path LIKE ru.path || '%'
               AND pa.kind = ANY (r.positions)
               AND (pa.role = 'holder' OR r.include_reserves)
             GROUP BY r.course_id
          ) req ON true
          LEFT JOIN LATERAL (
            SELECT min(e.completed_at) AS completed_at
              FROM enrolments e
             WHERE e.person_id = pa.person_id AND e.course_id = req.course_id
          ) done ON true
          LEFT JOIN LATERAL (
            SELECT min(coalesce(qa.submitted_at, qa.graded_as_of)) AS sat_at
              FROM quiz_attempts qa
              JOIN quizzes qz ON qz.id = qa.quiz_id
             WHERE qa.person_id = pa.person_id AND qz.course_id = req.course_id
               AND qz.kind = 'step' AND qa.status = 'submitted'
          ) sat ON true
          -- passed: every quiz step of a version she was enrolled in has a passed attempt; the moment the
          -- last of them was first passed, the earliest over her versions
          LEFT JOIN LATERAL (
            SELECT min(per_version.passed_at) AS passed_at
              FROM (
                SELECT CASE WHEN bool_and(first_pass.at IS NOT NULL) THEN max(first_pass.at) END AS passed_at
                  FROM (SELECT DISTINCT e.version_id FROM enrolments e
                         WHERE e.person_id = pa.person_id AND e.course_id = req.course_id) v
                  JOIN course_modules m ON m.version_id = v.version_id
                  JOIN lessons l ON l.module_id = m.id
                  JOIN quizzes qz ON qz.lesson_id = l.id
                  LEFT JOIN LATERAL (
                    SELECT min(coalesce(qa.submitted_at, qa.graded_as_of)) AS at
                      FROM quiz_attempts qa
                     WHERE qa.quiz_id = qz.id AND qa.person_id = pa.person_id AND qa.passed
                  ) first_pass ON true
                 GROUP BY v.version_id
              ) per_version
          ) pass ON true
         WHERE (p_people IS NULL OR pa.person_id = ANY (p_people))
           AND (least(pa.valid_to, req.required_to) IS NULL
                OR least(pa.valid_to, req.required_to) > greatest(pa.valid_from, req.required_from))
      $fn$`);

    // The counter changes one roster row makes, on Vietnam calendar days: a state counts from the later of
    // "required" and "reached" until "no longer required"; the activity counts once, on the completion day.
    await q.query(`
      CREATE FUNCTION analytics_changes(o analytics_obligations)
      RETURNS TABLE (day date, required integer, completed integer, sat integer, passed integer, completions integer)
      LANGUAGE sql IMMUTABLE AS $fn$
        WITH d AS (
          SELECT (o.required_from AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS f,
                 (o.required_to AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS t,
                 (o.completed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS c,
                 (o.sat_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS s,
                 (o.passed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS p
        ), state (kind, reached) AS (
          SELECT 'completed', c FROM d UNION ALL SELECT 'sat', s FROM d UNION ALL SELECT 'passed', p FROM d
        ), span AS (
          SELECT st.kind, greatest(d.f, st.reached) AS from_day, d.t AS to_day
            FROM state st CROSS JOIN d
           WHERE st.reached IS NOT NULL AND (d.t IS NULL OR greatest(d.f, st.reached) < d.t)
        ), change (day, kind, delta) AS (
          SELECT d.f, 'required', 1 FROM d
          UNION ALL SELECT d.t, 'required', -1 FROM d WHERE d.t IS NOT NULL
          UNION ALL SELECT from_day, kind, 1 FROM span
          UNION ALL SELECT to_day, kind, -1 FROM span WHERE to_day IS NOT NULL
          UNION ALL SELECT d.c, 'completions', 1 FROM d
           WHERE o.completed_at >= o.required_from AND (o.required_to IS NULL OR o.completed_at < o.required_to)
        )
        SELECT change.day,
               coalesce(sum(delta) FILTER (WHERE kind = 'required'), 0)::int,
               coalesce(sum(delta) FILTER (WHERE kind = 'completed'), 0)::int,
               coalesce(sum(delta) FILTER (WHERE kind = 'sat'), 0)::int,
               coalesce(sum(delta) FILTER (WHERE kind = 'passed'), 0)::int,
               coalesce(sum(delta) FILTER (WHERE kind = 'completions'), 0)::int
          FROM change GROUP BY change.day
      $fn$`);

    // Roster rows → changes credited to each unit on the row's path, summed per counter key.
    await q.query(`
      CREATE FUNCTION analytics_credited(rows analytics_obligations[], sign integer)
      RETURNS TABLE (unit_id uuid, course_id uuid, "position" text, role text, day date,
                     required integer, completed integer, sat integer, passed integer, completions integer)
      LANGUAGE sql IMMUTABLE AS $fn$
        SELECT a.unit_id::uuid, o.course_id, o.position, o.role, ch.day,
               sign * ch.required, sign * ch.completed, sign * ch.sat, sign * ch.passed, sign * ch.completions
          FROM unnest(rows) o
          CROSS JOIN LATERAL analytics_changes(o) ch
          CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM o.unit_path), '/')) a(unit_id)
      $fn$`);

    await q.query(`
      CREATE FUNCTION analytics_apply(p_old analytics_obligations[], p_new analytics_obligations[])
      RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        -- Net changes per key, in key order so that concurrent writers lock counter rows in one order.
        WITH net AS (
          SELECT c.unit_id, c.course_id, c.position, c.role, c.day,
                 sum(c.required)::int AS required, sum(c.completed)::int AS completed, sum(c.sat)::int AS sat,
                 sum(c.passed)::int AS passed, sum(c.completions)::int AS completions
            FROM (SELECT * FROM analytics_credited(p_old, -1) UNION ALL SELECT * FROM analytics_credited(p_new, 1)) c
           GROUP BY 1, 2, 3, 4, 5
          HAVING sum(c.required) <> 0 OR sum(c.completed) <> 0 OR sum(c.sat) <> 0 OR sum(c.passed) <> 0
              OR sum(c.completions) <> 0
        ), per_day AS (
          INSERT INTO analytics_counts AS t (unit_id, course_id, position, role, day, required, completed, sat, passed, completions)
          SELECT * FROM net ORDER BY 1, 2, 3, 4, 5
          ON CONFLICT (unit_id, course_id, position, role, day) DO UPDATE
             SET required = t.required + EXCLUDED.required, completed = t.completed + EXCLUDED.completed,
                 sat = t.sat + EXCLUDED.sat, passed = t.passed + EXCLUDED.passed,
                 completions = t.completions + EXCLUDED.completions
        )
        INSERT INTO analytics_totals AS t (unit_id, course_id, position, role, required, completed, sat, passed, completions)
        SELECT unit_id, course_id, position, role, sum(required), sum(completed), sum(sat), sum(passed), sum(completions)
          FROM net GROUP BY 1, 2, 3, 4
        HAVING sum(required) <> 0 OR sum(completed) <> 0 OR sum(sat) <> 0 OR sum(passed) <> 0 OR sum(completions) <> 0
         ORDER BY 1, 2, 3, 4
        ON CONFLICT (unit_id, course_id, position, role) DO UPDATE
           SET required = t.required + EXCLUDED.required, completed = t.completed + EXCLUDED.completed,
               sat = t.sat + EXCLUDED.sat, passed = t.passed + EXCLUDED.passed,
               completions = t.completions + EXCLUDED.completions;
      END
      $fn$`);

    await q.query(`
      CREATE FUNCTION analytics_refresh(p_people uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE
        person uuid;
        old_rows analytics_obligations[];
        new_rows analytics_obligations[];
      BEGIN
        SELECT array_agg(DISTINCT x ORDER BY x) INTO p_people FROM unnest(p_people) x WHERE x IS NOT NULL;
        IF p_people IS NULL THEN RETURN; END IF;
        FOREACH person IN ARRAY p_people LOOP
          PERFORM pg_advisory_xact_lock(1765000000, hashtext(person::text));
        END LOOP;
        SELECT array_agg(o ORDER BY o.assignment_id, o.course_id) INTO old_rows
          FROM analytics_obligations o WHERE o.person_id = ANY (p_people);
        SELECT array_agg(r ORDER BY r.assignment_id, r.course_id) INTO new_rows FROM analytics_roster(p_people) r;
        -- Most statements that fire a refresh change nothing the roster shows (a lesson completed, an answer saved).
        IF old_rows IS NOT DISTINCT FROM new_rows THEN RETURN; END IF;
        DELETE FROM analytics_obligations WHERE person_id = ANY (p_people);
        INSERT INTO analytics_obligations SELECT * FROM unnest(new_rows);
        PERFORM analytics_apply(coalesce(old_rows, '{}'), coalesce(new_rows, '{}'));
      END
      $fn$`);

    await q.query(`
      CREATE FUNCTION analytics_rebuild() RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        LOCK TABLE analytics_obligations, analytics_counts, analytics_totals IN EXCLUSIVE MODE;
        DELETE FROM analytics_obligations;
        DELETE FROM analytics_counts;
        DELETE FROM analytics_totals;
        INSERT INTO analytics_obligations SELECT * FROM analytics_roster(NULL);
        PERFORM analytics_apply('{}', (SELECT coalesce(array_agg(o), '{}') FROM analytics_obligations o));
      END
      $fn$`);

    // The triggers: which people a statement touched, for every table the roster reads.
    await q.query(`
      CREATE FUNCTION analytics_on_people_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM analytics_refresh(ARRAY(SELECT person_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM analytics_refresh(ARRAY(SELECT person_id FROM old_rows));
        ELSE
          PERFORM analytics_refresh(ARRAY(SELECT person_id FROM new_rows UNION SELECT person_id FROM old_rows));
        END IF;
        RETURN NULL;
      END
      $fn$`);
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      const refs =
        op === 'INSERT'
          ? 'NEW TABLE AS new_rows'
          : op === 'DELETE'
            ? 'OLD TABLE AS old_rows'
            : 'NEW TABLE AS new_rows OLD TABLE AS old_rows';
      await q.query(`
        CREATE TRIGGER tg_analytics_position_assignments_${op.toLowerCase()} AFTER ${op} ON position_assignments
        REFERENCING ${refs} FOR EACH STATEMENT EXECUTE FUNCTION analytics_on_people_rows()`);
    }

    // Enrolments and attempts change often (progress, autosaves); only a change that the roster reads
    // (a completion, a submission, a pass) triggers a refresh.
    await q.query(`
      CREATE FUNCTION analytics_on_enrolments() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM analytics_refresh(ARRAY(SELECT person_id FROM new_rows WHERE completed_at IS NOT NULL));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM analytics_refresh(ARRAY(SELECT person_id FROM old_rows WHERE completed_at IS NOT NULL));
        ELSE
          PERFORM analytics_refresh(ARRAY(
            SELECT unnest(ARRAY[n.person_id, o.person_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE n.completed_at IS DISTINCT FROM o.completed_at OR n.person_id <> o.person_id
                OR n.course_id <> o.course_id OR n.version_id <> o.version_id));
        END IF;
        RETURN NULL;
      END
      $fn$`);
    await q.query(`
      CREATE FUNCTION analytics_on_quiz_attempts() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM analytics_refresh(ARRAY(SELECT person_id FROM new_rows WHERE status = 'submitted'));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM analytics_refresh(ARRAY(SELECT person_id FROM old_rows WHERE status = 'submitted'));
        ELSE
          PERFORM analytics_refresh(ARRAY(
            SELECT n.person_id FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE n.status IS DISTINCT FROM o.status OR n.passed IS DISTINCT FROM o.passed
                OR n.submitted_at IS DISTINCT FROM o.submitted_at OR n.graded_as_of IS DISTINCT FROM o.graded_as_of));
        END IF;
        RETURN NULL;
      END
      $fn$`);
    for (const [table, fn] of [
      ['enrolments', 'analytics_on_enrolments'],
      ['quiz_attempts', 'analytics_on_quiz_attempts'],
    ] as const) {
      for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
        const refs =
          op === 'INSERT'
            ? 'NEW TABLE AS new_rows'
            : op === 'DELETE'
              ? 'OLD TABLE AS old_rows'
              : 'NEW TABLE AS new_rows OLD TABLE AS old_rows';
        await q.query(`
          CREATE TRIGGER tg_analytics_${table}_${op.toLowerCase()} AFTER ${op} ON ${table}
          REFERENCING ${refs} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      }
    }

    // A requirement covers the positions it names in its unit's subtree: refresh everyone who holds or
    // held one there (under the requirement's old and new terms).
    await q.query(`
      CREATE FUNCTION analytics_on_requirements() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM analytics_refresh(ARRAY(
          SELECT DISTINCT pa.person_id
            FROM (SELECT unit_id, positions FROM new_rows UNION ALL SELECT unit_id, positions FROM old_rows) r
            JOIN units ru ON ru.id = r.unit_id
            JOIN units u ON u.path LIKE ru.path || '%'
            JOIN position_assignments pa ON pa.unit_id = u.id AND pa.kind = ANY (r.positions)));
        RETURN NULL;
      END
      $fn$`);
    await q.query(`
      CREATE FUNCTION analytics_on_requirements_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM analytics_refresh(ARRAY(
          SELECT DISTINCT pa.person_id
            FROM new_rows r
            JOIN units ru ON ru.id = r.unit_id
            JOIN units u ON u.path LIKE ru.path || '%'
            JOIN position_assignments pa ON pa.unit_id = u.id AND pa.kind = ANY (r.positions)));
        RETURN NULL;
      END
      $fn$`);
    await q.query(`
      CREATE TRIGGER tg_analytics_course_requirements_insert AFTER INSERT ON course_requirements
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_on_requirements_insert()`);
    await q.query(`
      CREATE TRIGGER tg_analytics_course_requirements_update AFTER UPDATE ON course_requirements
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT
      EXECUTE FUNCTION analytics_on_requirements()`);

    // A move rewrites the paths of a subtree: its people's rows are credited along the new path (the old
    // rows keep the path they were credited along, so subtracting them is exact) and requirements scoped
    // to a subtree may now cover them or not.
    await q.query(`
      CREATE FUNCTION analytics_on_units() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM analytics_refresh(ARRAY(
          SELECT DISTINCT pa.person_id
            FROM new_rows n JOIN old_rows o ON o.id = n.id
            JOIN position_assignments pa ON pa.unit_id = n.id
           WHERE n.path <> o.path));
        RETURN NULL;
      END
      $fn$`);
    await q.query(`
      CREATE TRIGGER tg_analytics_units_update AFTER UPDATE ON units
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT
      EXECUTE FUNCTION analytics_on_units()`);

    await q.query(`SELECT analytics_rebuild()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tg_analytics_units_update ON units`);
    await q.query(`DROP TRIGGER tg_analytics_course_requirements_update ON course_requirements`);
    await q.query(`DROP TRIGGER tg_analytics_course_requirements_insert ON course_requirements`);
    for (const table of ['position_assignments', 'enrolments', 'quiz_attempts'])
      for (const op of ['insert', 'update', 'delete'])
        await q.query(`DROP TRIGGER tg_analytics_${table}_${op} ON ${table}`);
    for (const fn of [
      'analytics_on_units()',
      'analytics_on_requirements_insert()',
      'analytics_on_requirements()',
      'analytics_on_quiz_attempts()',
      'analytics_on_enrolments()',
      'analytics_on_people_rows()',
      'analytics_rebuild()',
      'analytics_refresh(uuid[])',
      'analytics_apply(analytics_obligations[], analytics_obligations[])',
      'analytics_credited(analytics_obligations[], integer)',
      'analytics_changes(analytics_obligations)',
      'analytics_roster(uuid[])',
    ])
      await q.query(`DROP FUNCTION ${fn}`);
    for (const table of ['analytics_totals', 'analytics_counts', 'analytics_obligations'])
      await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP INDEX ix_enrolments_person_course`);
  }
}
