import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  cohortMismatch,
  type CommitteeCourseOptions,
  type ReportScheduleBody,
  type ReportScheduleList,
  type ReportScheduleView,
  type UpdateReportScheduleBody,
} from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { CohortsRepository } from './cohorts.repository';
import { CommitteeAccess, SCHEDULE_EDITORS, assertNotArchived } from './committee-access';
import { CommitteeCoursesRepository } from './committee-courses.repository';
import { toScheduleView } from './committees.mapper';
import { ReportScheduleSync } from './report-schedule-sync';
import { ReportSchedulesRepository, type ScheduleFields } from './report-schedules.repository';

/**
 * Report schedules: the definition lives in PostgreSQL; after each committed change the queue's job
 * schedulers are brought in line (ReportScheduleSync), and the worker reconciles them periodically.
 */
@Injectable()
export class ReportSchedulesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly schedules: ReportSchedulesRepository,
    private readonly cohorts: CohortsRepository,
    private readonly courses: CommitteeCoursesRepository,
    private readonly access: CommitteeAccess,
    private readonly sync: ReportScheduleSync,
    private readonly audit: AuditWriter,
  ) {}

  async list(actor: Actor, committeeId: string): Promise<ReportScheduleList> {
    await this.access.read(actor, committeeId);
    const rows = await this.schedules.forCommittee(committeeId);
    return { items: rows.map((row) => toScheduleView(row)) };
  }

  async courseOptions(actor: Actor, committeeId: string): Promise<CommitteeCourseOptions> {
    await this.access.read(actor, committeeId);
    return { items: await this.courses.options(committeeId) };
  }

  async create(ctx: AuthenticatedContext, committeeId: string, body: ReportScheduleBody): Promise<ReportScheduleView> {
    const id = randomUUID();
    await this.db.transaction(async (manager) => {
      const committee = await this.access.lockForChange(manager, ctx.actor, committeeId, SCHEDULE_EDITORS);
      const fields: ScheduleFields = {
        kind: body.kind,
        courseIds: body.courseIds,
        cohortId: body.cohortId ?? null,
        enabled: body.enabled,
      };
      await this.assertReferences(manager, ctx.actor, fields);
      await this.schedules.insert(manager, id, committeeId, fields, ctx.actor.userId);
      await this.audit.record(manager, ctx, {
        action: 'report-schedule.create',
        targetType: 'report-schedule',
        targetId: id,
        unitId: committee.unitId,
        details: { committeeId, ...fields },
      });
    });
    await this.sync.afterChange([id]);
    return this.view(id);
  }

  async update(ctx: AuthenticatedContext, id: string, body: UpdateReportScheduleBody): Promise<ReportScheduleView> {
    await this.db.transaction(async (manager) => {
      const current = await this.lockSchedule(manager, ctx.actor, id);
      assertNotArchived(current);
      const kind = body.kind ?? current.kind;
      const fields: ScheduleFields = {
        kind,
        courseIds: body.courseIds ?? current.courseIds,
        // Leaving the end-of-cohort kind lets go of its cohort, so a kind change alone is enough.
        cohortId: body.cohortId !== undefined ? body.cohortId : kind === 'cohort_end' ? current.cohortId : null,
        enabled: body.enabled ?? current.enabled,
      };
      const mismatch = cohortMismatch(fields.kind, fields.cohortId);
      if (mismatch) throw AppError.field('VALIDATION_FAILED', 'body.cohortId', mismatch);
      await this.assertReferences(manager, ctx.actor, {
        ...fields,
        // Only what this request names is checked: what was accepted before stays acceptable.
        courseIds: body.courseIds ?? [],
        cohortId: fields.cohortId !== current.cohortId ? fields.cohortId : null,
      });
      await this.schedules.update(manager, id, fields);
      await this.audit.record(manager, ctx, {
        action: 'report-schedule.update',
        targetType: 'report-schedule',
        targetId: id,
        unitId: current.unitId,
        details: {
          committeeId: current.committeeId,
          before: {
            kind: current.kind,
            courseIds: current.courseIds,
            cohortId: current.cohortId,
            enabled: current.enabled,
          },
          after: fields,
        },
      });
    });
    await this.sync.afterChange([id]);
    return this.view(id);
  }

  /** Only a schedule that has built no report goes; one that has is disabled instead, keeping its reports' origin. */
  async delete(ctx: AuthenticatedContext, id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const current = await this.lockSchedule(manager, ctx.actor, id);
      if (await this.schedules.hasReports(manager, id))
        throw new AppError('REPORT_SCHEDULE_HAS_REPORTS', 'The schedule has built reports; disable it instead');
      await this.schedules.delete(manager, id);
      await this.audit.record(manager, ctx, {
        action: 'report-schedule.delete',
        targetType: 'report-schedule',
        targetId: id,
        unitId: current.unitId,
        details: {
          committeeId: current.committeeId,
          kind: current.kind,
          courseIds: current.courseIds,
          cohortId: current.cohortId,
        },
      });
    });
    await this.sync.afterChange([id]);
  }

  private async lockSchedule(manager: EntityManager, actor: Actor, id: string) {
    const current = await this.schedules.lockWithCommittee(manager, id);
    if (!current || !covers(actor, SCHEDULE_EDITORS, current.unitPath)) throw AppError.notFound('Report schedule');
    return current;
  }

  /** Each course must exist (400 naming it); the cohort must be one the caller sees (404 naming it). */
  private async assertReferences(manager: EntityManager, actor: Actor, fields: ScheduleFields): Promise<void> {
    if (fields.courseIds.length) {
      const existing = await this.schedules.existingCourses(manager, fields.courseIds);
      const missing = fields.courseIds.findIndex((courseId) => !existing.has(courseId));
      if (missing >= 0) {
        throw new AppError('VALIDATION_FAILED', `body.courseIds.${missing}: Course not found`, [
          { path: `body.courseIds.${missing}`, code: 'NOT_FOUND', message: 'Course not found' },
        ]);
      }
    }
    if (fields.cohortId) {
      const path = await this.cohorts.unitPath(manager, fields.cohortId);
      if (!path || !covers(actor, SCHEDULE_EDITORS, path))
        throw AppError.field('NOT_FOUND', 'body.cohortId', 'Cohort not found');
    }
  }

  private async view(id: string): Promise<ReportScheduleView> {
    const row = await this.schedules.findById(id);
    if (!row) throw AppError.notFound('Report schedule');
    return toScheduleView(row);
  }
}
