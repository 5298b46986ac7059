import { Controller } from '@nestjs/common';
import { routes, type AttemptView, type SaveAnswersResult, type TraineeQuizView } from '@sen/contracts';
import type { AuthenticatedContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { AttemptsService } from './attempts.service';

@Controller()
export class AttemptsController {
  constructor(private readonly attempts: AttemptsService) {}

  @Endpoint(routes.myQuiz)
  quiz(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'myQuiz'>): Promise<TraineeQuizView> {
    return this.attempts.quiz(ctx, input.params.id);
  }

  @Endpoint(routes.startAttempt)
  start(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'startAttempt'>): Promise<AttemptView> {
    return this.attempts.start(ctx, input.params.id);
  }

  @Endpoint(routes.myAttempt)
  attempt(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'myAttempt'>): Promise<AttemptView> {
    return this.attempts.attempt(ctx, input.params.id);
  }

  @Endpoint(routes.saveAttemptAnswers)
  save(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'saveAttemptAnswers'>): Promise<SaveAnswersResult> {
    return this.attempts.save(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.submitAttempt)
  submit(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'submitAttempt'>): Promise<AttemptView> {
    return this.attempts.submit(ctx, input.params.id, input.body);
  }
}
