import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CatalogueItem,
  EnrolmentSource,
  EnrolmentView,
  LearnerLesson,
  LearnerOutline,
  LearningItem,
  LearningStatus,
  PositionKind,
  ProgressEvent,
} from '@sen/contracts';
import type { z } from 'zod';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedQuery, type PreparedStatement } from '../../core/database/prepared-query';
import { pageClause, personSearchFilter } from '../../core/database/sql-fragments';
import { lessonAttachmentsSql, uploadByIdSql } from '../uploads/upload-view.sql';
import { READ_TO_END, VIDEO_WATCHED } from './lesson-completion';

export interface EnrolmentRow {
  id: string;
  personId: string;
  courseId: string;
  versionId: string;
  endedAt: Date | null;
  completedAt: Date | null;
  personPath: string;
  ownerPath: string;
}

/** Status as the trainee and her reviewers see it; overdue only while not completed. */
const STATUS_SQL = `CASE WHEN e.completed_at IS NOT NULL THEN 'completed'
                         WHEN e.due_at IS NOT NULL AND e.due_at < now() THEN 'overdue'
                         WHEN e.started_at IS NOT NULL THEN 'in_progress'
                         ELSE 'not_started' END`;

const COUNTS_SQL = `
  (SELECT count(*)::int FROM lessons l JOIN course_modules m ON m.id = l.module_id WHERE m.version_id = e.version_id) AS "totalLessons",
  e.completed_lessons AS "completedLessons"`;

/** She resumes at the lesson she last had open. */
const RESUME_SQL = `(SELECT lp.lesson_id FROM lesson_progress lp WHERE lp.enrolment_id = e.id
                      ORDER BY lp.last_event_at DESC NULLS LAST LIMIT 1)`;

export interface IngestResult {
  /** Events that named someone else's enrolment or a lesson outside it (1-based batch positions). */
  rejected: { ord: number; reason: 'enrolment' | 'lesson' }[];
  accepted: number;
  duplicates: number;
  ignored: number;
  lessons: { enrolmentId: string; lessonId: string; completed: boolean }[];
  completedEnrolments: string[];
}

/** The rule each lesson kind completes by; the thresholds are parameters $10 and $11. */
const RULE_MET_SQL = `CASE c.completion WHEN 'opened' THEN true
                                        WHEN 'read_to_end' THEN f.kind = 'scrolled' AND f.value >= $10::real
                                        WHEN 'video_watched' THEN f.kind = 'video' AND f.value >= $11::real
                                        WHEN 'marked_done' THEN f.kind = 'done' END`;

