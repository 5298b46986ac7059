import { Controller } from '@nestjs/common';
import { routes } from '@sen/contracts';
import type { AuthenticatedContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { AuditService } from './audit.service';

@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Endpoint(routes.listAudit)
  list(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listAudit'>) {
    return this.audit.list(ctx.actor, input.query);
  }
}
