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
 */

/** The lock's key; the per-person locks use (1765000000, hash), so this class id cannot meet one of them. */
const REQUIREMENTS_LOCK = '1765050000, 0';

const COVERED_PEOPLE = (rows: string) => `
          SELECT DISTINCT pa.person_id
            FROM (${rows}) r
            JOIN units ru ON ru.id = r.unit_id
            JOIN units u ON u.path LIKE ru.path || '%'
            JOIN position_assignments pa ON pa.unit_id = u.id AND pa.kind = ANY (r.positions)`;

export class AnalyticsFixes1765050000000 implements MigrationInterface {
  name = 'AnalyticsFixes1765050000000';

  public async up(q: QueryRunner): Promise<void> {
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
