import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fixes to the completion analytics' triggers (1765000000000-CompletionAnalytics), found by the
 * exactness test (`apps/api/test/analytics-exactness.int-spec.ts`).
 *
 * 1. A requirement and a position (or a unit move) committed side by side were lost. The requirement's
 *    trigger lists the people its subtree covers from its own snapshot, and the position's trigger
 *    recomputes its holder from hers; when both transactions are open at once, neither sees the other,
 *    so the new holder never gets the new requirement's row (and a unit moved into a requirement's
 *    subtree keeps its cadres out of it). The per-person advisory lock cannot help: the requirement's
 *    trigger never names that person. Now a requirement change takes a transaction-scoped advisory lock
 *    exclusively before it lists people, and a change of positions or of unit paths takes it shared
 *    before it recomputes: shared holders never wait for each other, and whichever side comes second
 *    lists or recomputes after the first has committed. Requirement changes are rare (an author's
 *    action); they wait for the position changes and moves in flight, and these wait for them.
 *    Learners' writes (enrolments, attempts) do not take it: the person lock covers them.
 * 2. Deleting a requirement refreshed nobody (the application ends requirements rather than deleting
 *    them, but the roster reads the table, so every change of it must refresh).
 * 3. An attempt moved to another person refreshed only the new one.
 * 4. A refresh took one advisory lock per person, held to the end of the transaction. Advisory locks take
 *    slots in PostgreSQL's shared lock table (max_locks_per_transaction × max_connections, 6,400 by
 *    default), so a requirement covering a province's cadres (16,000 people in the 300,000-member benchmark
 *    province) failed with "out of shared memory". People are now locked by bucket (1,024 buckets of their
 *    id's hash, in bucket order): a refresh takes at most 1,024 locks, and two writers wait for each other
 *    when their people share a bucket — they already wait on the shared counter rows of the units above.
 */

/** The lock's key; the people's locks use (1765000000, bucket), so this class id cannot meet one of them. */
const REQUIREMENTS_LOCK = '1765050000, 0';

const COVERED_PEOPLE = (rows: string) => `
          SELECT DISTINCT pa.person_id
            FROM (${rows}) r
            JOIN units ru ON ru.id = r.unit_id
            JOIN units u ON u.path LIKE ru.path || '%'
            JOIN position_assignments pa ON pa.unit_id = u.id AND pa.kind = ANY (r.positions)`;

const REFRESH = (lock: 'bucket' | 'person') => `
      CREATE OR REPLACE FUNCTION analytics_refresh(p_people uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE
        ${lock === 'bucket' ? 'bucket integer' : 'person uuid'};
        old_rows analytics_obligations[];
        new_rows analytics_obligations[];
      BEGIN
        SELECT array_agg(DISTINCT x ORDER BY x) INTO p_people FROM unnest(p_people) x WHERE x IS NOT NULL;
        IF p_people IS NULL THEN RETURN; END IF;
        ${
          lock === 'bucket'
            ? `FOR bucket IN SELECT DISTINCT hashtext(x::text) & 1023 FROM unnest(p_people) x ORDER BY 1 LOOP
          PERFORM pg_advisory_xact_lock(1765000000, bucket);
        END LOOP;`
            : `FOREACH person IN ARRAY p_people LOOP
          PERFORM pg_advisory_xact_lock(1765000000, hashtext(person::text));
        END LOOP;`
        }
        SELECT array_agg(o ORDER BY o.assignment_id, o.course_id) INTO old_rows
          FROM analytics_obligations o WHERE o.person_id = ANY (p_people);
        ${
          lock === 'bucket'
            ? `IF cardinality(p_people) > 1000 THEN
          SELECT array_agg(r ORDER BY r.assignment_id, r.course_id) INTO new_rows
            FROM analytics_roster(NULL) r WHERE r.person_id IN (SELECT unnest(p_people));
        ELSE
          SELECT array_agg(r ORDER BY r.assignment_id, r.course_id) INTO new_rows FROM analytics_roster(p_people) r;
        END IF;`
            : `SELECT array_agg(r ORDER BY r.assignment_id, r.course_id) INTO new_rows FROM analytics_roster(p_people) r;`
        }
        -- Most statements that fire a refresh change nothing the roster shows (a lesson completed, an answer saved).
        IF old_rows IS NOT DISTINCT FROM new_rows THEN RETURN; END IF;
        DELETE FROM analytics_obligations WHERE person_id = ANY (p_people);
        INSERT INTO analytics_obligations SELECT * FROM unnest(new_rows);
        PERFORM analytics_apply(coalesce(old_rows, '{}'), coalesce(new_rows, '{}'));
      END
      $fn$`;

export class AnalyticsFixes1765050000000 implements MigrationInterface {
  name = 'AnalyticsFixes1765050000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(REFRESH('bucket'));

    await q.query(`
      CREATE OR REPLACE FUNCTION analytics_on_people_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        -- Before recomputing, so that a requirement committed meanwhile is seen (or waits for this one).
        PERFORM pg_advisory_xact_lock_shared(${REQUIREMENTS_LOCK});
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

    await q.query(`
      CREATE OR REPLACE FUNCTION analytics_on_units() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        -- Renames and retirements change nothing the roster reads, and need not wait for a requirement.
        IF NOT EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.path <> o.path) THEN
          RETURN NULL;
        END IF;
        PERFORM pg_advisory_xact_lock_shared(${REQUIREMENTS_LOCK});
        PERFORM analytics_refresh(ARRAY(
          SELECT DISTINCT pa.person_id
            FROM new_rows n JOIN old_rows o ON o.id = n.id
            JOIN position_assignments pa ON pa.unit_id = n.id
           WHERE n.path <> o.path));
        RETURN NULL;
      END
      $fn$`);

    // The lock is taken in a statement of its own: the next statement's snapshot (READ COMMITTED) then
    // sees every position and path change that committed while this one waited.
    await q.query(`
      CREATE OR REPLACE FUNCTION analytics_on_requirements_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM pg_advisory_xact_lock(${REQUIREMENTS_LOCK});
        PERFORM analytics_refresh(ARRAY(${COVERED_PEOPLE('SELECT unit_id, positions FROM new_rows')}));
        RETURN NULL;
      END
      $fn$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION analytics_on_requirements() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM pg_advisory_xact_lock(${REQUIREMENTS_LOCK});
        PERFORM analytics_refresh(ARRAY(${COVERED_PEOPLE(
          'SELECT unit_id, positions FROM new_rows UNION ALL SELECT unit_id, positions FROM old_rows',
        )}));
        RETURN NULL;
      END
      $fn$`);
    await q.query(`
      CREATE FUNCTION analytics_on_requirements_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM pg_advisory_xact_lock(${REQUIREMENTS_LOCK});
        PERFORM analytics_refresh(ARRAY(${COVERED_PEOPLE('SELECT unit_id, positions FROM old_rows')}));
        RETURN NULL;
      END
      $fn$`);
    await q.query(`
      CREATE TRIGGER tg_analytics_course_requirements_delete AFTER DELETE ON course_requirements
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_on_requirements_delete()`);

    await q.query(`
      CREATE OR REPLACE FUNCTION analytics_on_quiz_attempts() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM analytics_refresh(ARRAY(SELECT person_id FROM new_rows WHERE status = 'submitted'));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM analytics_refresh(ARRAY(SELECT person_id FROM old_rows WHERE status = 'submitted'));
        ELSE
          PERFORM analytics_refresh(ARRAY(
            SELECT unnest(ARRAY[n.person_id, o.person_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE n.status IS DISTINCT FROM o.status OR n.passed IS DISTINCT FROM o.passed
                OR n.submitted_at IS DISTINCT FROM o.submitted_at OR n.graded_as_of IS DISTINCT FROM o.graded_as_of
                OR n.person_id <> o.person_id OR n.quiz_id <> o.quiz_id));
        END IF;
        RETURN NULL;
      END
      $fn$`);
  }

  /** Back to the functions as 1765000000000 made them. */
  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tg_analytics_course_requirements_delete ON course_requirements`);
    await q.query(`DROP FUNCTION analytics_on_requirements_delete()`);
    await q.query(REFRESH('person'));
    await q.query(`
      CREATE OR REPLACE FUNCTION analytics_on_people_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
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
    await q.query(`
      CREATE OR REPLACE FUNCTION analytics_on_units() RETURNS trigger LANGUAGE plpgsql AS $fn$
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
      CREATE OR REPLACE FUNCTION analytics_on_requirements_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM analytics_refresh(ARRAY(${COVERED_PEOPLE('SELECT unit_id, positions FROM new_rows')}));
        RETURN NULL;
      END
      $fn$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION analytics_on_requirements() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM analytics_refresh(ARRAY(${COVERED_PEOPLE(
          'SELECT unit_id, positions FROM new_rows UNION ALL SELECT unit_id, positions FROM old_rows',
        )}));
        RETURN NULL;
      END
      $fn$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION analytics_on_quiz_attempts() RETURNS trigger LANGUAGE plpgsql AS $fn$
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
  }
}
