import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CatalogueItem,
  EnrolmentSource,
  EnrolmentView,
  LearnerLesson,
  LearnerOutline,
  LearningItem,
  LessonCompletion,
  PositionKind,
  ProgressEvent,
} from '@sen/contracts';
import type { z } from 'zod';
import { DataSource, type EntityManager } from 'typeorm';
import { pageClause } from '../../core/database/sql-fragments';
import { lessonAttachmentsSql, uploadByIdSql } from '../uploads/upload-view.sql';
import type { LessonAggregate, StoredEvent } from './lesson-completion';

export interface EnrolmentRow {
  id: string;
  personId: string;
  courseId: string;
  versionId: string;
  endedAt: Date | null;
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
  (SELECT count(*)::int FROM lesson_progress lp WHERE lp.enrolment_id = e.id AND lp.completed_at IS NOT NULL) AS "completedLessons"`;

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
              pu.path AS "personPath", ou.path AS "ownerPath"
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
      `SELECT e.id AS "enrolmentId", json_build_object('id', e.course_id, 'name', v.title) AS course, v.version_no AS "versionNo",
              e.source, e.due_at AS "dueAt", ${STATUS_SQL} AS status, e.completed_at AS "completedAt",
              e.last_lesson_id AS "resumeLessonId", ${COUNTS_SQL}
         FROM enrolments e JOIN course_versions v ON v.id = e.version_id
        WHERE e.person_id = $1 AND e.ended_at IS NULL
        ORDER BY (e.completed_at IS NOT NULL), e.due_at NULLS LAST, e.enrolled_at DESC`,
      [personId],
    );
  }

  async outline(enrolmentId: string): Promise<LearnerOutline | null> {
    const rows: LearnerOutline[] = await this.db.query(
      `SELECT e.id AS "enrolmentId", e.course_id AS "courseId", v.id AS "versionId", v.version_no AS "versionNo", v.title, v.summary,
              ${STATUS_SQL} AS status, to_json(e.due_at) #>> '{}' AS "dueAt", to_json(e.completed_at) #>> '{}' AS "completedAt",
              e.last_lesson_id AS "resumeLessonId",
              COALESCE((SELECT json_agg(mod ORDER BY mod.position) FROM (
                 SELECT m.position, m.id, m.title,
                        bool_and(lp.completed_at IS NOT NULL) AS completed,
                        json_agg(json_build_object('id', l.id, 'title', l.title, 'completion', l.completion,
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
    outline.modules = outline.modules.map(({ id, title, completed, lessons }) => ({ id, title, completed, lessons }));
    return outline;
  }

  async lesson(enrolmentId: string, lessonId: string): Promise<LearnerLesson | null> {
    const rows: LearnerLesson[] = await this.db.query(
      `WITH ordered AS (
         SELECT l.id, row_number() OVER (ORDER BY m.position, l.position) AS n
           FROM enrolments e JOIN course_modules m ON m.version_id = e.version_id JOIN lessons l ON l.module_id = m.id
          WHERE e.id = $1)
       SELECT l.id, $1::uuid AS "enrolmentId", l.module_id AS "moduleId", l.title, l.body_html AS html, l.video_url AS "videoUrl",
              ${uploadByIdSql('l.video_upload_id')} AS "videoUpload", ${lessonAttachmentsSql('l.id')} AS attachments,
              l.completion, l.estimated_minutes AS "estimatedMinutes", COALESCE(lp.completed_at IS NOT NULL, false) AS completed,
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

  /** Locks the caller's enrolments named by a batch, in id order so concurrent batches cannot deadlock. */
  async lockEnrolments(
    manager: EntityManager,
    ids: string[],
  ): Promise<{ id: string; personId: string; endedAt: Date | null }[]> {
    return manager.query(
      `SELECT id, person_id AS "personId", ended_at AS "endedAt" FROM enrolments WHERE id = ANY($1) ORDER BY id FOR UPDATE`,
      [ids],
    );
  }

  async lessonsOf(
    manager: EntityManager,
    enrolmentIds: string[],
  ): Promise<{ enrolmentId: string; lessonId: string; completion: LessonCompletion }[]> {
    return manager.query(
      `SELECT e.id AS "enrolmentId", l.id AS "lessonId", l.completion
         FROM enrolments e JOIN course_modules m ON m.version_id = e.version_id JOIN lessons l ON l.module_id = m.id
        WHERE e.id = ANY($1)`,
      [enrolmentIds],
    );
  }

  /** Inserts what is new and reports which ids were new; a repeated id is ignored by the primary key. */
  async insertEvents(manager: EntityManager, events: ProgressEvent[], requestId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO progress_events (id, enrolment_id, lesson_id, kind, value, position, occurred_at, request_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::real[], $6::jsonb[], $7::timestamptz[], $8::text[])
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        events.map((e) => e.id),
        events.map((e) => e.enrolmentId),
        events.map((e) => e.lessonId),
        events.map((e) => e.kind),
        events.map((e) => e.value ?? null),
        events.map((e) => (e.position ? JSON.stringify(e.position) : null)),
        events.map((e) => e.occurredAt),
        events.map(() => requestId),
      ],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** All events of the given (enrolment, lesson) pairs, in one query, keyed `enrolmentId/lessonId`. */
  async eventsOf(manager: EntityManager, pairs: LessonKey[]): Promise<Map<string, StoredEvent[]>> {
    const rows: (StoredEvent & { key: string })[] = await manager.query(
      `SELECT pe.enrolment_id || '/' || pe.lesson_id AS key, pe.kind, pe.value, pe.position, pe.occurred_at AS "occurredAt"
         FROM progress_events pe
         JOIN unnest($1::uuid[], $2::uuid[]) AS t(enrolment_id, lesson_id)
           ON pe.enrolment_id = t.enrolment_id AND pe.lesson_id = t.lesson_id`,
      [pairs.map((p) => p.enrolmentId), pairs.map((p) => p.lessonId)],
    );
    const byLesson = new Map<string, StoredEvent[]>(pairs.map((p) => [lessonKey(p), []]));
    for (const { key, ...event } of rows) byLesson.get(key)?.push(event);
    return byLesson;
  }

  /** Writes the recomputed progress of several lessons in one statement. */
  async saveLessonProgress(
    manager: EntityManager,
    rows: (LessonKey & { aggregate: LessonAggregate })[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO lesson_progress (enrolment_id, lesson_id, opened, max_scroll, max_video, marked_done, resume, completed_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::boolean[], $4::real[], $5::real[], $6::boolean[], $7::jsonb[], $8::timestamptz[])
       ON CONFLICT (enrolment_id, lesson_id) DO UPDATE SET opened = EXCLUDED.opened, max_scroll = EXCLUDED.max_scroll,
         max_video = EXCLUDED.max_video, marked_done = EXCLUDED.marked_done, resume = EXCLUDED.resume, completed_at = EXCLUDED.completed_at`,
      [
        rows.map((r) => r.enrolmentId),
        rows.map((r) => r.lessonId),
        rows.map((r) => r.aggregate.opened),
        rows.map((r) => r.aggregate.maxScroll),
        rows.map((r) => r.aggregate.maxVideo),
        rows.map((r) => r.aggregate.markedDone),
        rows.map((r) => (r.aggregate.resume ? JSON.stringify(r.aggregate.resume) : null)),
        rows.map((r) => r.aggregate.completedAt),
      ],
    );
  }

  /**
   * Refreshes where to resume and when she started; completes the enrolment when every lesson of its
   * version is complete. Returns whether this call completed it.
   */
  async refreshEnrolment(manager: EntityManager, enrolmentId: string): Promise<boolean> {
    await manager.query(
      `UPDATE enrolments e SET
         started_at = COALESCE(e.started_at, (SELECT min(occurred_at) FROM progress_events p WHERE p.enrolment_id = e.id)),
         last_lesson_id = COALESCE((SELECT p.lesson_id FROM progress_events p WHERE p.enrolment_id = e.id
                                     ORDER BY p.occurred_at DESC, p.received_at DESC LIMIT 1), e.last_lesson_id)
        WHERE e.id = $1`,
      [enrolmentId],
    );
    // TypeORM answers an UPDATE with [rows, affected count].
    const [completed]: [{ id: string }[], number] = await manager.query(
      `UPDATE enrolments e SET completed_at = (SELECT max(lp.completed_at) FROM lesson_progress lp WHERE lp.enrolment_id = e.id)
        WHERE e.id = $1 AND e.completed_at IS NULL
          AND (SELECT count(*) FROM lessons l JOIN course_modules m ON m.id = l.module_id WHERE m.version_id = e.version_id) > 0
          AND NOT EXISTS (SELECT 1 FROM lessons l JOIN course_modules m ON m.id = l.module_id
                           LEFT JOIN lesson_progress lp ON lp.enrolment_id = e.id AND lp.lesson_id = l.id
                          WHERE m.version_id = e.version_id AND lp.completed_at IS NULL)
        RETURNING e.id`,
      [enrolmentId],
    );
    return completed.length > 0;
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

  async courseEnrolments(courseId: string, patterns: string[], includeEnded: boolean, page: number, pageSize: number) {
    const params: unknown[] = [courseId, patterns, includeEnded];
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
        WHERE e.course_id = $1 AND u.path LIKE ANY($2) AND (e.ended_at IS NULL OR $3)
        ORDER BY p.name_search, e.enrolled_at ${paging}`,
      params,
    );
    return { rows, total: rows[0]?.total ?? 0 };
  }

  /** Open courses with a published version, owned by a unit on the path from the top down to hers. */
  async catalogue(personId: string): Promise<Catalogue[]> {
    return this.db.query(
      `SELECT c.id AS "courseId", v.title, v.summary, v.estimated_minutes AS "estimatedMinutes",
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
}
