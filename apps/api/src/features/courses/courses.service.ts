import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuditAction,
  CourseDetail,
  CourseOutline,
  CourseSummary,
  CreateCourseBody,
  LessonCompletion,
  LessonView,
  ModuleOutline,
  Page,
  Role,
  UpdateDraftBody,
  UpdateLessonBody,
  UploadKind,
} from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers, scopePatterns } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { UnitScope } from '../organisation/unit-scope';
import { UploadsRepository } from '../uploads/uploads.repository';
import { CoursesRepository, type ContentScope, type CourseRow, type ModuleTitles } from './courses.repository';
import { sanitizeLessonHtml } from './lesson-html.sanitizer';

const READERS: readonly Role[] = ['admin', 'reviewer', 'trainer'];
const AUTHORS: readonly Role[] = ['admin', 'trainer'];

type Resolve = (manager: EntityManager) => Promise<ContentScope | null>;

function toSummary({ ownerPath: _ownerPath, updatedAt, ...row }: CourseRow): CourseSummary {
  return { ...row, updatedAt: updatedAt.toISOString() };
}

/**
 * Authoring: a trainer or admin edits the courses owned by units of her subtree. Content changes only
 * in the draft; a published version is frozen, and edits after publishing start a new draft.
 */
@Injectable()
export class CoursesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly courses: CoursesRepository,
    private readonly units: UnitScope,
    private readonly audit: AuditWriter,
    private readonly uploads: UploadsRepository,
  ) {}

  async list(
    actor: Actor,
    query: { unitId?: string; search?: string; page: number; pageSize: number },
  ): Promise<Page<CourseSummary>> {
    const patterns = query.unitId
      ? [`${await this.units.requirePath(actor, READERS, query.unitId)}%`]
      : scopePatterns(actor, READERS);
    const { rows, total } = await this.courses.listCourses(patterns, query.search, query.page, query.pageSize);
    return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, courseId: string, roles: readonly Role[] = READERS): Promise<CourseDetail> {
    const course = await this.courses.findCourse(courseId);
    if (!course || !covers(actor, roles, course.ownerPath)) throw AppError.notFound('Course');
    const versions = await this.courses.versions(courseId);
    return {
      ...toSummary(course),
      versions: versions.map((v) => ({ ...v, publishedAt: v.publishedAt?.toISOString() ?? null })),
    };
  }

  async create(ctx: AuthenticatedContext, input: CreateCourseBody): Promise<CourseDetail> {
    const ownerPath = await this.units.requirePath(ctx.actor, AUTHORS, input.ownerUnitId, 'Owner unit');
    const courseId = randomUUID();
    await this.db.transaction(async (manager) => {
      await this.courses.insertCourse(manager, {
        id: courseId,
        ownerUnitId: input.ownerUnitId,
        createdBy: ctx.actor.userId,
      });
      await this.courses.insertVersion(manager, {
        id: randomUUID(),
        courseId,
        versionNo: 1,
        ...input,
        titleEn: input.titleEn ?? null,
        coverUploadId: null,
      });
      await this.record(manager, ctx, 'course.create', courseId, input.ownerUnitId, { title: input.title, ownerPath });
    });
    return this.get(ctx.actor, courseId, AUTHORS);
  }

  async setOpenEnrolment(ctx: AuthenticatedContext, courseId: string, open: boolean): Promise<CourseDetail> {
    await this.db.transaction(async (manager) => {
      const course = await this.courses.lockCourse(manager, courseId);
      if (!course || !covers(ctx.actor, AUTHORS, course.ownerPath)) throw AppError.notFound('Course');
      await this.courses.setOpenEnrolment(manager, courseId, open);
      const scope = (await this.courses.findCourse(courseId))!;
      await this.record(manager, ctx, 'course.settings', courseId, scope.ownerUnit.id, { openEnrolment: open });
    });
    return this.get(ctx.actor, courseId, AUTHORS);
  }

  async getVersion(actor: Actor, versionId: string): Promise<CourseOutline> {
    await this.readable(actor, (m) => this.courses.versionScope(versionId, m), 'Course version');
    return (await this.courses.outline(versionId))!;
  }

  /** Returns the draft, first copying the latest published version when there is none. */
  async startDraft(ctx: AuthenticatedContext, courseId: string): Promise<CourseOutline> {
    const versionId = await this.db.transaction(async (manager) => {
      const course = await this.courses.lockCourse(manager, courseId);
      if (!course || !covers(ctx.actor, AUTHORS, course.ownerPath)) throw AppError.notFound('Course');
      return this.ensureDraft(manager, ctx, courseId);
    });
    return (await this.courses.outline(versionId))!;
  }

  async updateDraft(ctx: AuthenticatedContext, courseId: string, input: UpdateDraftBody): Promise<CourseOutline> {
    const versionId = await this.db.transaction(async (manager) => {
      const course = await this.courses.lockCourse(manager, courseId);
      if (!course || !covers(ctx.actor, AUTHORS, course.ownerPath)) throw AppError.notFound('Course');
      const draftId = await this.ensureDraft(manager, ctx, courseId);
      const scope = (await this.courses.versionScope(draftId, manager))!;
      if (input.coverUploadId) {
        await this.requireUploads(manager, [input.coverUploadId], 'image', scope.ownerUnitId, 'body.coverUploadId');
      }
      await this.courses.updateDraft(manager, draftId, input);
      await this.courses.touchCourse(manager, courseId);
      await this.record(manager, ctx, 'course.update-draft', courseId, scope.ownerUnitId, {
        fields: Object.keys(input),
      });
      return draftId;
    });
    return (await this.courses.outline(versionId))!;
  }

  async publish(ctx: AuthenticatedContext, versionId: string): Promise<CourseOutline> {
    await this.changeDraft(
      ctx,
      (m) => this.courses.versionScope(versionId, m),
      'Course version',
      async (manager, scope) => {
        const counts = await this.courses.contentCounts(manager, versionId);
        if (counts.modules === 0 || counts.emptyModules > 0) {
          throw new AppError(
            'COURSE_EMPTY',
            'Publish a course with at least one module, each holding at least one lesson',
          );
        }
        const withoutRules = await this.courses.quizStepsWithoutRules(manager, versionId);
        if (withoutRules.length > 0) {
          throw new AppError('QUIZ_NOT_SET', `Set the rules of these quiz steps first: ${withoutRules.join(', ')}`);
        }
        await this.courses.publish(manager, versionId, ctx.actor.userId);
        await this.record(manager, ctx, 'course.publish', scope.courseId, scope.ownerUnitId, { versionId });
      },
    );
    return (await this.courses.outline(versionId))!;
  }

  async createModule(ctx: AuthenticatedContext, versionId: string, titles: ModuleTitles): Promise<ModuleOutline> {
    const moduleId = await this.changeDraft(
      ctx,
      (m) => this.courses.versionScope(versionId, m),
      'Course version',
      async (manager, scope) => {
        const id = await this.courses.insertModule(manager, versionId, titles);
        await this.record(manager, ctx, 'module.create', id, scope.ownerUnitId, { versionId, ...titles });
        return id;
      },
    );
    return (await this.courses.moduleOutline(moduleId))!;
  }

  async updateModule(ctx: AuthenticatedContext, moduleId: string, titles: ModuleTitles): Promise<ModuleOutline> {
    await this.changeDraft(
      ctx,
      (m) => this.courses.moduleScope(moduleId, m),
      'Module',
      async (manager, scope) => {
        await this.courses.renameModule(manager, moduleId, titles);
        await this.record(manager, ctx, 'module.update', moduleId, scope.ownerUnitId, { ...titles });
      },
    );
    return (await this.courses.moduleOutline(moduleId))!;
  }

  async deleteModule(ctx: AuthenticatedContext, moduleId: string): Promise<void> {
    await this.changeDraft(
      ctx,
      (m) => this.courses.moduleScope(moduleId, m),
      'Module',
      async (manager, scope) => {
        await this.courses.deleteModule(manager, moduleId);
        await this.record(manager, ctx, 'module.delete', moduleId, scope.ownerUnitId, { versionId: scope.versionId });
      },
    );
  }

  async reorderModules(ctx: AuthenticatedContext, versionId: string, moduleIds: string[]): Promise<CourseOutline> {
    await this.changeDraft(
      ctx,
      (m) => this.courses.versionScope(versionId, m),
      'Course version',
      async (manager, scope) => {
        assertSameSet(await this.courses.moduleIds(manager, versionId), moduleIds, 'body.moduleIds');
        await this.courses.reorder(manager, 'course_modules', moduleIds);
        await this.record(manager, ctx, 'module.reorder', versionId, scope.ownerUnitId, { moduleIds });
      },
    );
    return (await this.courses.outline(versionId))!;
  }

  async createLesson(
    ctx: AuthenticatedContext,
    moduleId: string,
    input: { title: string; titleEn?: string | null; completion: LessonCompletion; estimatedMinutes: number },
  ): Promise<LessonView> {
    if (input.completion === 'video_watched') {
      throw AppError.field(
        'VALIDATION_FAILED',
        'body.completion',
        'Add the video first, then choose completion by watching',
      );
    }
    const lessonId = await this.changeDraft(
      ctx,
      (m) => this.courses.moduleScope(moduleId, m),
      'Module',
      async (manager, scope) => {
        const id = await this.courses.insertLesson(manager, moduleId, input);
        await this.record(manager, ctx, 'lesson.create', id, scope.ownerUnitId, { moduleId, title: input.title });
        return id;
      },
    );
    return this.getLesson(ctx.actor, lessonId, AUTHORS);
  }

  async reorderLessons(ctx: AuthenticatedContext, moduleId: string, lessonIds: string[]): Promise<ModuleOutline> {
    await this.changeDraft(
      ctx,
      (m) => this.courses.moduleScope(moduleId, m),
      'Module',
      async (manager, scope) => {
        assertSameSet(await this.courses.lessonIds(manager, moduleId), lessonIds, 'body.lessonIds');
        await this.courses.reorder(manager, 'lessons', lessonIds);
        await this.record(manager, ctx, 'lesson.reorder', moduleId, scope.ownerUnitId, { lessonIds });
      },
    );
    return (await this.courses.moduleOutline(moduleId))!;
  }

  async getLesson(actor: Actor, lessonId: string, roles: readonly Role[] = READERS): Promise<LessonView> {
    const scope = await this.courses.lessonScope(lessonId);
    if (!scope || !covers(actor, roles, scope.ownerPath)) throw AppError.notFound('Lesson');
    const { status, videoUploadId: _videoUploadId, ...lesson } = (await this.courses.findLesson(lessonId))!;
    return { ...lesson, editable: status === 'draft' };
  }

  async updateLesson(ctx: AuthenticatedContext, lessonId: string, input: UpdateLessonBody): Promise<LessonView> {
    await this.changeDraft(
      ctx,
      (m) => this.courses.lessonScope(lessonId, m),
      'Lesson',
      async (manager, scope) => {
        const current = (await this.courses.findLesson(lessonId, manager))!;
        const completion = input.completion ?? current.completion;
        // A lesson has one video: giving a link replaces an uploaded one, and the other way round.
        const videoUrl = input.videoUrl !== undefined ? input.videoUrl : input.videoUploadId ? null : current.videoUrl;
        const videoUploadId =
          input.videoUploadId !== undefined ? input.videoUploadId : input.videoUrl ? null : current.videoUploadId;
        if (completion === 'video_watched' && videoUrl === null && videoUploadId === null) {
          throw AppError.field('VALIDATION_FAILED', 'body.videoUrl', 'A lesson completed by watching needs a video');
        }
        if (input.videoUploadId) {
          await this.requireUploads(manager, [input.videoUploadId], 'video', scope.ownerUnitId, 'body.videoUploadId');
        }
        if (input.attachmentIds) {
          if (new Set(input.attachmentIds).size !== input.attachmentIds.length) {
            throw AppError.field('VALIDATION_FAILED', 'body.attachmentIds', 'List each file once');
          }
          await this.requireUploads(manager, input.attachmentIds, 'document', scope.ownerUnitId, 'body.attachmentIds');
          await this.courses.setAttachments(manager, lessonId, input.attachmentIds);
        }
        const html = input.html === undefined ? undefined : sanitizeLessonHtml(input.html);
        await this.courses.updateLesson(manager, lessonId, {
          title: input.title,
          titleEn: input.titleEn,
          html,
          completion: input.completion,
          estimatedMinutes: input.estimatedMinutes,
          videoUrl: videoUrl === current.videoUrl ? undefined : videoUrl,
          videoUploadId: videoUploadId === current.videoUploadId ? undefined : videoUploadId,
        });
        await this.record(manager, ctx, 'lesson.update', lessonId, scope.ownerUnitId, {
          fields: Object.keys(input),
          sanitised: html !== undefined && html !== input.html,
        });
      },
    );
    return this.getLesson(ctx.actor, lessonId, AUTHORS);
  }

  async deleteLesson(ctx: AuthenticatedContext, lessonId: string): Promise<void> {
    await this.changeDraft(
      ctx,
      (m) => this.courses.lessonScope(lessonId, m),
      'Lesson',
      async (manager, scope) => {
        await this.courses.deleteLesson(manager, lessonId);
        await this.record(manager, ctx, 'lesson.delete', lessonId, scope.ownerUnitId, { versionId: scope.versionId });
      },
    );
  }

  /** Each id must be an upload of this kind attributed to the course's owner unit; else a 400 naming the item. */
  private async requireUploads(
    manager: EntityManager,
    ids: string[],
    kind: UploadKind,
    ownerUnitId: string,
    field: string,
  ): Promise<void> {
    const found = await this.uploads.kindsAndUnits(manager, ids);
    ids.forEach((id, index) => {
      const upload = found.find((f) => f.id === id);
      if (!upload || upload.unitId !== ownerUnitId || upload.kind !== kind) {
        const path = field.endsWith('Ids') ? `${field}.${index}` : field;
        throw AppError.field('VALIDATION_FAILED', path, `Not an uploaded ${kind} of this course`);
      }
    });
  }

  private async readable(actor: Actor, resolve: Resolve, what: string): Promise<ContentScope> {
    const scope = await resolve(this.db.manager);
    if (!scope || !covers(actor, READERS, scope.ownerPath)) throw AppError.notFound(what);
    return scope;
  }

  /** Runs a change on draft content under the course lock; published content answers VERSION_FROZEN. */
  private async changeDraft<T>(
    ctx: AuthenticatedContext,
    resolve: Resolve,
    what: string,
    change: (manager: EntityManager, scope: ContentScope) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async (manager) => {
      const first = await resolve(manager);
      if (!first || !covers(ctx.actor, AUTHORS, first.ownerPath)) throw AppError.notFound(what);
      await this.courses.lockCourse(manager, first.courseId);
      // Re-read under the lock: a concurrent publish may have frozen it meanwhile.
      const scope = await resolve(manager);
      if (!scope) throw AppError.notFound(what);
      if (scope.status !== 'draft') {
        throw new AppError('VERSION_FROZEN', 'This version is published and cannot change; start a new draft to edit');
      }
      const result = await change(manager, scope);
      await this.courses.touchCourse(manager, scope.courseId);
      return result;
    });
  }

  private async ensureDraft(manager: EntityManager, ctx: AuthenticatedContext, courseId: string): Promise<string> {
    const existing = await this.courses.draftOf(manager, courseId);
    if (existing) return existing;
    const latest = (await this.courses.latestPublished(manager, courseId))!;
    const { id: fromVersionId, versionNo, ...fields } = latest;
    const draftId = randomUUID();
    await this.courses.insertVersion(manager, { id: draftId, courseId, versionNo: versionNo + 1, ...fields });
    await this.courses.copyContent(manager, fromVersionId, draftId);
    const scope = (await this.courses.versionScope(draftId, manager))!;
    await this.record(manager, ctx, 'course.start-draft', courseId, scope.ownerUnitId, {
      fromVersionId,
      versionNo: versionNo + 1,
    });
    return draftId;
  }

  private record(
    manager: EntityManager,
    ctx: AuthenticatedContext,
    action: AuditAction,
    targetId: string,
    unitId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    const targetType = action.split('.')[0]!;
    return this.audit.record(manager, ctx, { action, targetType, targetId, unitId, details });
  }
}

function assertSameSet(current: string[], given: string[], field: string): void {
  const same =
    current.length === given.length &&
    new Set(given).size === given.length &&
    given.every((id) => current.includes(id));
  if (!same) throw AppError.field('ORDER_MISMATCH', field, 'List every item of this container exactly once');
}
