import { Controller } from '@nestjs/common';
import { routes, type RequirementView } from '@sen/contracts';
import type { AuthenticatedContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { RequirementsService } from './requirements.service';

@Controller()
export class RequirementsController {
  constructor(private readonly requirements: RequirementsService) {}

  @Endpoint(routes.listCourseRequirements)
  list(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'listCourseRequirements'>,
  ): Promise<{ items: RequirementView[] }> {
    return this.requirements.list(ctx.actor, input.params.id);
  }

  @Endpoint(routes.createCourseRequirement)
  create(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'createCourseRequirement'>): Promise<RequirementView> {
    return this.requirements.create(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.endCourseRequirement)
  end(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'endCourseRequirement'>): Promise<void> {
    return this.requirements.end(ctx, input.params.id);
  }
}
