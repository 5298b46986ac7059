import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreatePersonBody, Page, PersonView, Role } from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers, scopePatterns } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { PeopleRepository, type PersonRow } from './people.repository';
import { UnitScope } from './unit-scope';
import { UnitsRepository } from './units.repository';

const READERS: readonly Role[] = ['admin', 'reviewer', 'trainer'];

function toView({ unitPath: _unitPath, ...view }: PersonRow): PersonView {
  return view;
}

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: PeopleRepository,
    private readonly units: UnitsRepository,
    private readonly scope: UnitScope,
    private readonly audit: AuditWriter,
  ) {}

  async list(
    actor: Actor,
    query: { unitId?: string; search?: string; page: number; pageSize: number },
  ): Promise<Page<PersonView>> {
    const patterns = query.unitId
      ? [`${await this.scope.requirePath(actor, READERS, query.unitId)}%`]
      : scopePatterns(actor, READERS);
    const { rows, total } = await this.people.list(patterns, query.search, query.page, query.pageSize);
    return { items: rows.map(toView), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string, roles: readonly Role[] = READERS): Promise<PersonView> {
    const person = await this.people.findById(id);
    if (!person || !covers(actor, roles, person.unitPath)) throw AppError.notFound('Person');
    return toView(person);
  }

  async create(ctx: AuthenticatedContext, input: CreatePersonBody): Promise<PersonView> {
    const id = randomUUID();
    await this.db.transaction(async (manager) => {
      const unit = await this.units.lockPath(input.unitId, manager);
      if (!unit || !covers(ctx.actor, ['admin'], unit.path)) throw AppError.notFound('Unit');
      await this.people.insert(manager, { ...input, id });
      await this.audit.record(manager, ctx, {
        action: 'person.create',
        targetType: 'person',
        targetId: id,
        unitId: unit.id,
        details: { fullName: input.fullName },
      });
    });
    return this.get(ctx.actor, id, ['admin']);
  }
}
