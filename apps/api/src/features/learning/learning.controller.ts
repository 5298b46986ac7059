import { Controller } from '@nestjs/common';
import {
  routes,
  type Catalogue,
  type LearnerLesson,
  type LearnerOutline,
  type MyLearning,
  type ProgressBatchResult,
} from '@sen/contracts';
import type { AuthenticatedContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { LearningService } from './learning.service';

@Controller()
export class LearningController {
  constructor(private readonly learning: LearningService) {}

  @Endpoint(routes.myLearning)
  myLearning(@Ctx() ctx: AuthenticatedContext): Promise<MyLearning> {
    return this.learning.myLearning(ctx.actor);
  }

  @Endpoint(routes.myEnrolment)
  myEnrolment(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'myEnrolment'>): Promise<LearnerOutline> {
    return this.learning.myEnrolment(ctx.actor, input.params.id);
  }

  @Endpoint(routes.myLesson)
  myLesson(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'myLesson'>): Promise<LearnerLesson> {
    return this.learning.myLesson(ctx.actor, input.params.id, input.params.lessonId);
  }

  @Endpoint(routes.recordProgress)
  recordProgress(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'recordProgress'>): Promise<ProgressBatchResult> {
    return this.learning.recordProgress(ctx, input.body.events);
  }

  @Endpoint(routes.catalogue)
  catalogue(@Ctx() ctx: AuthenticatedContext): Promise<Catalogue> {
    return this.learning.catalogue(ctx.actor);
  }

  @Endpoint(routes.selfEnrol)
  selfEnrol(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'selfEnrol'>): Promise<LearnerOutline> {
    return this.learning.selfEnrol(ctx, input.params.id);
  }

  @Endpoint(routes.assignCourse)
  assign(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'assignCourse'>) {
    return this.learning.assign(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.listCourseEnrolments)
  enrolments(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listCourseEnrolments'>) {
    return this.learning.courseEnrolments(ctx.actor, input.params.id, input.query);
  }

  @Endpoint(routes.endEnrolment)
  end(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'endEnrolment'>): Promise<void> {
    return this.learning.end(ctx, input.params.id);
  }
}
