import { Controller } from '@nestjs/common';
import {
  routes,
  type CohortPage,
  type CommitteeCourseOptions,
  type ReportScheduleList,
  type ReportScheduleView,
} from '@sen/contracts';
import type { AuthenticatedContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { CohortsService } from './cohorts.service';
import { ReportSchedulesService } from './report-schedules.service';

@Controller()
export class ReportSchedulesController {
  constructor(
    private readonly schedules: ReportSchedulesService,
    private readonly cohorts: CohortsService,
  ) {}

  @Endpoint(routes.listCohorts)
  listCohorts(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listCohorts'>): Promise<CohortPage> {
    return this.cohorts.list(ctx.actor, input.query);
  }

  @Endpoint(routes.listCommitteeCourseOptions)
  courseOptions(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'listCommitteeCourseOptions'>,
  ): Promise<CommitteeCourseOptions> {
    return this.schedules.courseOptions(ctx.actor, input.params.id);
  }

  @Endpoint(routes.listReportSchedules)
  list(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listReportSchedules'>): Promise<ReportScheduleList> {
    return this.schedules.list(ctx.actor, input.params.id);
  }

  @Endpoint(routes.createReportSchedule)
  create(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'createReportSchedule'>): Promise<ReportScheduleView> {
    return this.schedules.create(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.updateReportSchedule)
  update(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'updateReportSchedule'>): Promise<ReportScheduleView> {
    return this.schedules.update(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.deleteReportSchedule)
  delete(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'deleteReportSchedule'>): Promise<void> {
    return this.schedules.delete(ctx, input.params.id);
  }
}
