import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  foldForSearch,
  type CourseCategory,
  type CourseOutline,
  type CourseSummary,
  type LessonCompletion,
  type Locale,
  type ModuleOutline,
  type UploadView,
} from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike, pageClause } from '../../core/database/sql-fragments';
import { lessonAttachmentsSql, uploadByIdSql } from '../uploads/upload-view.sql';
import { titleSearch } from './title-search';

/** Where a piece of course content sits: which course, which version and whether it may still change. */
export interface ContentScope {
  courseId: string;
  versionId: string;
  status: 'draft' | 'published';
  ownerUnitId: string;
  ownerPath: string;
}

export interface CourseRow extends Omit<CourseSummary, 'updatedAt' | 'latestPublished'> {
  updatedAt: Date;
  ownerPath: string;
  latestPublished: { versionId: string; versionNo: number; publishedAt: string } | null;
}

export interface VersionRow {
  id: string;
  versionNo: number;
  status: 'draft' | 'published';
  title: string;
  titleEn: string | null;
  publishedAt: Date | null;
  publishedBy: { id: string; name: string } | null;
}

export interface LessonRow {
  id: string;
  courseId: string;
  versionId: string;
  moduleId: string;
  title: string;
  titleEn: string | null;
  html: string;
  videoUrl: string | null;
  videoUploadId: string | null;
  videoUpload: UploadView | null;
  attachments: UploadView[];
  completion: LessonCompletion;
  estimatedMinutes: number;
  status: 'draft' | 'published';
}

export interface ModuleTitles {
  title: string;
  /** Absent keeps the current English title. */
  titleEn?: string | null;
}

export interface DraftFields {
  title: string;
  titleEn: string | null;
  summary: string;
  language: Locale;
  category: CourseCategory;
  estimatedMinutes: number;
  coverUploadId: string | null;
}

const HAS_VIDEO = '(l.video_url IS NOT NULL OR l.video_upload_id IS NOT NULL)';
const QUIZ_RULES_MISSING = `(l.completion = 'quiz_passed' AND NOT EXISTS (SELECT 1 FROM quizzes q WHERE q.lesson_id = l.id))`;

/** The summary shows the draft's title while there is one, else the latest published version's. */
const COURSE_SELECT = `
  SELECT c.id, c.updated_at AS "updatedAt", u.path AS "ownerPath", c.open_enrolment AS "openEnrolment",
         json_build_object('id', u.id, 'name', u.name) AS "ownerUnit",
         shown.title, shown.title_en AS "titleEn", shown.summary, shown.category, shown.language, shown.estimated_minutes AS "estimatedMinutes",
         ${uploadByIdSql('shown.cover_upload_id')} AS cover,
         (SELECT d.id FROM course_versions d WHERE d.course_id = c.id AND d.status = 'draft') AS "draftVersionId",
         (SELECT json_build_object('versionId', p.id, 'versionNo', p.version_no, 'publishedAt', p.published_at)
            FROM course_versions p WHERE p.course_id = c.id AND p.status = 'published'
           ORDER BY p.version_no DESC LIMIT 1) AS "latestPublished"
    FROM courses c
    JOIN units u ON u.id = c.owner_unit_id
    JOIN LATERAL (SELECT * FROM course_versions v WHERE v.course_id = c.id
                   ORDER BY (v.status = 'draft') DESC, v.version_no DESC LIMIT 1) shown ON true`;

