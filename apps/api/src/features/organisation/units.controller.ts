import { Controller } from '@nestjs/common';
import { routes, type UnitDetail, type UnitLevelView } from '@sen/contracts';
import type { AuthenticatedContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { UnitsService } from './units.service';

@Controller()
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Endpoint(routes.listUnitLevels)
  async listLevels(): Promise<{ items: UnitLevelView[] }> {
    return { items: await this.units.listLevels() };
  }

  @Endpoint(routes.createUnitLevel)
  createLevel(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'createUnitLevel'>): Promise<UnitLevelView> {
    return this.units.createLevel(ctx, input.body);
  }

  @Endpoint(routes.listUnits)
  list(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listUnits'>) {
    return this.units.list(ctx.actor, input.query);
  }

  @Endpoint(routes.getUnit)
  get(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'getUnit'>): Promise<UnitDetail> {
    return this.units.get(ctx.actor, input.params.id);
  }

  @Endpoint(routes.createUnit)
  create(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'createUnit'>): Promise<UnitDetail> {
    return this.units.create(ctx, input.body);
  }

  @Endpoint(routes.renameUnit)
  rename(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'renameUnit'>): Promise<UnitDetail> {
    return this.units.rename(ctx, input.params.id, input.body.name);
  }

  @Endpoint(routes.moveUnit)
  move(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'moveUnit'>): Promise<UnitDetail> {
    return this.units.move(ctx, input.params.id, input.body.newParentId);
  }
}
