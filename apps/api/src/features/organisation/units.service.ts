import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, Role, UnitDetail, UnitLevelView, UnitListQuery, UnitSummary } from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers, scopePatterns, scopeRoots } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { UnitScope } from './unit-scope';
import { toUnitDetail, toUnitSummary } from './units.mapper';
import { UnitsRepository } from './units.repository';

const READERS: readonly Role[] = ['admin', 'reviewer', 'trainer'];
const ADMIN: readonly Role[] = ['admin'];

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly units: UnitsRepository,
    private readonly scope: UnitScope,
    private readonly audit: AuditWriter,
  ) {}

  async list(actor: Actor, query: UnitListQuery): Promise<Page<UnitSummary>> {
    const { page, pageSize } = query;
    let result: { rows: Parameters<typeof toUnitSummary>[0][]; total: number };
    if (query.search !== undefined) {
      const patterns = query.parentId
        ? [`${await this.scope.requirePath(actor, READERS, query.parentId)}%`]
        : scopePatterns(actor, READERS);
      result = await this.units.search(patterns, query.search, page, pageSize);
    } else if (query.parentId) {
      await this.scope.requirePath(actor, READERS, query.parentId);
      result = await this.units.listChildren(query.parentId, page, pageSize);
    } else {
      result = await this.units.listByPaths(scopeRoots(actor, READERS), page, pageSize);
    }
    return { items: result.rows.map(toUnitSummary), total: result.total, page, pageSize };
  }

  async get(actor: Actor, id: string, roles: readonly Role[] = READERS): Promise<UnitDetail> {
    const unit = await this.units.findById(id);
    if (!unit || !covers(actor, roles, unit.path)) throw AppError.notFound('Unit');
    const top = scopeRoots(actor, roles).find((root) => unit.path.startsWith(root)) ?? unit.path;
    return toUnitDetail(unit, await this.units.ancestors(unit.path, top));
  }

  async create(
    ctx: AuthenticatedContext,
    input: { parentId: string; levelId: string; name: string },
  ): Promise<UnitDetail> {
    const id = randomUUID();
    await this.db.transaction(async (manager) => {
      const parent = await this.units.lockPath(input.parentId, manager);
      if (!parent || !covers(ctx.actor, ADMIN, parent.path)) throw AppError.notFound('Parent unit');
      const level = await this.units.findLevel(input.levelId, manager);
      if (!level) throw AppError.field('VALIDATION_FAILED', 'body.levelId', 'No such level');
      assertBelow(level, parent.rank, 'body.levelId');
      await this.units.insert(manager, {
        id,
        parentId: parent.id,
        levelId: level.id,
        name: input.name,
        path: `${parent.path}${id}/`,
        depth: parent.path.split('/').length - 1,
      });
      await this.audit.record(manager, ctx, {
        action: 'unit.create',
        targetType: 'unit',
        targetId: id,
        unitId: id,
        details: { name: input.name, parentId: parent.id, level: level.code },
      });
    });
    return this.get(ctx.actor, id, ADMIN);
  }

  async rename(ctx: AuthenticatedContext, id: string, name: string): Promise<UnitDetail> {
    await this.db.transaction(async (manager) => {
      const unit = await this.units.lockPath(id, manager);
      if (!unit || !covers(ctx.actor, ADMIN, unit.path)) throw AppError.notFound('Unit');
      if (unit.name === name) return;
      await this.units.archive(manager, id, 'rename', new Date());
      await this.units.rename(manager, id, name);
      await this.audit.record(manager, ctx, {
        action: 'unit.rename',
        targetType: 'unit',
        targetId: id,
        unitId: id,
        details: { from: unit.name, to: name },
      });
    });
    return this.get(ctx.actor, id, ADMIN);
  }

  async move(ctx: AuthenticatedContext, id: string, newParentId: string): Promise<UnitDetail> {
    await this.db.transaction(async (manager) => {
      // Lock both rows in a fixed order so two crossing moves cannot deadlock.
      const [first, second] = [id, newParentId].sort();
      const locked = new Map([
        [first!, await this.units.lockPath(first!, manager)],
        [second!, await this.units.lockPath(second!, manager)],
      ]);
      const unit = locked.get(id);
      const parent = locked.get(newParentId);
      if (!unit || !covers(ctx.actor, ADMIN, unit.path)) throw AppError.notFound('Unit');
      if (!parent || !covers(ctx.actor, ADMIN, parent.path)) throw AppError.notFound('New parent unit');
      if (parent.path.startsWith(unit.path)) {
        throw AppError.field(
          'UNIT_MOVE_INTO_OWN_SUBTREE',
          'body.newParentId',
          'A unit cannot move under itself or its own descendant',
        );
      }
      assertBelow({ rank: unit.rank }, parent.rank, 'body.newParentId');
      const newPath = `${parent.path}${id}/`;
      if (newPath === unit.path) return;
      const oldParentId = unit.path.split('/').filter(Boolean).at(-2) ?? null;
      await this.units.archive(manager, id, 'move', new Date());
      await this.units.move(manager, id, parent.id, unit.path, newPath);
      await this.audit.record(manager, ctx, {
        action: 'unit.move',
        targetType: 'unit',
        targetId: id,
        unitId: id,
        details: { fromParentId: oldParentId, toParentId: parent.id },
      });
    });
    return this.get(ctx.actor, id, ADMIN);
  }

  listLevels(): Promise<UnitLevelView[]> {
    return this.units.listLevels();
  }

  /** Levels are shared by the whole tree, so only an admin of a top-level unit may add one. */
  async createLevel(ctx: AuthenticatedContext, input: Omit<UnitLevelView, 'id'>): Promise<UnitLevelView> {
    const topLevel = ctx.actor.grants.some(
      (g) => g.role === 'admin' && g.unitPath.split('/').filter(Boolean).length === 1,
    );
    if (!topLevel) throw new AppError('FORBIDDEN', 'Only an administrator of a top-level unit may add levels');
    return this.db.transaction(async (manager) => {
      const taken: { code: string; rank: number }[] = await manager.query(
        `SELECT code, rank FROM unit_levels WHERE code = $1 OR rank = $2`,
        [input.code, input.rank],
      );
      if (taken.some((t) => t.code === input.code)) throw AppError.field('CONFLICT', 'body.code', 'This code is taken');
      if (taken.some((t) => t.rank === input.rank))
        throw AppError.field('CONFLICT', 'body.rank', 'Another level has this rank');
      const level = await this.units.insertLevel(manager, input);
      await this.audit.record(manager, ctx, {
        action: 'unit-level.create',
        targetType: 'unit-level',
        targetId: level.id,
        unitId: null,
        details: { code: level.code },
      });
      return level;
    });
  }
}

function assertBelow(level: { rank: number }, parentRank: number, field: string): void {
  if (level.rank <= parentRank) {
    throw AppError.field('UNIT_LEVEL_ORDER', field, "A unit's level must rank below its parent's level");
  }
}