const INGEST_STATEMENT: PreparedStatement = {
  name: 'ingest-progress',
  text: `
  WITH input AS (
    SELECT * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::real[], $7::jsonb[], $8::timestamptz[])
      WITH ORDINALITY AS t(id, enrolment_id, lesson_id, kind, value, position, occurred_at, ord)
  ), checked AS (
    SELECT i.*, e.id IS NOT NULL AS own, e.ended_at IS NOT NULL AS ended, e.completed_at IS NOT NULL AS course_done,
           l.completion
      FROM input i
      LEFT JOIN enrolments e ON e.id = i.enrolment_id AND e.person_id = $1
      LEFT JOIN LATERAL (SELECT l.completion FROM lessons l JOIN course_modules m ON m.id = l.module_id
                          WHERE l.id = i.lesson_id AND m.version_id = e.version_id) l ON true
  ), rejected AS (
    SELECT ord, CASE WHEN own THEN 'lesson' ELSE 'enrolment' END AS reason FROM checked WHERE completion IS NULL
  ), live AS (
    SELECT * FROM checked WHERE completion IS NOT NULL AND NOT ended AND NOT EXISTS (SELECT 1 FROM rejected)
  ), fresh AS (
    INSERT INTO progress_events (id, enrolment_id, lesson_id, kind, value, position, occurred_at, request_id)
    SELECT id, enrolment_id, lesson_id, kind, value, position, occurred_at, $9 FROM live ORDER BY ord
    ON CONFLICT (id) DO NOTHING
    RETURNING enrolment_id, lesson_id, kind, value, position, occurred_at
  ), folded AS (
    SELECT f.enrolment_id, f.lesson_id,
           COALESCE(max(f.value) FILTER (WHERE f.kind = 'scrolled'), 0) AS max_scroll,
           COALESCE(max(f.value) FILTER (WHERE f.kind = 'video'), 0) AS max_video,
           bool_or(f.kind = 'done') AS marked_done,
           (array_agg(f.position ORDER BY f.occurred_at DESC) FILTER (WHERE f.position IS NOT NULL))[1] AS resume,
           max(f.occurred_at) FILTER (WHERE f.position IS NOT NULL) AS resume_at,
           min(f.occurred_at) FILTER (WHERE ${RULE_MET_SQL}) AS completed_at,
           min(f.occurred_at) AS first_at,
           max(f.occurred_at) AS last_at,
           bool_or(c.course_done) AS course_done
      FROM fresh f
      JOIN (SELECT DISTINCT enrolment_id, lesson_id, completion, course_done FROM live) c
        ON c.enrolment_id = f.enrolment_id AND c.lesson_id = f.lesson_id
     GROUP BY f.enrolment_id, f.lesson_id
  ), progress AS (
    INSERT INTO lesson_progress AS lp
           (enrolment_id, lesson_id, opened, max_scroll, max_video, marked_done, resume, resume_at, last_event_at,
            completed_at, completed_now)
    SELECT enrolment_id, lesson_id, true, max_scroll, max_video, marked_done, resume, resume_at, last_at, completed_at,
           completed_at IS NOT NULL
      FROM folded
    ON CONFLICT (enrolment_id, lesson_id) DO UPDATE SET
      opened = true,
      max_scroll = GREATEST(lp.max_scroll, EXCLUDED.max_scroll),
      max_video = GREATEST(lp.max_video, EXCLUDED.max_video),
      marked_done = lp.marked_done OR EXCLUDED.marked_done,
      resume = CASE WHEN EXCLUDED.resume_at >= lp.resume_at OR lp.resume_at IS NULL
                    THEN COALESCE(EXCLUDED.resume, lp.resume) ELSE lp.resume END,
      resume_at = GREATEST(lp.resume_at, EXCLUDED.resume_at),
      last_event_at = GREATEST(lp.last_event_at, EXCLUDED.last_event_at),
      completed_at = LEAST(lp.completed_at, EXCLUDED.completed_at),
      completed_now = lp.completed_at IS NULL AND EXCLUDED.completed_at IS NOT NULL
    RETURNING enrolment_id, lesson_id, completed_at, completed_now
  ), batch_enrolments AS (
    SELECT f.enrolment_id, min(f.first_at) AS first_at,
           (SELECT count(*) FROM progress p WHERE p.enrolment_id = f.enrolment_id AND p.completed_now)::int AS newly,
           bool_or(f.course_done) AS course_done
      FROM folded f GROUP BY f.enrolment_id
  ), per_enrolment AS (
    -- The lesson count and the latest lesson completion (this batch's values over the stored ones)
    -- matter only when the course completes or has completed; CASE keeps the others from reading them.
    SELECT b.*,
           CASE WHEN b.newly > 0 OR b.course_done THEN
             (SELECT max(x.completed_at) FROM (
                SELECT p.completed_at FROM progress p WHERE p.enrolment_id = b.enrolment_id
                UNION ALL
                SELECT lp.completed_at FROM lesson_progress lp
                 WHERE lp.enrolment_id = b.enrolment_id
                   AND NOT EXISTS (SELECT 1 FROM progress p WHERE p.enrolment_id = lp.enrolment_id AND p.lesson_id = lp.lesson_id)
              ) x) END AS completed_until,
           CASE WHEN b.newly > 0 THEN
             (SELECT count(*) FROM enrolments e JOIN course_modules m ON m.version_id = e.version_id
                JOIN lessons l ON l.module_id = m.id WHERE e.id = b.enrolment_id)::int END AS lessons
      FROM batch_enrolments b
  ), updated AS (
    UPDATE enrolments e SET
      started_at = LEAST(e.started_at, c.first_at),
      completed_lessons = e.completed_lessons + c.newly,
      -- The course completes when its last lesson does; a late event can only move that earlier. (A
      -- concurrent batch's lesson times come from this statement's snapshot: at worst a little late.)
      completed_at = CASE WHEN e.completed_at IS NOT NULL THEN LEAST(e.completed_at, c.completed_until)
                          WHEN c.newly > 0 AND e.completed_lessons + c.newly >= c.lessons THEN c.completed_until END
      FROM per_enrolment c
     WHERE e.id = c.enrolment_id
       -- Most batches change nothing here; skipping them saves a row version per batch.
       AND (e.started_at IS NULL OR c.first_at < e.started_at OR c.newly > 0 OR c.completed_until < e.completed_at)
    RETURNING e.id, e.completed_lessons - c.newly < c.lessons AND e.completed_lessons >= c.lessons AND c.newly > 0 AS just_completed
  )
  SELECT COALESCE((SELECT json_agg(json_build_object('ord', ord, 'reason', reason) ORDER BY ord) FROM rejected), '[]') AS rejected,
         (SELECT count(*) FROM fresh)::int AS accepted,
         (SELECT count(*) FROM live)::int - (SELECT count(*) FROM fresh)::int AS duplicates,
         (SELECT count(*) FROM checked WHERE ended AND completion IS NOT NULL AND NOT EXISTS (SELECT 1 FROM rejected))::int AS ignored,
         COALESCE((SELECT json_agg(json_build_object('enrolmentId', enrolment_id, 'lessonId', lesson_id,
                                                     'completed', completed_at IS NOT NULL)) FROM progress), '[]') AS lessons,
         COALESCE((SELECT json_agg(id) FROM updated WHERE just_completed), '[]') AS "completedEnrolments"`,
};

