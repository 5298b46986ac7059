import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Progress is folded into lesson_progress and enrolments as events arrive, in the same statement that
 * stores them, instead of re-reading a lesson's whole history: every rule is a maximum, a minimum or an
 * "any", so folding a new batch into the stored state gives what a fold over all events would.
 * - lesson_progress.resume_at: the event time of the stored resume position, so a late batch cannot
 *   move her back; last_event_at: where she was last (the lesson to resume is the latest of these);
 *   completed_now: whether the latest upsert completed the lesson (an upsert cannot return the old
 *   row, so the update records the transition it made).
 * - enrolments.completed_lessons counts completed lessons: the course completes when it reaches the
 *   version's lesson count. The enrolment row is written only when it changes (start, a lesson
 *   completed), not on every batch, so enrolments.last_lesson_id gives way to lesson_progress.last_event_at.
 */
export class IncrementalProgress1764350000000 implements MigrationInterface {
  name = 'IncrementalProgress1764350000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE lesson_progress ADD COLUMN resume_at timestamptz,
                                               ADD COLUMN last_event_at timestamptz,
                                               ADD COLUMN completed_now boolean NOT NULL DEFAULT false`);
    await q.query(`
      UPDATE lesson_progress lp SET
        resume_at = (SELECT max(pe.occurred_at) FROM progress_events pe
                      WHERE pe.enrolment_id = lp.enrolment_id AND pe.lesson_id = lp.lesson_id AND pe.position IS NOT NULL),
        last_event_at = (SELECT max(pe.occurred_at) FROM progress_events pe
                          WHERE pe.enrolment_id = lp.enrolment_id AND pe.lesson_id = lp.lesson_id)`);
    await q.query(`ALTER TABLE enrolments ADD COLUMN completed_lessons integer NOT NULL DEFAULT 0,
                                          ADD CONSTRAINT ck_enrolments_completed_lessons CHECK (completed_lessons >= 0)`);
    await q.query(`
      UPDATE enrolments e SET completed_lessons =
        (SELECT count(*) FROM lesson_progress lp WHERE lp.enrolment_id = e.id AND lp.completed_at IS NOT NULL)`);
    await q.query(`ALTER TABLE enrolments DROP COLUMN last_lesson_id`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE enrolments ADD COLUMN last_lesson_id uuid`);
    await q.query(`
      UPDATE enrolments e SET last_lesson_id = (SELECT lp.lesson_id FROM lesson_progress lp WHERE lp.enrolment_id = e.id
                                                 ORDER BY lp.last_event_at DESC NULLS LAST LIMIT 1)`);
    await q.query(
      `ALTER TABLE enrolments DROP CONSTRAINT ck_enrolments_completed_lessons, DROP COLUMN completed_lessons`,
    );
    await q.query(
      `ALTER TABLE lesson_progress DROP COLUMN completed_now, DROP COLUMN last_event_at, DROP COLUMN resume_at`,
    );
  }
}
