import { Injectable } from '@nestjs/common';
import type { Role } from '@sen/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/access/actor';
import { covers } from '../../core/access/scope';
import { AppError } from '../../core/http/app-error';
import { CommitteesRepository, type CommitteeRow } from './committees.repository';

/** Who reads committees (and schedules reports to them) in her subtree. */
export const COMMITTEE_READERS: readonly Role[] = ['admin', 'reviewer'];
/** Who manages committees and their recipients. */
export const COMMITTEE_ADMINS: readonly Role[] = ['admin'];
/** The brief: reviewers "schedule reports to committees"; admins may as well. */
export const SCHEDULE_EDITORS: readonly Role[] = COMMITTEE_READERS;

export interface LockedCommittee {
  id: string;
  unitId: string;
  unitPath: string;
  archived: boolean;
}

/** A committee is in scope when its managing unit is; anything else is "not found", never "forbidden". */
@Injectable()
export class CommitteeAccess {
  constructor(private readonly committees: CommitteesRepository) {}

  async read(actor: Actor, id: string): Promise<CommitteeRow> {
    const committee = await this.committees.findById(id);
    if (!committee || !covers(actor, COMMITTEE_READERS, committee.unitPath)) throw AppError.notFound('Committee');
    return committee;
  }

  /** Locks the committee for a change by these roles; an archived committee takes no change. */
  async lockForChange(
    manager: EntityManager,
    actor: Actor,
    id: string,
    roles: readonly Role[],
  ): Promise<LockedCommittee> {
    const committee = await this.committees.lock(manager, id);
    if (!committee || !covers(actor, roles, committee.unitPath)) throw AppError.notFound('Committee');
    assertNotArchived(committee);
    return committee;
  }
}

export function assertNotArchived(committee: { archived: boolean }): void {
  if (committee.archived) throw new AppError('COMMITTEE_ARCHIVED', 'The committee is archived and takes no change');
}
