import { Controller } from '@nestjs/common';
import { routes, type UserView } from '@sen/contracts';
import type { AuthenticatedContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { UsersService } from './users.service';

@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Endpoint(routes.listUsers)
  list(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listUsers'>) {
    return this.users.list(ctx.actor, input.query);
  }

  @Endpoint(routes.getUser)
  get(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'getUser'>): Promise<UserView> {
    return this.users.get(ctx.actor, input.params.id);
  }

  @Endpoint(routes.createUser)
  create(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'createUser'>): Promise<UserView> {
    return this.users.create(ctx, input.body);
  }

  @Endpoint(routes.setUserRoles)
  setRoles(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'setUserRoles'>): Promise<UserView> {
    return this.users.setRoles(ctx, input.params.id, input.body.roles);
  }

  @Endpoint(routes.disableUser)
  disable(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'disableUser'>): Promise<UserView> {
    return this.users.setDisabled(ctx, input.params.id, true);
  }

  @Endpoint(routes.enableUser)
  enable(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'enableUser'>): Promise<UserView> {
    return this.users.setDisabled(ctx, input.params.id, false);
  }

  @Endpoint(routes.resetUserPassword)
  resetPassword(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'resetUserPassword'>): Promise<UserView> {
    return this.users.resetPassword(ctx, input.params.id, input.body.password);
  }
}