type Catalogue = z.infer<typeof CatalogueItem>;

export interface LessonKey {
  enrolmentId: string;
  lessonId: string;
}

export function lessonKey(k: LessonKey): string {
  return `${k.enrolmentId}/${k.lessonId}`;
}

@Injectable()
export class LearningRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findEnrolment(id: string, manager: EntityManager = this.db.manager): Promise<EnrolmentRow | null> {
    const rows: EnrolmentRow[] = await manager.query(
      `SELECT e.id, e.person_id AS "personId", e.course_id AS "courseId", e.version_id AS "versionId", e.ended_at AS "endedAt",
              e.completed_at AS "completedAt", pu.path AS "personPath", ou.path AS "ownerPath"
         FROM enrolments e
         JOIN memberships m ON m.person_id = e.person_id AND m.valid_to IS NULL
         JOIN units pu ON pu.id = m.unit_id
         JOIN courses c ON c.id = e.course_id
         JOIN units ou ON ou.id = c.owner_unit_id
        WHERE e.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async myLearning(
    personId: string,
  ): Promise<(Omit<LearningItem, 'dueAt' | 'completedAt'> & { dueAt: Date | null; completedAt: Date | null })[]> {
    return this.db.query(
      `SELECT e.id AS "enrolmentId", json_build_object('id', e.course_id, 'name', v.title, 'titleEn', v.title_en) AS course,
              v.version_no AS "versionNo",
              e.source, e.due_at AS "dueAt", ${STATUS_SQL} AS status, e.completed_at AS "completedAt",
              ${RESUME_SQL} AS "resumeLessonId", ${COUNTS_SQL}
         FROM enrolments e JOIN course_versions v ON v.id = e.version_id
        WHERE e.person_id = $1 AND e.ended_at IS NULL
        ORDER BY (e.completed_at IS NOT NULL), e.due_at NULLS LAST, e.enrolled_at DESC`,
      [personId],
    );
  }

  async outline(enrolmentId: string): Promise<LearnerOutline | null> {
    const rows: LearnerOutline[] = await this.db.query(
      `SELECT e.id AS "enrolmentId", e.course_id AS "courseId", v.id AS "versionId", v.version_no AS "versionNo", v.title,
              v.title_en AS "titleEn", v.summary,
              ${STATUS_SQL} AS status, to_json(e.due_at) #>> '{}' AS "dueAt", to_json(e.completed_at) #>> '{}' AS "completedAt",
              ${RESUME_SQL} AS "resumeLessonId",
              COALESCE((SELECT json_agg(mod ORDER BY mod.position) FROM (
                 SELECT m.position, m.id, m.title, m.title_en AS "titleEn",
                        bool_and(lp.completed_at IS NOT NULL) AS completed,
                        json_agg(json_build_object('id', l.id, 'title', l.title, 'titleEn', l.title_en, 'completion', l.completion,
                                 'estimatedMinutes', l.estimated_minutes, 'completed', lp.completed_at IS NOT NULL)
                                 ORDER BY l.position) AS lessons
                   FROM course_modules m
                   JOIN lessons l ON l.module_id = m.id
                   LEFT JOIN lesson_progress lp ON lp.enrolment_id = e.id AND lp.lesson_id = l.id
                  WHERE m.version_id = v.id
                  GROUP BY m.id) mod), '[]') AS modules
         FROM enrolments e JOIN course_versions v ON v.id = e.version_id
        WHERE e.id = $1`,
      [enrolmentId],
    );
    const outline = rows[0];
    if (!outline) return null;
    // json_agg keeps the helper column; the contract does not know it.
    outline.modules = outline.modules.map(({ id, title, titleEn, completed, lessons }) => ({
      id,
      title,
      titleEn,
      completed,
      lessons,
    }));
    return outline;
  }

  async lesson(enrolmentId: string, lessonId: string): Promise<LearnerLesson | null> {
    const rows: LearnerLesson[] = await this.db.query(
      `WITH ordered AS (
         SELECT l.id, row_number() OVER (ORDER BY m.position, l.position) AS n
           FROM enrolments e JOIN course_modules m ON m.version_id = e.version_id JOIN lessons l ON l.module_id = m.id
          WHERE e.id = $1)
       SELECT l.id, $1::uuid AS "enrolmentId", l.module_id AS "moduleId", l.title, l.title_en AS "titleEn",
              l.body_html AS html, l.video_url AS "videoUrl",
              ${uploadByIdSql('l.video_upload_id')} AS "videoUpload", ${lessonAttachmentsSql('l.id')} AS attachments,
              l.completion, l.estimated_minutes AS "estimatedMinutes", COALESCE(lp.completed_at IS NOT NULL, false) AS completed,
              (SELECT q.id FROM quizzes q WHERE q.lesson_id = l.id AND l.completion = 'quiz_passed') AS "quizId",
              (SELECT p.id FROM ordered p WHERE p.n = o.n - 1) AS "previousLessonId",
              (SELECT x.id FROM ordered x WHERE x.n = o.n + 1) AS "nextLessonId",
              lp.resume
         FROM ordered o JOIN lessons l ON l.id = o.id
         LEFT JOIN lesson_progress lp ON lp.enrolment_id = $1 AND lp.lesson_id = l.id
        WHERE o.id = $2`,
      [enrolmentId, lessonId],
    );
    return rows[0] ?? null;
  }

  /**
   * Stores a batch of one person's progress events and folds the new ones into lesson and enrolment
   * progress, in one statement (one round trip, atomic without an explicit transaction):
   * - an event naming someone else's enrolment, or a lesson outside the enrolled version, makes the
   *   whole batch a no-op and is reported in `rejected`;
   * - events of an ended enrolment are left out (`ignored`), so an offline queue still drains;
   * - a repeated id is skipped by the primary key; only events stored now are folded, and every fold is
   *   a max, a min or an "or", so a late or resent batch gives the same state as one fold over all events;
   * - upserts and the enrolment update work on the latest committed rows, so concurrent batches of the
   *   same trainee add up instead of overwriting each other.
   * A lesson completes at the earliest event that meets its rule; the course when its last lesson does.
   */
  async ingest(
    manager: EntityManager,
    personId: string | null,
    events: ProgressEvent[],
    requestId: string,
  ): Promise<IngestResult> {
    const rows = await preparedQuery<IngestResult>(manager, INGEST_STATEMENT, [
      personId,
      events.map((e) => e.id),
      events.map((e) => e.enrolmentId),
      events.map((e) => e.lessonId),
      events.map((e) => e.kind),
      events.map((e) => e.value ?? null),
      events.map((e) => (e.position ? JSON.stringify(e.position) : null)),
      events.map((e) => e.occurredAt),
      requestId,
      READ_TO_END,
      VIDEO_WATCHED,
    ]);
    return rows[0]!;
  }

  /** The course's newest published version, locked against a concurrent publish. */
  async latestPublishedVersion(manager: EntityManager, courseId: string): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM course_versions WHERE course_id = $1 AND status = 'published' ORDER BY version_no DESC LIMIT 1`,
      [courseId],
    );
    return rows[0]?.id ?? null;
  }

  /** People to enrol: named ones, a subtree's members, or the holders (and reserves) of positions there. */
  async resolveTargets(
    manager: EntityManager,
    target: { personIds?: string[]; unitPath?: string; positions?: PositionKind[]; includeReserves: boolean },
  ): Promise<{ personId: string; path: string }[]> {
    if (target.personIds) {
      return manager.query(
        `SELECT m.person_id AS "personId", u.path FROM memberships m JOIN units u ON u.id = m.unit_id
          WHERE m.valid_to IS NULL AND m.person_id = ANY($1)`,
        [target.personIds],
      );
    }
    if (target.positions) {
      return manager.query(
        `SELECT DISTINCT pa.person_id AS "personId", pu.path
           FROM position_assignments pa
           JOIN units u ON u.id = pa.unit_id
           JOIN memberships m ON m.person_id = pa.person_id AND m.valid_to IS NULL
           JOIN units pu ON pu.id = m.unit_id
          WHERE pa.valid_to IS NULL AND u.path LIKE $1 AND pa.kind = ANY($2) AND (pa.role = 'holder' OR $3)`,
        [`${target.unitPath}%`, target.positions, target.includeReserves],
      );
    }
    return manager.query(
      `SELECT m.person_id AS "personId", u.path FROM memberships m JOIN units u ON u.id = m.unit_id
        WHERE m.valid_to IS NULL AND u.path LIKE $1`,
      [`${target.unitPath}%`],
    );
  }

  async enrol(
    manager: EntityManager,
    e: {
      personIds: string[];
      courseId: string;
      versionId: string;
      source: EnrolmentSource;
      enrolledBy: string | null;
      dueAt: string | null;
    },
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO enrolments (person_id, course_id, version_id, source, enrolled_by, due_at)
       SELECT p, $2, $3, $4, $5, $6 FROM unnest($1::uuid[]) AS p
       ON CONFLICT (person_id, course_id) WHERE ended_at IS NULL DO NOTHING
       RETURNING id`,
      [e.personIds, e.courseId, e.versionId, e.source, e.enrolledBy, e.dueAt],
    );
    return rows.map((r) => r.id);
  }

  async currentEnrolmentOf(manager: EntityManager, personId: string, courseId: string): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM enrolments WHERE person_id = $1 AND course_id = $2 AND ended_at IS NULL`,
      [personId, courseId],
    );
    return rows[0]?.id ?? null;
  }

  async end(manager: EntityManager, enrolmentId: string): Promise<void> {
    await manager.query(`UPDATE enrolments SET ended_at = now() WHERE id = $1 AND ended_at IS NULL`, [enrolmentId]);
  }

  async courseEnrolments(
    courseId: string,
    patterns: string[],
    filter: { includeEnded: boolean; search?: string | undefined; status?: LearningStatus | undefined },
    page: number,
    pageSize: number,
  ) {
    const params: unknown[] = [courseId, patterns, filter.includeEnded];
    const search = personSearchFilter(params, filter.search, 'p');
    let status = '';
    if (filter.status) {
      params.push(filter.status);
      status = `AND ${STATUS_SQL} = $${params.length}`;
    }
    const paging = pageClause(params, page, pageSize);
    const rows: (Omit<EnrolmentView, 'enrolledAt' | 'dueAt' | 'completedAt' | 'endedAt'> & {
      enrolledAt: Date;
      dueAt: Date | null;
      completedAt: Date | null;
      endedAt: Date | null;
      total: number;
    })[] = await this.db.query(
      `SELECT count(*) OVER ()::int AS total, e.id, json_build_object('id', p.id, 'name', p.full_name) AS person,
              json_build_object('id', u.id, 'name', u.name) AS unit, v.version_no AS "versionNo", e.source,
              e.enrolled_at AS "enrolledAt", e.due_at AS "dueAt", ${STATUS_SQL} AS status, e.completed_at AS "completedAt",
              e.ended_at AS "endedAt", ${COUNTS_SQL}
         FROM enrolments e
         JOIN course_versions v ON v.id = e.version_id
         JOIN people p ON p.id = e.person_id
         JOIN memberships m ON m.person_id = p.id AND m.valid_to IS NULL
         JOIN units u ON u.id = m.unit_id
        WHERE e.course_id = $1 AND u.path LIKE ANY($2) AND (e.ended_at IS NULL OR $3) ${search} ${status}
        ORDER BY p.name_search, e.enrolled_at, e.id ${paging}`,
      params,
    );
    return { rows, total: rows[0]?.total ?? 0 };
  }

  /**
   * Open courses with a published version, owned by a unit on the path from the top down to hers. A course
   * whose trainer left its length at 0 (not given) shows the sum of its lessons' minutes, not "0 minutes".
   */
  async catalogue(personId: string): Promise<Catalogue[]> {
    return this.db.query(
      `SELECT c.id AS "courseId", v.title, v.title_en AS "titleEn", v.summary,
              COALESCE(NULLIF(v.estimated_minutes, 0),
                       (SELECT sum(l.estimated_minutes) FROM course_modules cm JOIN lessons l ON l.module_id = cm.id
                         WHERE cm.version_id = v.id), 0)::int AS "estimatedMinutes",
              json_build_object('id', ou.id, 'name', ou.name) AS "ownerUnit",
              (SELECT e.id FROM enrolments e WHERE e.person_id = $1 AND e.course_id = c.id AND e.ended_at IS NULL) AS "enrolmentId"
         FROM courses c
         JOIN units ou ON ou.id = c.owner_unit_id
         JOIN LATERAL (SELECT * FROM course_versions cv WHERE cv.course_id = c.id AND cv.status = 'published'
                        ORDER BY cv.version_no DESC LIMIT 1) v ON true
         JOIN memberships m ON m.person_id = $1 AND m.valid_to IS NULL
         JOIN units pu ON pu.id = m.unit_id
        WHERE c.open_enrolment AND pu.path LIKE ou.path || '%'
        ORDER BY v.title`,
      [personId],
    );
  }

  async courseForSelfEnrol(courseId: string): Promise<{ ownerPath: string; openEnrolment: boolean } | null> {
    const rows: { ownerPath: string; openEnrolment: boolean }[] = await this.db.query(
      `SELECT u.path AS "ownerPath", c.open_enrolment AS "openEnrolment" FROM courses c JOIN units u ON u.id = c.owner_unit_id WHERE c.id = $1`,
      [courseId],
    );
    return rows[0] ?? null;
  }

  async unitPath(manager: EntityManager, unitId: string): Promise<string | null> {
    const rows: { path: string }[] = await manager.query(`SELECT path FROM units WHERE id = $1 AND valid_to IS NULL`, [
      unitId,
    ]);
    return rows[0]?.path ?? null;
  }

  async personPath(personId: string): Promise<{ unitId: string; path: string } | null> {
    const rows: { unitId: string; path: string }[] = await this.db.query(
      `SELECT u.id AS "unitId", u.path FROM memberships m JOIN units u ON u.id = m.unit_id WHERE m.person_id = $1 AND m.valid_to IS NULL`,
      [personId],
    );
    return rows[0] ?? null;
  }

  /**
   * Completes a quiz step at `at` (when the passing attempt was graded) and counts it in the enrolment,
   * completing the course when it was the last lesson. Idempotent: a lesson already completed keeps its
   * earliest time and is not counted twice. Returns whether the course completed now.
   */
  async completeQuizStep(manager: EntityManager, enrolmentId: string, lessonId: string, at: Date): Promise<boolean> {
    // An UPDATE through TypeORM answers [rows, affected].
    const [updated] = await manager.query<[{ justCompleted: boolean }[], number]>(
      `WITH progress AS (
         INSERT INTO lesson_progress AS lp (enrolment_id, lesson_id, opened, last_event_at, completed_at, completed_now)
         VALUES ($1, $2, true, $3, $3, true)
         ON CONFLICT (enrolment_id, lesson_id) DO UPDATE SET
           completed_at = LEAST(lp.completed_at, EXCLUDED.completed_at),
           completed_now = lp.completed_at IS NULL
         RETURNING completed_now
       )
       UPDATE enrolments e SET
         started_at = LEAST(e.started_at, $3),
         completed_lessons = e.completed_lessons + 1,
         completed_at = CASE WHEN e.completed_at IS NULL AND e.completed_lessons + 1 >= (
                               SELECT count(*) FROM course_modules m JOIN lessons l ON l.module_id = m.id
                                WHERE m.version_id = e.version_id)
                             THEN GREATEST($3, (SELECT max(lp.completed_at) FROM lesson_progress lp
                                                 WHERE lp.enrolment_id = e.id AND lp.lesson_id <> $2))
                        ELSE e.completed_at END
         FROM progress p
        WHERE e.id = $1 AND p.completed_now
        RETURNING e.completed_at IS NOT NULL AS "justCompleted"`,
      [enrolmentId, lessonId, at],
    );
    return updated[0]?.justCompleted ?? false;
  }

  async lessonCompleted(manager: EntityManager, enrolmentId: string, lessonId: string): Promise<boolean> {
    const rows: { done: boolean }[] = await manager.query(
      `SELECT completed_at IS NOT NULL AS done FROM lesson_progress WHERE enrolment_id = $1 AND lesson_id = $2`,
      [enrolmentId, lessonId],
    );
    return rows[0]?.done ?? false;
  }

  /**
   * Reopens a quiz step she no longer passes (a regrade failed her only passing attempt): the lesson is
   * not completed any more, the enrolment counts one lesson fewer, and a course it had completed is
   * completed no more, its recorded completion removed with it. Nothing happens to a step not completed.
   * Returns whether the step, and the course, were reopened.
   */
  async reopenQuizStep(
    manager: EntityManager,
    enrolmentId: string,
    lessonId: string,
  ): Promise<{ step: boolean; course: boolean }> {
    // Every part of the WITH sees the rows as they were before the statement, so `before` still
    // tells whether the course had been completed.
    const rows: { course: boolean }[] = await manager.query(
      `WITH step AS (
         UPDATE lesson_progress SET completed_at = NULL, completed_now = false
          WHERE enrolment_id = $1 AND lesson_id = $2 AND completed_at IS NOT NULL
         RETURNING enrolment_id
       ), before AS (
         SELECT e.id, e.completed_at IS NOT NULL AS course_done FROM enrolments e JOIN step s ON s.enrolment_id = e.id
       ), counted AS (
         UPDATE enrolments e SET completed_lessons = e.completed_lessons - 1, completed_at = NULL
           FROM before b WHERE e.id = b.id
         RETURNING e.id
       ), unrecorded AS (
         DELETE FROM course_completions cc USING before b WHERE cc.enrolment_id = b.id RETURNING cc.enrolment_id
       )
       SELECT b.course_done AS course FROM before b`,
      [enrolmentId, lessonId],
    );
    return { step: rows.length > 0, course: rows[0]?.course ?? false };
  }

  async unrecordedCompletions(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT e.id FROM enrolments e WHERE e.completed_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM course_completions cc WHERE cc.enrolment_id = e.id) LIMIT 1000`,
    );
    return rows.map((r) => r.id);
  }

  async recordCompletion(enrolmentId: string): Promise<boolean> {
    const rows: { enrolment_id: string }[] = await this.db.query(
      `INSERT INTO course_completions (enrolment_id, person_id, course_id, version_id, completed_at)
       SELECT id, person_id, course_id, version_id, completed_at FROM enrolments WHERE id = $1 AND completed_at IS NOT NULL
       ON CONFLICT (enrolment_id) DO NOTHING RETURNING enrolment_id`,
      [enrolmentId],
    );
    return rows.length > 0;
  }

  /** When the enrolment was completed, or null while it is not. */
  async completedAt(enrolmentId: string): Promise<Date | null> {
    const rows: { completed_at: Date | null }[] = await this.db.query(
      `SELECT completed_at FROM enrolments WHERE id = $1`,
      [enrolmentId],
    );
    return rows[0]?.completed_at ?? null;
  }
}
