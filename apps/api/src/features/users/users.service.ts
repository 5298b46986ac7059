import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateUserBody, Page, RoleGrant, UserView } from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers, scopePatterns } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { PasswordHasher } from '../../core/security/password-hasher';
import { PeopleRepository } from '../organisation/people.repository';
import { UnitScope } from '../organisation/unit-scope';
import { UnitsRepository } from '../organisation/units.repository';
import { toUserView } from './users.mapper';
import { UsersRepository } from './users.repository';

const ADMIN = ['admin'] as const;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly people: PeopleRepository,
    private readonly units: UnitsRepository,
    private readonly scope: UnitScope,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditWriter,
  ) {}

  async list(
    actor: Actor,
    query: { unitId?: string; search?: string; page: number; pageSize: number },
  ): Promise<Page<UserView>> {
    const patterns = query.unitId
      ? [`${await this.scope.requirePath(actor, ADMIN, query.unitId)}%`]
      : scopePatterns(actor, ADMIN);
    const { rows, total } = await this.users.list(patterns, query.search, query.page, query.pageSize);
    return { items: rows.map(toUserView), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<UserView> {
    const user = await this.users.findById(id);
    if (!user || !covers(actor, ADMIN, user.unitPath)) throw AppError.notFound('User');
    return toUserView(user);
  }

  async create(ctx: AuthenticatedContext, input: CreateUserBody): Promise<UserView> {
    const id = randomUUID();
    const passwordHash = await this.hasher.hash(input.password);
    await this.db.transaction(async (manager) => {
      const member = await this.people.currentUnitPath(input.personId, manager);
      if (!member || !covers(ctx.actor, ADMIN, member.path))
        throw AppError.field('NOT_FOUND', 'body.personId', 'Person not found');
      const email = input.email ?? null;
      const phone = input.phone ?? null;
      const taken = await this.users.findTaken(manager, input.personId, email, phone);
      if (taken.person)
        throw AppError.field('PERSON_HAS_ACCOUNT', 'body.personId', 'This person already has an account');
      if (taken.email) throw AppError.field('EMAIL_TAKEN', 'body.email', 'Another account uses this e-mail address');
      if (taken.phone) throw AppError.field('PHONE_TAKEN', 'body.phone', 'Another account uses this phone number');
      await this.assertGrantable(ctx.actor, input.roles);
      await this.users.insert(manager, {
        id,
        personId: input.personId,
        email,
        phone,
        passwordHash,
        locale: input.locale,
      });
      await this.users.replaceGrants(manager, id, input.roles);
      await this.audit.record(manager, ctx, {
        action: 'user.create',
        targetType: 'user',
        targetId: id,
        unitId: member.unitId,
        details: { email, phone, roles: input.roles },
      });
    });
    return this.get(ctx.actor, id);
  }

  /**
   * Replaces the grants the admin controls. Grants on units outside her scope stay as they are:
   * she can neither see nor take away what a higher administrator gave.
   */
  async setRoles(ctx: AuthenticatedContext, id: string, roles: RoleGrant[]): Promise<UserView> {
    await this.mutate(ctx, id, async (manager, target) => {
      await this.assertGrantable(ctx.actor, roles);
      const before = await this.users.grantsOf(manager, id);
      const paths = await this.pathsOf(before.map((g) => g.unitId));
      const keptOutside = before.filter((g) => !covers(ctx.actor, ADMIN, paths.get(g.unitId) ?? ''));
      const after = [...keptOutside, ...roles];
      await this.users.replaceGrants(manager, id, after);
      await this.users.endSessions(manager, id);
      await this.audit.record(manager, ctx, {
        action: 'user.set-roles',
        targetType: 'user',
        targetId: id,
        unitId: target.unitId,
        details: { before, after },
      });
    });
    return this.get(ctx.actor, id);
  }

  async setDisabled(ctx: AuthenticatedContext, id: string, disabled: boolean): Promise<UserView> {
    await this.mutate(ctx, id, async (manager, target) => {
      await this.users.setDisabled(manager, id, disabled);
      if (disabled) await this.users.endSessions(manager, id);
      await this.audit.record(manager, ctx, {
        action: disabled ? 'user.disable' : 'user.enable',
        targetType: 'user',
        targetId: id,
        unitId: target.unitId,
      });
    });
    return this.get(ctx.actor, id);
  }

  async resetPassword(ctx: AuthenticatedContext, id: string, password: string): Promise<UserView> {
    const passwordHash = await this.hasher.hash(password);
    await this.mutate(ctx, id, async (manager, target) => {
      await this.users.setPassword(manager, id, passwordHash);
      await this.users.endSessions(manager, id);
      await this.audit.record(manager, ctx, {
        action: 'user.reset-password',
        targetType: 'user',
        targetId: id,
        unitId: target.unitId,
      });
    });
    return this.get(ctx.actor, id);
  }

  /** Admin actions on another account: in scope, never on oneself (no raising one's own role). */
  private async mutate(
    ctx: AuthenticatedContext,
    id: string,
    change: (manager: EntityManager, target: { unitId: string }) => Promise<void>,
  ): Promise<void> {
    await this.db.transaction(async (manager) => {
      const target = await this.users.lock(manager, id);
      if (!target || !covers(ctx.actor, ADMIN, target.unitPath)) throw AppError.notFound('User');
      if (id === ctx.actor.userId) {
        throw new AppError(
          'CANNOT_CHANGE_OWN_ACCOUNT',
          'Another administrator must change your roles, status or password',
        );
      }
      await change(manager, target);
    });
  }

  private async assertGrantable(actor: Actor, grants: RoleGrant[]): Promise<void> {
    const paths = await this.pathsOf(grants.map((g) => g.unitId));
    grants.forEach((grant, index) => {
      const path = paths.get(grant.unitId);
      if (!path || !covers(actor, ADMIN, path)) {
        throw AppError.field('NOT_FOUND', `body.roles.${index}.unitId`, 'Unit not found');
      }
    });
  }

  private async pathsOf(unitIds: string[]): Promise<Map<string, string>> {
    const entries = await Promise.all(
      [...new Set(unitIds)].map(async (id) => [id, await this.units.findPath(id)] as const),
    );
    return new Map(entries.filter((e): e is readonly [string, string] => e[1] !== null));
  }
}
