import { Injectable } from '@nestjs/common';
import type { Role } from '@sen/contracts';
import type { Actor } from '../../core/access/actor';
import { covers } from '../../core/access/scope';
import { AppError } from '../../core/http/app-error';
import { UnitsRepository } from './units.repository';

/** Resolves a unit the actor may act on with these roles; anything else is "not found", never "forbidden". */
@Injectable()
export class UnitScope {
  constructor(private readonly units: UnitsRepository) {}

  async requirePath(actor: Actor, roles: readonly Role[], unitId: string, what = 'Unit'): Promise<string> {
    const path = await this.units.findPath(unitId);
    if (!path || !covers(actor, roles, path)) throw AppError.notFound(what);
    return path;
  }
}
