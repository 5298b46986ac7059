import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AssignCourseBody,
  Catalogue,
  EnrolmentListQuery,
  EnrolmentView,
  LearnerLesson,
  LearnerOutline,
  MyLearning,
  Page,
  ProgressBatchResult,
  ProgressEvent,
  Role,
} from '@sen/contracts';
import { DataSource } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers, scopePatterns } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { CoursesRepository } from '../courses/courses.repository';
import { UnitScope } from '../organisation/unit-scope';
import { CompletionAnnouncer } from './completion-announcer';
import { LearningRepository } from './learning.repository';

const AUTHORS: readonly Role[] = ['admin', 'trainer'];
const STAFF: readonly Role[] = ['admin', 'reviewer', 'trainer'];

/** Events more than this far in the future (a wrong phone clock) are refused rather than trusted. */
const CLOCK_SKEW_MS = 10 * 60_000;

@Injectable()
export class LearningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly learning: LearningRepository,
    private readonly courses: CoursesRepository,
    private readonly units: UnitScope,
    private readonly audit: AuditWriter,
    private readonly completions: CompletionAnnouncer,
  ) {}

  async myLearning(actor: Actor): Promise<MyLearning> {
    const rows = await this.learning.myLearning(actor.personId);
    return {
      items: rows.map((r) => ({
        ...r,
        dueAt: r.dueAt?.toISOString() ?? null,
        completedAt: r.completedAt?.toISOString() ?? null,
      })),
    };
  }

  async myEnrolment(actor: Actor, enrolmentId: string): Promise<LearnerOutline> {
    await this.ownEnrolment(actor, enrolmentId);
    return (await this.learning.outline(enrolmentId))!;
  }

  async myLesson(actor: Actor, enrolmentId: string, lessonId: string): Promise<LearnerLesson> {
    await this.ownEnrolment(actor, enrolmentId);
    const lesson = await this.learning.lesson(enrolmentId, lessonId);
    if (!lesson) throw AppError.notFound('Lesson');
    return lesson;
  }

  async catalogue(actor: Actor): Promise<Catalogue> {
    return { items: await this.learning.catalogue(actor.personId) };
  }

  async selfEnrol(ctx: AuthenticatedContext, courseId: string): Promise<LearnerOutline> {
    const course = await this.learning.courseForSelfEnrol(courseId);
    const member = await this.learning.personPath(ctx.actor.personId);
    // A course is visible to members of its owner's subtree; anything else does not exist for her.
    if (!course || !member || !member.path.startsWith(course.ownerPath)) throw AppError.notFound('Course');
    if (!course.openEnrolment)
      throw new AppError('ENROLMENT_CLOSED', 'This course is assigned by trainers; it is not open for self-enrolment');
    const enrolmentId = await this.db.transaction(async (manager) => {
      await this.courses.lockCourse(manager, courseId);
      const existing = await this.learning.currentEnrolmentOf(manager, ctx.actor.personId, courseId);
      if (existing) return existing;
      const versionId = await this.learning.latestPublishedVersion(manager, courseId);
      if (!versionId) throw new AppError('COURSE_NOT_PUBLISHED', 'This course has no published version yet');
      const [id] = await this.learning.enrol(manager, {
        personIds: [ctx.actor.personId],
        courseId,
        versionId,
        source: 'self',
        enrolledBy: ctx.actor.userId,
        dueAt: null,
      });
      await this.audit.record(manager, ctx, {
        action: 'enrolment.self',
        targetType: 'enrolment',
        targetId: id!,
        unitId: member.unitId,
        details: { courseId },
      });
      return id!;
    });
    return (await this.learning.outline(enrolmentId))!;
  }

  /** Every target must be in the author's scope and inside the course owner's subtree. */
  async assign(
    ctx: AuthenticatedContext,
    courseId: string,
    input: AssignCourseBody,
  ): Promise<{ enrolled: number; alreadyEnrolled: number }> {
    return this.db.transaction(async (manager) => {
      const course = await this.courses.lockCourse(manager, courseId);
      if (!course || !covers(ctx.actor, AUTHORS, course.ownerPath)) throw AppError.notFound('Course');
      const versionId = await this.learning.latestPublishedVersion(manager, courseId);
      if (!versionId) throw new AppError('COURSE_NOT_PUBLISHED', 'Publish the course before enrolling anyone');
      let unitPath: string | undefined;
      if (input.unitId) {
        const unit = await this.learning.unitPath(manager, input.unitId);
        if (!unit || !covers(ctx.actor, AUTHORS, unit) || !unit.startsWith(course.ownerPath)) {
          throw AppError.field('NOT_FOUND', 'body.unitId', 'Unit not found');
        }
        unitPath = unit;
      }
      const targets = await this.learning.resolveTargets(manager, { ...input, unitPath });
      if (input.personIds) {
        const found = new Map(targets.map((t) => [t.personId, t.path]));
        input.personIds.forEach((id, index) => {
          const path = found.get(id);
          if (!path || !covers(ctx.actor, AUTHORS, path) || !path.startsWith(course.ownerPath)) {
            throw AppError.field('NOT_FOUND', `body.personIds.${index}`, 'Person not found');
          }
        });
      }
      const personIds = [...new Set(targets.map((t) => t.personId))];
      const source = input.personIds ? 'manual' : input.positions ? 'position' : 'unit';
      const created = await this.learning.enrol(manager, {
        personIds,
        courseId,
        versionId,
        source,
        enrolledBy: ctx.actor.userId,
        dueAt: input.dueAt ?? null,
      });
      const owner = (await this.courses.findCourse(courseId))!;
      await this.audit.record(manager, ctx, {
        action: 'enrolment.assign',
        targetType: 'course',
        targetId: courseId,
        unitId: input.unitId ?? owner.ownerUnit.id,
        details: {
          source,
          enrolled: created.length,
          alreadyEnrolled: personIds.length - created.length,
          dueAt: input.dueAt ?? null,
        },
      });
      return { enrolled: created.length, alreadyEnrolled: personIds.length - created.length };
    });
  }

  async courseEnrolments(actor: Actor, courseId: string, query: EnrolmentListQuery): Promise<Page<EnrolmentView>> {
    const course = await this.courses.findCourse(courseId);
    if (!course || !covers(actor, STAFF, course.ownerPath)) throw AppError.notFound('Course');
    const patterns = query.unitId
      ? [`${await this.units.requirePath(actor, STAFF, query.unitId)}%`]
      : scopePatterns(actor, STAFF);
    const { rows, total } = await this.learning.courseEnrolments(
      courseId,
      patterns,
      { includeEnded: query.includeEnded === 'true', search: query.search, status: query.status },
      query.page,
      query.pageSize,
    );
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    return {
      items: rows.map(({ total: _total, ...r }) => ({
        ...r,
        enrolledAt: r.enrolledAt.toISOString(),
        dueAt: iso(r.dueAt),
        completedAt: iso(r.completedAt),
        endedAt: iso(r.endedAt),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async end(ctx: AuthenticatedContext, enrolmentId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const enrolment = await this.learning.findEnrolment(enrolmentId, manager);
      if (!enrolment || enrolment.endedAt || !covers(ctx.actor, AUTHORS, enrolment.personPath))
        throw AppError.notFound('Enrolment');
      await this.learning.end(manager, enrolmentId);
      const member = await this.learning.personPath(enrolment.personId);
      await this.audit.record(manager, ctx, {
        action: 'enrolment.end',
        targetType: 'enrolment',
        targetId: enrolmentId,
        unitId: member?.unitId ?? null,
        details: { courseId: enrolment.courseId },
      });
    });
  }

  /**
   * Stores each event once (the browser's id is the key), recomputes the touched lessons from all their
   * events, and completes enrolments whose every lesson is complete. Completion is announced after commit.
   */
  async recordProgress(ctx: AuthenticatedContext, events: ProgressEvent[]): Promise<ProgressBatchResult> {
    const now = Date.now();
    events.forEach((event, index) => {
      if (Date.parse(event.occurredAt) > now + CLOCK_SKEW_MS) {
        throw AppError.field(
          'VALIDATION_FAILED',
          `body.events.${index}.occurredAt`,
          'This time is in the future; check the device clock',
        );
      }
    });
    const { rejected, ...result } = await this.learning.ingest(
      this.db.manager,
      ctx.actor.personId,
      events,
      ctx.requestId,
    );
    const [first] = rejected;
    if (first) {
      const index = first.ord - 1;
      throw first.reason === 'enrolment'
        ? AppError.field('NOT_FOUND', `body.events.${index}.enrolmentId`, 'Enrolment not found')
        : AppError.field(
            'LESSON_NOT_IN_COURSE',
            `body.events.${index}.lessonId`,
            'This lesson is not part of the enrolled version',
          );
    }
    await Promise.all(result.completedEnrolments.map((id) => this.completions.announce(id)));
    return result;
  }

  private async ownEnrolment(actor: Actor, enrolmentId: string): Promise<void> {
    const enrolment = await this.learning.findEnrolment(enrolmentId);
    if (!enrolment || enrolment.personId !== actor.personId || enrolment.endedAt) throw AppError.notFound('Enrolment');
  }
}
