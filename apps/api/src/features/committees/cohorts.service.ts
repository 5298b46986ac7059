import { Injectable } from '@nestjs/common';
import type { CohortListQuery, CohortPage } from '@sen/contracts';
import type { Actor } from '../../core/access/actor';
import { scopePatterns } from '../../core/access/scope';
import { UnitScope } from '../organisation/unit-scope';
import { CohortsRepository } from './cohorts.repository';
import { SCHEDULE_EDITORS } from './committee-access';

/** Cohorts in scope by the unit that runs them, for choosing the one an end-of-cohort report follows. */
@Injectable()
export class CohortsService {
  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly unitScope: UnitScope,
  ) {}

  async list(actor: Actor, query: CohortListQuery): Promise<CohortPage> {
    const patterns = query.unitId
      ? [`${await this.unitScope.requirePath(actor, SCHEDULE_EDITORS, query.unitId)}%`]
      : scopePatterns(actor, SCHEDULE_EDITORS);
    const { rows, total } = await this.cohorts.list(patterns, query.page, query.pageSize);
    return { items: rows, total, page: query.page, pageSize: query.pageSize };
  }
}
