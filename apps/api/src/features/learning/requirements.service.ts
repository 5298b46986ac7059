import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateRequirementBody, RequirementView, Role } from '@sen/contracts';
import { DataSource } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { CoursesRepository } from '../courses/courses.repository';
import { LearningRepository } from './learning.repository';
import { RequirementsRepository } from './requirements.repository';

const AUTHORS: readonly Role[] = ['admin', 'trainer'];
const STAFF: readonly Role[] = ['admin', 'reviewer', 'trainer'];

function toView({
  dueAt,
  createdAt,
  ...row
}: Awaited<ReturnType<RequirementsRepository['list']>>[number]): RequirementView {
  return { ...row, dueAt: dueAt?.toISOString() ?? null, createdAt: createdAt.toISOString() };
}

@Injectable()
export class RequirementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requirements: RequirementsRepository,
    private readonly courses: CoursesRepository,
    private readonly learning: LearningRepository,
    private readonly audit: AuditWriter,
  ) {}

  async list(actor: Actor, courseId: string): Promise<{ items: RequirementView[] }> {
    const course = await this.courses.findCourse(courseId);
    if (!course || !covers(actor, STAFF, course.ownerPath)) throw AppError.notFound('Course');
    return { items: (await this.requirements.list(courseId)).map(toView) };
  }

  /** The unit must be in the author's scope and inside the course owner's subtree; matching people are enrolled at once. */
  async create(ctx: AuthenticatedContext, courseId: string, input: CreateRequirementBody): Promise<RequirementView> {
    const id = await this.db.transaction(async (manager) => {
      const course = await this.courses.lockCourse(manager, courseId);
      if (!course || !covers(ctx.actor, AUTHORS, course.ownerPath)) throw AppError.notFound('Course');
      const unitPath = await this.learning.unitPath(manager, input.unitId);
      if (!unitPath || !covers(ctx.actor, AUTHORS, unitPath) || !unitPath.startsWith(course.ownerPath)) {
        throw AppError.field('NOT_FOUND', 'body.unitId', 'Unit not found');
      }
      if (!(await this.learning.latestPublishedVersion(manager, courseId))) {
        throw new AppError('COURSE_NOT_PUBLISHED', 'Publish the course before requiring it');
      }
      const requirementId = await this.requirements.insert(manager, {
        courseId,
        unitId: input.unitId,
        positions: input.positions,
        includeReserves: input.includeReserves,
        dueAt: input.dueAt ?? null,
        createdBy: ctx.actor.userId,
      });
      const enrolled = await this.requirements.apply(manager, { requirementIds: [requirementId] });
      await this.audit.record(manager, ctx, {
        action: 'requirement.create',
        targetType: 'requirement',
        targetId: requirementId,
        unitId: input.unitId,
        details: { courseId, positions: input.positions, includeReserves: input.includeReserves, enrolled },
      });
      return requirementId;
    });
    return toView((await this.requirements.list(courseId, [id]))[0]!);
  }

  async end(ctx: AuthenticatedContext, requirementId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const requirement = await this.requirements.findCurrent(manager, requirementId);
      if (!requirement || !covers(ctx.actor, AUTHORS, requirement.unitPath)) throw AppError.notFound('Requirement');
      await this.requirements.end(manager, requirementId);
      await this.audit.record(manager, ctx, {
        action: 'requirement.end',
        targetType: 'requirement',
        targetId: requirementId,
        unitId: requirement.unitId,
        details: { courseId: requirement.courseId },
      });
    });
  }
}
