import { Injectable } from '@nestjs/common';
import type { AuditEntryView, AuditQuery, Page } from '@sen/contracts';
import type { Actor } from '../../core/access/actor';
import { scopePatterns, scopeRoots } from '../../core/access/scope';
import { UnitScope } from '../organisation/unit-scope';
import { AuditRepository } from './audit.repository';

const ADMIN = ['admin'] as const;

@Injectable()
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly scope: UnitScope,
  ) {}

  async list(actor: Actor, query: AuditQuery): Promise<Page<AuditEntryView>> {
    const patterns = query.unitId
      ? [`${await this.scope.requirePath(actor, ADMIN, query.unitId)}%`]
      : scopePatterns(actor, ADMIN);
    const topLevelAdmin =
      !query.unitId && scopeRoots(actor, ADMIN).some((root) => root.split('/').filter(Boolean).length === 1);
    const { rows, total } = await this.audit.list(patterns, topLevelAdmin, query);
    return {
      items: rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
