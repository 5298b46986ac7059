import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MAX_RESERVES,
  POSITION_KINDS,
  SINGLE_HOLDER_KINDS,
  type AssignPositionBody,
  type PositionAssignmentView,
  type UnitPositions,
} from '@sen/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { QueueName, type JobPayloads } from '../../core/queue/queues';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { PeopleRepository } from './people.repository';
import { PositionsRepository, toAssignmentView } from './positions.repository';
import { UnitScope } from './unit-scope';
import { UnitsRepository } from './units.repository';

@Injectable()
export class PositionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly positions: PositionsRepository,
    private readonly people: PeopleRepository,
    private readonly units: UnitsRepository,
    private readonly scope: UnitScope,
    private readonly audit: AuditWriter,
    @InjectQueue(QueueName.Requirements) private readonly requirementsQueue: Queue<JobPayloads[QueueName.Requirements]>,
  ) {}

  private readonly logger = new Logger(PositionsService.name);

  async listForUnit(actor: Actor, unitId: string): Promise<UnitPositions> {
    await this.scope.requirePath(actor, ['admin', 'reviewer', 'trainer'], unitId);
    const rows = (await this.positions.currentForUnit(unitId)).map(toAssignmentView);
    return {
      unitId,
      positions: POSITION_KINDS.map((kind) => ({
        kind,
        holders: rows.filter((r) => r.kind === kind && r.role === 'holder'),
        reserves: rows.filter((r) => r.kind === kind && r.role === 'reserve'),
      })),
    };
  }

  /** The unit row is locked, so concurrent assignments see each other and the reserve limit holds. */
  async assign(ctx: AuthenticatedContext, unitId: string, input: AssignPositionBody): Promise<PositionAssignmentView> {
    const assignment = await this.db.transaction(async (manager) => {
      const unit = await this.units.lockPath(unitId, manager);
      if (!unit || !covers(ctx.actor, ['admin'], unit.path)) throw AppError.notFound('Unit');
      const member = await this.people.currentUnitPath(input.personId, manager);
      if (!member || !covers(ctx.actor, ['admin'], member.path))
        throw AppError.field('NOT_FOUND', 'body.personId', 'Person not found');
      if (!member.path.startsWith(unit.path)) {
        throw AppError.field(
          'PERSON_OUTSIDE_UNIT',
          'body.personId',
          'The person is not a member of this unit or its sub-units',
        );
      }
      const current = (await this.positions.currentForUnit(unitId, manager)).filter((a) => a.kind === input.kind);
      if (current.some((a) => a.person.id === input.personId)) {
        throw AppError.field(
          'POSITION_ALREADY_ASSIGNED',
          'body.personId',
          'The person already holds or is reserve for this position',
        );
      }
      if (
        input.role === 'holder' &&
        SINGLE_HOLDER_KINDS.includes(input.kind) &&
        current.some((a) => a.role === 'holder')
      ) {
        throw AppError.field(
          'POSITION_HOLDER_TAKEN',
          'body.kind',
          'This position already has a holder; end that assignment first',
        );
      }
      if (input.role === 'reserve' && current.filter((a) => a.role === 'reserve').length >= MAX_RESERVES) {
        throw AppError.field('POSITION_RESERVES_FULL', 'body.role', `A position has at most ${MAX_RESERVES} reserves`);
      }
      const row = await this.positions.insert(manager, { unitId, ...input });
      await this.audit.record(manager, ctx, {
        action: 'position.assign',
        targetType: 'position-assignment',
        targetId: row.id,
        unitId,
        details: { kind: input.kind, role: input.role, personId: input.personId },
      });
      return toAssignmentView(row);
    });
    await this.announceNewHolder(input.personId);
    return assignment;
  }

  /** Courses required of this position reach her at once; the periodic sweep catches a lost announcement. */
  private async announceNewHolder(personId: string): Promise<void> {
    try {
      await this.requirementsQueue.add('apply-requirements', { personIds: [personId] });
    } catch (error) {
      this.logger.error({ err: error, personId }, 'could not enqueue apply-requirements');
    }
  }

  async end(ctx: AuthenticatedContext, assignmentId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const assignment = await this.positions.findCurrent(manager, assignmentId);
      if (!assignment || !covers(ctx.actor, ['admin'], assignment.unitPath))
        throw AppError.notFound('Position assignment');
      await this.positions.end(manager, assignmentId, new Date());
      await this.audit.record(manager, ctx, {
        action: 'position.end',
        targetType: 'position-assignment',
        targetId: assignmentId,
        unitId: assignment.unitId,
        details: { kind: assignment.kind, role: assignment.role, personId: assignment.personId },
      });
    });
  }
}
