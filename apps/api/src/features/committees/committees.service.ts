import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CommitteeDetail,
  CommitteeListQuery,
  CommitteePage,
  CreateCommitteeBody,
  UpdateCommitteeBody,
} from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers, scopePatterns } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { UnitScope } from '../organisation/unit-scope';
import { COMMITTEE_ADMINS, COMMITTEE_READERS, CommitteeAccess } from './committee-access';
import { CommitteeRecipientsRepository } from './committee-recipients.repository';
import { toCommitteeDetail, toCommitteeSummary } from './committees.mapper';
import { CommitteesRepository } from './committees.repository';
import { ReportScheduleSync } from './report-schedule-sync';
import { ReportSchedulesRepository } from './report-schedules.repository';

/** Committees: who manages them (a unit's admins) and which subtrees their reports cover. */
@Injectable()
export class CommitteesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly committees: CommitteesRepository,
    private readonly recipients: CommitteeRecipientsRepository,
    private readonly schedules: ReportSchedulesRepository,
    private readonly access: CommitteeAccess,
    private readonly unitScope: UnitScope,
    private readonly sync: ReportScheduleSync,
    private readonly audit: AuditWriter,
  ) {}

  async list(actor: Actor, query: CommitteeListQuery): Promise<CommitteePage> {
    const patterns = query.unitId
      ? [`${await this.unitScope.requirePath(actor, COMMITTEE_READERS, query.unitId)}%`]
      : scopePatterns(actor, COMMITTEE_READERS);
    const { rows, total } = await this.committees.list(patterns, query);
    return { items: rows.map(toCommitteeSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<CommitteeDetail> {
    const committee = await this.access.read(actor, id);
    const [recipients, schedules] = await Promise.all([this.recipients.current(id), this.schedules.forCommittee(id)]);
    return toCommitteeDetail(committee, recipients, schedules);
  }

  async create(ctx: AuthenticatedContext, body: CreateCommitteeBody): Promise<CommitteeDetail> {
    const id = randomUUID();
    await this.db.transaction(async (manager) => {
      const units = await this.committees.unitPaths(manager, [body.unitId]);
      const unit = units.get(body.unitId);
      if (!unit || !covers(ctx.actor, COMMITTEE_ADMINS, unit.path))
        throw AppError.field('NOT_FOUND', 'body.unitId', 'Unit not found');
      await this.assertCoverable(manager, ctx.actor, unit.path, body.unitIds);
      await this.committees.insert(manager, { id, unitId: body.unitId, name: body.name, kind: body.kind });
      await this.committees.replaceCoveredUnits(manager, id, body.unitIds);
      await this.audit.record(manager, ctx, {
        action: 'committee.create',
        targetType: 'committee',
        targetId: id,
        unitId: body.unitId,
        details: { name: body.name, kind: body.kind, unitIds: body.unitIds },
      });
    });
    return this.get(ctx.actor, id);
  }

  async update(ctx: AuthenticatedContext, id: string, body: UpdateCommitteeBody): Promise<CommitteeDetail> {
    await this.db.transaction(async (manager) => {
      const committee = await this.access.lockForChange(manager, ctx.actor, id, COMMITTEE_ADMINS);
      const before = await this.committees.findById(id, manager);
      const unitsBefore = await this.committees.coveredUnitIds(manager, id);
      if (body.unitIds) {
        await this.assertCoverable(manager, ctx.actor, committee.unitPath, body.unitIds);
        await this.committees.replaceCoveredUnits(manager, id, body.unitIds);
      }
      await this.committees.update(manager, id, { name: body.name, kind: body.kind });
      await this.audit.record(manager, ctx, {
        action: 'committee.update',
        targetType: 'committee',
        targetId: id,
        unitId: committee.unitId,
        details: {
          before: { name: before?.name, kind: before?.kind, unitIds: unitsBefore },
          after: { name: body.name, kind: body.kind, unitIds: body.unitIds },
        },
      });
    });
    return this.get(ctx.actor, id);
  }

  /** Archived committees leave the list and their schedules stop; reports and deliveries stay for the record. */
  async archive(ctx: AuthenticatedContext, id: string): Promise<CommitteeDetail> {
    const scheduleIds = await this.db.transaction(async (manager) => {
      const committee = await this.access.lockForChange(manager, ctx.actor, id, COMMITTEE_ADMINS);
      await this.committees.archive(manager, id);
      await this.audit.record(manager, ctx, {
        action: 'committee.archive',
        targetType: 'committee',
        targetId: id,
        unitId: committee.unitId,
      });
      return this.committees.scheduleIds(manager, id);
    });
    await this.sync.afterChange(scheduleIds);
    return this.get(ctx.actor, id);
  }

  /**
   * Every covered unit must exist in the caller's scope (else 404 naming it, as for any unit she cannot see)
   * and lie inside the committee's own unit (else 400 naming it): a district's committee reports on the
   * district, not on its neighbour.
   */
  private async assertCoverable(
    manager: EntityManager,
    actor: Actor,
    committeeUnitPath: string,
    unitIds: string[],
  ): Promise<void> {
    const units = await this.committees.unitPaths(manager, unitIds);
    unitIds.forEach((unitId, index) => {
      const unit = units.get(unitId);
      const field = `body.unitIds.${index}`;
      if (!unit || !covers(actor, COMMITTEE_ADMINS, unit.path))
        throw AppError.field('NOT_FOUND', field, 'Unit not found');
      if (!unit.path.startsWith(committeeUnitPath))
        throw AppError.field('UNIT_OUTSIDE_COMMITTEE', field, "The unit is not inside the committee's own unit");
    });
  }
}
