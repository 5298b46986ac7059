import { Controller, Req, Res } from '@nestjs/common';
import {
  routes,
  type QuestionBankList,
  type QuestionBankView,
  type QuestionImportReport,
  type QuestionPage,
  type QuestionView,
  type QuizSettingsView,
} from '@sen/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedContext } from '../../core/access/actor';
import { Endpoint } from '../../core/http/endpoint.decorator';
import { Input, type In } from '../../core/http/input.decorator';
import { Ctx } from '../../core/http/request-context.decorator';
import { sendPrivateDownload } from '../uploads/file-response';
import { QuizSettingsService } from './quiz-settings.service';
import { XLSX_MIME } from './question-bank-xlsx';
import { QuizzesService } from './quizzes.service';

@Controller()
export class QuizzesController {
  constructor(
    private readonly quizzes: QuizzesService,
    private readonly settings: QuizSettingsService,
  ) {}

  @Endpoint(routes.getLessonQuiz)
  lessonQuiz(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'getLessonQuiz'>): Promise<QuizSettingsView> {
    return this.settings.get(ctx.actor, input.params.id);
  }

  @Endpoint(routes.putLessonQuiz)
  setLessonQuiz(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'putLessonQuiz'>): Promise<QuizSettingsView> {
    return this.settings.put(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.listQuestionBanks)
  listBanks(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listQuestionBanks'>): Promise<QuestionBankList> {
    return this.quizzes.listBanks(ctx.actor, input.params.id);
  }

  @Endpoint(routes.createQuestionBank)
  createBank(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'createQuestionBank'>): Promise<QuestionBankView> {
    return this.quizzes.createBank(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.updateQuestionBank)
  updateBank(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'updateQuestionBank'>): Promise<QuestionBankView> {
    return this.quizzes.updateBank(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.listQuestions)
  listQuestions(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'listQuestions'>): Promise<QuestionPage> {
    return this.quizzes.listQuestions(ctx.actor, input.params.id, input.query);
  }

  @Endpoint(routes.exportQuestionBank)
  async exportBank(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'exportQuestionBank'>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { fileName, csv } = await this.quizzes.exportBank(ctx.actor, input.params.id);
    await sendPrivateDownload(reply, { contentType: 'text/csv; charset=utf-8', fileName, body: csv });
  }

  @Endpoint(routes.exportQuestionBankXlsx)
  async exportBankXlsx(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'exportQuestionBankXlsx'>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { fileName, xlsx } = await this.quizzes.exportBankXlsx(ctx.actor, input.params.id);
    await sendPrivateDownload(reply, { contentType: XLSX_MIME, fileName, body: xlsx });
  }

  @Endpoint(routes.importQuestionBank)
  async importBank(
    @Ctx() ctx: AuthenticatedContext,
    @Input() input: In<'importQuestionBank'>,
    @Req() request: FastifyRequest,
  ): Promise<QuestionImportReport> {
    const part = await request.file();
    const file = part && { fieldName: part.fieldname, fileName: part.filename, stream: part.file };
    return this.quizzes.importBank(ctx, input.params.id, input.query, file);
  }

  @Endpoint(routes.createQuestion)
  createQuestion(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'createQuestion'>): Promise<QuestionView> {
    return this.quizzes.createQuestion(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.getQuestion)
  getQuestion(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'getQuestion'>): Promise<QuestionView> {
    return this.quizzes.getQuestion(ctx.actor, input.params.id);
  }

  @Endpoint(routes.updateQuestion)
  updateQuestion(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'updateQuestion'>): Promise<QuestionView> {
    return this.quizzes.updateQuestion(ctx, input.params.id, input.body);
  }

  @Endpoint(routes.deleteQuestion)
  deleteQuestion(@Ctx() ctx: AuthenticatedContext, @Input() input: In<'deleteQuestion'>): Promise<void> {
    return this.quizzes.deleteQuestion(ctx, input.params.id);
  }
}
