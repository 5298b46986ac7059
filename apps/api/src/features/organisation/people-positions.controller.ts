import { Controller } from '@nestjs/common';
import { routes, type PersonView, type PositionAssignmentView, type UnitPositions } from '@sen/contracts';
import type { AuthenticatedContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { PeopleService } from './people.service';
import { PositionsService } from './positions.service';

@Controller()
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Endpoint(routes.listPeople)
  list(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listPeople'>) {
    return this.people.list(ctx.actor, input.query);
  }

  @Endpoint(routes.getPerson)
  get(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'getPerson'>): Promise<PersonView> {
    return this.people.get(ctx.actor, input.params.id);
  }

  @Endpoint(routes.createPerson)
  create(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'createPerson'>): Promise<PersonView> {
    return this.people.create(ctx, input.body);
  }
}

@Controller()
export class PositionsController {
  constructor(private readonly positions: PositionsService) {}

  @Endpoint(routes.listUnitPositions)
  list(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listUnitPositions'>): Promise<UnitPositions> {
    return this.positions.listForUnit(ctx.actor, input.params.id);
  }

  @Endpoint(routes.assignPosition)
  assign(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'assignPosition'>): Promise<PositionAssignmentView> {
    return this.positions.assign(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.endPositionAssignment)
  end(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'endPositionAssignment'>): Promise<void> {
    return this.positions.end(ctx, input.params.id);
  }
}
