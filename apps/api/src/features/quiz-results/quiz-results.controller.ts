import { Controller } from '@nestjs/common';
import { routes, type QuizAttemptPage, type QuizStatistics, type RegradeResult } from '@sen/contracts';
import type { AuthenticatedContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { QuizResultsService } from './quiz-results.service';

@Controller()
export class QuizResultsController {
  constructor(private readonly results: QuizResultsService) {}

  @Endpoint(routes.listQuizAttempts)
  attempts(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listQuizAttempts'>): Promise<QuizAttemptPage> {
    return this.results.attempts(ctx.actor, input.params.id, input.query);
  }

  @Endpoint(routes.quizStatistics)
  statistics(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'quizStatistics'>): Promise<QuizStatistics> {
    return this.results.statistics(ctx.actor, input.params.id);
  }

  @Endpoint(routes.regradeQuiz)
  regrade(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'regradeQuiz'>): Promise<RegradeResult> {
    return this.results.regrade(ctx, input.params.id, input.body);
  }
}