@Injectable()
export class CoursesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findCourse(id: string): Promise<CourseRow | null> {
    const rows: CourseRow[] = await this.db.query(`${COURSE_SELECT} WHERE c.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async listCourses(patterns: string[], search: string | undefined, page: number, pageSize: number) {
    const params: unknown[] = [patterns];
    let filter = '';
    if (search !== undefined) {
      params.push(`%${escapeLike(foldForSearch(search))}%`);
      filter = `AND shown.title_search LIKE $${params.length}`;
    }
    const paging = pageClause(params, page, pageSize);
    const rows: (CourseRow & { total: number })[] = await this.db.query(
      `${COURSE_SELECT.replace('SELECT c.id,', 'SELECT count(*) OVER ()::int AS total, c.id,')}
        WHERE u.path LIKE ANY($1) ${filter}
        ORDER BY c.updated_at DESC, c.id ${paging}`,
      params,
    );
    return { rows, total: rows[0]?.total ?? 0 };
  }

  async versions(courseId: string): Promise<VersionRow[]> {
    return this.db.query(
      `SELECT v.id, v.version_no AS "versionNo", v.status, v.title, v.title_en AS "titleEn", v.published_at AS "publishedAt",
              CASE WHEN v.published_by IS NULL THEN NULL ELSE json_build_object('id', pb.id, 'name', pp.full_name) END AS "publishedBy"
         FROM course_versions v
         LEFT JOIN users pb ON pb.id = v.published_by
         LEFT JOIN people pp ON pp.id = pb.person_id
        WHERE v.course_id = $1 ORDER BY v.version_no DESC`,
      [courseId],
    );
  }

  async outline(versionId: string, manager: EntityManager = this.db.manager): Promise<CourseOutline | null> {
    const rows: CourseOutline[] = await manager.query(
      `SELECT v.course_id AS "courseId", v.id AS "versionId", v.version_no AS "versionNo", v.status, v.title, v.title_en AS "titleEn",
              v.summary,
              v.category, v.language, v.estimated_minutes AS "estimatedMinutes",
              ${uploadByIdSql('v.cover_upload_id')} AS cover,
              COALESCE((SELECT json_agg(json_build_object(
                         'id', m.id, 'title', m.title, 'titleEn', m.title_en,
                         'lessons', COALESCE((SELECT json_agg(json_build_object(
                                      'id', l.id, 'title', l.title, 'titleEn', l.title_en, 'completion', l.completion,
                                      'estimatedMinutes', l.estimated_minutes, 'hasVideo', ${HAS_VIDEO},
                                      'quizRulesMissing', ${QUIZ_RULES_MISSING})
                                      ORDER BY l.position) FROM lessons l WHERE l.module_id = m.id), '[]'))
                       ORDER BY m.position) FROM course_modules m WHERE m.version_id = v.id), '[]') AS modules
         FROM course_versions v WHERE v.id = $1`,
      [versionId],
    );
    return rows[0] ?? null;
  }

  private async scope(where: string, id: string, manager: EntityManager): Promise<ContentScope | null> {
    const rows: ContentScope[] = await manager.query(
      `SELECT c.id AS "courseId", v.id AS "versionId", v.status, u.id AS "ownerUnitId", u.path AS "ownerPath"
         FROM course_versions v JOIN courses c ON c.id = v.course_id JOIN units u ON u.id = c.owner_unit_id
        WHERE ${where}`,
      [id],
    );
    return rows[0] ?? null;
  }

  versionScope(versionId: string, manager: EntityManager = this.db.manager): Promise<ContentScope | null> {
    return this.scope('v.id = $1', versionId, manager);
  }

  moduleScope(moduleId: string, manager: EntityManager = this.db.manager): Promise<ContentScope | null> {
    return this.scope('v.id = (SELECT version_id FROM course_modules WHERE id = $1)', moduleId, manager);
  }

  lessonScope(lessonId: string, manager: EntityManager = this.db.manager): Promise<ContentScope | null> {
    return this.scope(
      'v.id = (SELECT m.version_id FROM lessons l JOIN course_modules m ON m.id = l.module_id WHERE l.id = $1)',
      lessonId,
      manager,
    );
  }

  /** Serialises every change to one course (drafts, publishing, ordering) behind its row lock. */
  async lockCourse(manager: EntityManager, courseId: string): Promise<{ ownerPath: string } | null> {
    const rows: { ownerPath: string }[] = await manager.query(
      `SELECT u.path AS "ownerPath" FROM courses c JOIN units u ON u.id = c.owner_unit_id WHERE c.id = $1 FOR UPDATE OF c`,
      [courseId],
    );
    return rows[0] ?? null;
  }

  async insertCourse(manager: EntityManager, c: { id: string; ownerUnitId: string; createdBy: string }): Promise<void> {
    await manager.query(`INSERT INTO courses (id, owner_unit_id, created_by) VALUES ($1, $2, $3)`, [
      c.id,
      c.ownerUnitId,
      c.createdBy,
    ]);
  }

  async insertVersion(
    manager: EntityManager,
    v: { id: string; courseId: string; versionNo: number } & DraftFields,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO course_versions (id, course_id, version_no, status, title, title_search, summary, language, category,
                                    estimated_minutes, cover_upload_id, title_en)
       VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        v.id,
        v.courseId,
        v.versionNo,
        v.title,
        titleSearch(v.title, v.titleEn),
        v.summary,
        v.language,
        v.category,
        v.estimatedMinutes,
        v.coverUploadId,
        v.titleEn,
      ],
    );
  }

  async draftOf(manager: EntityManager, courseId: string): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM course_versions WHERE course_id = $1 AND status = 'draft'`,
      [courseId],
    );
    return rows[0]?.id ?? null;
  }

  async latestPublished(
    manager: EntityManager,
    courseId: string,
  ): Promise<({ id: string; versionNo: number } & DraftFields) | null> {
    const rows: ({ id: string; versionNo: number } & DraftFields)[] = await manager.query(
      `SELECT id, version_no AS "versionNo", title, title_en AS "titleEn", summary, language, category, estimated_minutes AS "estimatedMinutes",
              cover_upload_id AS "coverUploadId"
         FROM course_versions WHERE course_id = $1 AND status = 'published' ORDER BY version_no DESC LIMIT 1`,
      [courseId],
    );
    return rows[0] ?? null;
  }

  /** Copies modules, lessons and their attachments into a new version with new ids and the same keys. */
  async copyContent(manager: EntityManager, fromVersionId: string, toVersionId: string): Promise<void> {
    await manager.query(
      `INSERT INTO course_modules (version_id, module_key, position, title, title_en)
       SELECT $2, module_key, position, title, title_en FROM course_modules WHERE version_id = $1`,
      [fromVersionId, toVersionId],
    );
    await manager.query(
      `INSERT INTO lessons (module_id, lesson_key, position, title, title_en, body_html, video_url, video_upload_id,
                            completion, estimated_minutes)
       SELECT nm.id, l.lesson_key, l.position, l.title, l.title_en, l.body_html, l.video_url, l.video_upload_id,
              l.completion, l.estimated_minutes
         FROM lessons l
         JOIN course_modules om ON om.id = l.module_id AND om.version_id = $1
         JOIN course_modules nm ON nm.version_id = $2 AND nm.module_key = om.module_key`,
      [fromVersionId, toVersionId],
    );
    await manager.query(
      `INSERT INTO lesson_attachments (lesson_id, upload_id, position)
       SELECT nl.id, la.upload_id, la.position
         FROM lesson_attachments la
         JOIN lessons ol ON ol.id = la.lesson_id
         JOIN course_modules om ON om.id = ol.module_id AND om.version_id = $1
         JOIN course_modules nm ON nm.version_id = $2 AND nm.module_key = om.module_key
         JOIN lessons nl ON nl.module_id = nm.id AND nl.lesson_key = ol.lesson_key`,
      [fromVersionId, toVersionId],
    );
    await manager.query(
      `INSERT INTO quizzes (kind, course_id, lesson_id, bank_id, draw, shuffle_questions, shuffle_options, pass_mark,
                            max_attempts, time_limit_seconds, opens_at, closes_at, review, created_by)
       SELECT 'step', q.course_id, nl.id, q.bank_id, q.draw, q.shuffle_questions, q.shuffle_options, q.pass_mark,
              q.max_attempts, q.time_limit_seconds, q.opens_at, q.closes_at, q.review, q.created_by
         FROM quizzes q
         JOIN lessons ol ON ol.id = q.lesson_id
         JOIN course_modules om ON om.id = ol.module_id AND om.version_id = $1
         JOIN course_modules nm ON nm.version_id = $2 AND nm.module_key = om.module_key
         JOIN lessons nl ON nl.module_id = nm.id AND nl.lesson_key = ol.lesson_key`,
      [fromVersionId, toVersionId],
    );
  }

  /** Titles of the version's quiz steps that have no quiz rules yet: it cannot be published with them. */
  async quizStepsWithoutRules(manager: EntityManager, versionId: string): Promise<string[]> {
    const rows: { title: string }[] = await manager.query(
      `SELECT l.title FROM lessons l JOIN course_modules m ON m.id = l.module_id
        WHERE m.version_id = $1 AND l.completion = 'quiz_passed'
          AND NOT EXISTS (SELECT 1 FROM quizzes q WHERE q.lesson_id = l.id)
        ORDER BY m.position, l.position`,
      [versionId],
    );
    return rows.map((r) => r.title);
  }

  /** The caller holds the course lock, so the titles read here are the ones the search text is folded from. */
  async updateDraft(manager: EntityManager, versionId: string, fields: Partial<DraftFields>): Promise<void> {
    let search: string | null = null;
    if (fields.title !== undefined || fields.titleEn !== undefined) {
      const [current]: { title: string; titleEn: string | null }[] = await manager.query(
        `SELECT title, title_en AS "titleEn" FROM course_versions WHERE id = $1`,
        [versionId],
      );
      search = titleSearch(
        fields.title ?? current!.title,
        fields.titleEn !== undefined ? fields.titleEn : current!.titleEn,
      );
    }
    await manager.query(
      `UPDATE course_versions SET title = COALESCE($2, title), title_search = COALESCE($3, title_search),
              summary = COALESCE($4, summary), language = COALESCE($5, language), category = COALESCE($6, category),
              estimated_minutes = COALESCE($7, estimated_minutes),
              cover_upload_id = CASE WHEN $8 THEN $9::uuid ELSE cover_upload_id END,
              title_en = CASE WHEN $10 THEN $11 ELSE title_en END, updated_at = now()
        WHERE id = $1`,
      [
        versionId,
        fields.title ?? null,
        search,
        fields.summary ?? null,
        fields.language ?? null,
        fields.category ?? null,
        fields.estimatedMinutes ?? null,
        fields.coverUploadId !== undefined,
        fields.coverUploadId ?? null,
        fields.titleEn !== undefined,
        fields.titleEn ?? null,
      ],
    );
  }

  async setOpenEnrolment(manager: EntityManager, courseId: string, open: boolean): Promise<void> {
    await manager.query(`UPDATE courses SET open_enrolment = $2, updated_at = now() WHERE id = $1`, [courseId, open]);
  }

  async touchCourse(manager: EntityManager, courseId: string): Promise<void> {
    await manager.query(`UPDATE courses SET updated_at = now() WHERE id = $1`, [courseId]);
  }

  async publish(manager: EntityManager, versionId: string, userId: string): Promise<void> {
    await manager.query(
      `UPDATE course_versions SET status = 'published', published_at = now(), published_by = $2, updated_at = now() WHERE id = $1`,
      [versionId, userId],
    );
  }

  async contentCounts(manager: EntityManager, versionId: string): Promise<{ modules: number; emptyModules: number }> {
    const rows: { modules: number; emptyModules: number }[] = await manager.query(
      `SELECT count(*)::int AS modules,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM lessons l WHERE l.module_id = m.id))::int AS "emptyModules"
         FROM course_modules m WHERE m.version_id = $1`,
      [versionId],
    );
    return rows[0] ?? { modules: 0, emptyModules: 0 };
  }

  async insertModule(manager: EntityManager, versionId: string, titles: ModuleTitles): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO course_modules (version_id, module_key, position, title, title_en)
       SELECT $1, gen_random_uuid(), COALESCE(max(position), 0) + 1, $2, $3 FROM course_modules WHERE version_id = $1
       RETURNING id`,
      [versionId, titles.title, titles.titleEn ?? null],
    );
    return rows[0]!.id;
  }

  async moduleOutline(moduleId: string, manager: EntityManager = this.db.manager) {
    const rows: ModuleOutline[] = await manager.query(
      `SELECT m.id, m.title, m.title_en AS "titleEn",
              COALESCE((SELECT json_agg(json_build_object('id', l.id, 'title', l.title, 'titleEn', l.title_en,
                        'completion', l.completion,
                        'estimatedMinutes', l.estimated_minutes, 'hasVideo', ${HAS_VIDEO},
                        'quizRulesMissing', ${QUIZ_RULES_MISSING}) ORDER BY l.position)
                          FROM lessons l WHERE l.module_id = m.id), '[]') AS lessons
         FROM course_modules m WHERE m.id = $1`,
      [moduleId],
    );
    return rows[0] ?? null;
  }

  /** An absent English title stays as it was; null removes it. */
  async renameModule(manager: EntityManager, moduleId: string, titles: ModuleTitles): Promise<void> {
    await manager.query(
      `UPDATE course_modules SET title = $2, title_en = CASE WHEN $3 THEN $4 ELSE title_en END WHERE id = $1`,
      [moduleId, titles.title, titles.titleEn !== undefined, titles.titleEn ?? null],
    );
  }

  async deleteModule(manager: EntityManager, moduleId: string): Promise<void> {
    await manager.query(`DELETE FROM course_modules WHERE id = $1`, [moduleId]);
  }

  async moduleIds(manager: EntityManager, versionId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM course_modules WHERE version_id = $1`, [
      versionId,
    ]);
    return rows.map((r) => r.id);
  }

  async lessonIds(manager: EntityManager, moduleId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM lessons WHERE module_id = $1`, [moduleId]);
    return rows.map((r) => r.id);
  }

  /** One statement; the position constraints are deferred to commit, so swaps do not collide midway. */
  async reorder(manager: EntityManager, table: 'course_modules' | 'lessons', orderedIds: string[]): Promise<void> {
    await manager.query(
      `UPDATE ${table} t SET position = o.ord FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE t.id = o.id`,
      [orderedIds],
    );
  }

  async insertLesson(
    manager: EntityManager,
    moduleId: string,
    lesson: { title: string; titleEn?: string | null; completion: LessonCompletion; estimatedMinutes: number },
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO lessons (module_id, lesson_key, position, title, completion, estimated_minutes, title_en)
       SELECT $1, gen_random_uuid(), COALESCE(max(position), 0) + 1, $2, $3, $4, $5 FROM lessons WHERE module_id = $1
       RETURNING id`,
      [moduleId, lesson.title, lesson.completion, lesson.estimatedMinutes, lesson.titleEn ?? null],
    );
    return rows[0]!.id;
  }

  async findLesson(lessonId: string, manager: EntityManager = this.db.manager): Promise<LessonRow | null> {
    const rows: LessonRow[] = await manager.query(
      `SELECT l.id, v.course_id AS "courseId", v.id AS "versionId", m.id AS "moduleId", l.title, l.title_en AS "titleEn",
              l.body_html AS html,
              l.video_url AS "videoUrl", l.video_upload_id AS "videoUploadId",
              ${uploadByIdSql('l.video_upload_id')} AS "videoUpload", ${lessonAttachmentsSql('l.id')} AS attachments,
              l.completion, l.estimated_minutes AS "estimatedMinutes", v.status
         FROM lessons l JOIN course_modules m ON m.id = l.module_id JOIN course_versions v ON v.id = m.version_id
        WHERE l.id = $1`,
      [lessonId],
    );
    return rows[0] ?? null;
  }

  async updateLesson(
    manager: EntityManager,
    lessonId: string,
    fields: {
      title?: string;
      titleEn?: string | null;
      html?: string;
      videoUrl?: string | null;
      videoUploadId?: string | null;
      completion?: LessonCompletion;
      estimatedMinutes?: number;
    },
  ): Promise<void> {
    await manager.query(
      `UPDATE lessons SET title = COALESCE($2, title), body_html = COALESCE($3, body_html),
              video_url = CASE WHEN $4 THEN $5 ELSE video_url END,
              completion = COALESCE($6, completion), estimated_minutes = COALESCE($7, estimated_minutes),
              video_upload_id = CASE WHEN $8 THEN $9::uuid ELSE video_upload_id END,
              title_en = CASE WHEN $10 THEN $11 ELSE title_en END
        WHERE id = $1`,
      [
        lessonId,
        fields.title ?? null,
        fields.html ?? null,
        fields.videoUrl !== undefined,
        fields.videoUrl ?? null,
        fields.completion ?? null,
        fields.estimatedMinutes ?? null,
        fields.videoUploadId !== undefined,
        fields.videoUploadId ?? null,
        fields.titleEn !== undefined,
        fields.titleEn ?? null,
      ],
    );
  }

  /** Replaces a lesson's attachments with these uploads, in this order. */
  async setAttachments(manager: EntityManager, lessonId: string, uploadIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM lesson_attachments WHERE lesson_id = $1`, [lessonId]);
    await manager.query(
      `INSERT INTO lesson_attachments (lesson_id, upload_id, position)
       SELECT $1, o.id, o.ord FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, ord)`,
      [lessonId, uploadIds],
    );
  }

  async deleteLesson(manager: EntityManager, lessonId: string): Promise<void> {
    await manager.query(`DELETE FROM lessons WHERE id = $1`, [lessonId]);
  }
}
