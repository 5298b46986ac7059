import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuditAction,
  CreateQuestionBankBody,
  Page,
  QuestionBankList,
  QuestionBankView,
  QuestionBody,
  QuestionListQuery,
  QuestionView,
  Role,
  UpdateQuestionBankBody,
} from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { exportFileName, questionBankCsv } from './question-bank-csv';
import { prepareQuestion } from './question-input';
import { QuizzesRepository, type AuthoringScope, type BankScope } from './quizzes.repository';

/**
 * Questions carry their answer keys, so only authors (trainers, admins) of the course's owner subtree
 * read or write them; reviewers see results, not keys. Out of scope answers 404, as for courses.
 */
const AUTHORS: readonly Role[] = ['admin', 'trainer'];

@Injectable()
export class QuizzesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly quizzes: QuizzesRepository,
    private readonly audit: AuditWriter,
  ) {}

  async listBanks(actor: Actor, courseId: string): Promise<QuestionBankList> {
    this.authorable(actor, await this.quizzes.courseScope(courseId), 'Course');
    return { items: await this.quizzes.listBanks(courseId) };
  }

  async createBank(ctx: AuthenticatedContext, courseId: string, body: CreateQuestionBankBody) {
    const scope = this.authorable(ctx.actor, await this.quizzes.courseScope(courseId), 'Course');
    const id = randomUUID();
    await this.db.transaction(async (manager) => {
      await this.quizzes.insertBank(manager, { id, courseId, ...body, createdBy: ctx.actor.userId });
      await this.record(manager, ctx, 'question-bank.create', id, scope, { courseId, ...body });
    });
    return (await this.quizzes.findBank(id))!;
  }

  async updateBank(ctx: AuthenticatedContext, bankId: string, body: UpdateQuestionBankBody): Promise<QuestionBankView> {
    await this.db.transaction(async (manager) => {
      const bank = this.authorable(ctx.actor, await this.quizzes.bankScope(bankId, manager, 'update'), 'Bank');
      if (body.categories) {
        const removed = bank.categories.filter((name) => !body.categories!.includes(name));
        const inUse = await this.quizzes.categoriesInUse(manager, bankId, removed);
        if (inUse.length > 0) {
          throw AppError.field(
            'QUESTION_CATEGORY_IN_USE',
            'body.categories',
            `Questions still use: ${inUse.join(', ')}`,
          );
        }
      }
      await this.quizzes.updateBank(manager, bankId, body);
      await this.record(manager, ctx, 'question-bank.update', bankId, bank, { ...body });
    });
    return (await this.quizzes.findBank(bankId))!;
  }

  async listQuestions(actor: Actor, bankId: string, query: QuestionListQuery): Promise<Page<QuestionView>> {
    this.authorable(actor, await this.quizzes.bankScope(bankId), 'Bank');
    const { rows, total } = await this.quizzes.listQuestions(bankId, query);
    return { items: rows, total, page: query.page, pageSize: query.pageSize };
  }

  /** The bank as the CSV template (docs/question-bank-template.md); a read, so not audited. */
  async exportBank(actor: Actor, bankId: string): Promise<{ fileName: string; csv: string }> {
    this.authorable(actor, await this.quizzes.bankScope(bankId), 'Bank');
    const [bank, questions] = await Promise.all([this.quizzes.findBank(bankId), this.quizzes.allQuestions(bankId)]);
    if (!bank) throw AppError.notFound('Bank');
    return { fileName: exportFileName(bank.name), csv: questionBankCsv(questions) };
  }

  async getQuestion(actor: Actor, questionId: string): Promise<QuestionView> {
    this.authorable(actor, await this.quizzes.questionScope(questionId), 'Question');
    const question = await this.quizzes.findQuestion(questionId);
    if (!question) throw AppError.notFound('Question');
    return question;
  }

  async createQuestion(ctx: AuthenticatedContext, bankId: string, body: QuestionBody): Promise<QuestionView> {
    const id = randomUUID();
    await this.db.transaction(async (manager) => {
      const bank = this.authorable(ctx.actor, await this.quizzes.bankScope(bankId, manager, 'share'), 'Bank');
      const { fields, sanitised } = prepareQuestion(body, bank.categories);
      await this.quizzes.insertQuestion(manager, { id, bankId, createdBy: ctx.actor.userId, ...fields });
      await this.record(manager, ctx, 'question.create', id, bank, { bankId, type: body.type, sanitised });
    });
    return this.getQuestion(ctx.actor, id);
  }

  /** Replaces the whole question (its type may change); option ids sent back are kept. */
  async updateQuestion(ctx: AuthenticatedContext, questionId: string, body: QuestionBody): Promise<QuestionView> {
    await this.changeQuestion(ctx, questionId, async (manager, bank) => {
      const { fields, sanitised } = prepareQuestion(body, bank.categories);
      await this.quizzes.replaceQuestion(manager, questionId, fields);
      await this.record(manager, ctx, 'question.update', questionId, bank, { type: body.type, sanitised });
    });
    return this.getQuestion(ctx.actor, questionId);
  }

  /** Soft: attempts will keep referring to the questions they drew. */
  async deleteQuestion(ctx: AuthenticatedContext, questionId: string): Promise<void> {
    await this.changeQuestion(ctx, questionId, async (manager, bank) => {
      await this.quizzes.softDeleteQuestion(manager, questionId);
      await this.record(manager, ctx, 'question.delete', questionId, bank, { bankId: bank.bankId });
    });
  }

  private async changeQuestion(
    ctx: AuthenticatedContext,
    questionId: string,
    change: (manager: EntityManager, bank: BankScope) => Promise<void>,
  ): Promise<void> {
    const found = this.authorable(ctx.actor, await this.quizzes.questionScope(questionId), 'Question');
    await this.db.transaction(async (manager) => {
      // Questions never move between banks, so the bank found above is the one to lock.
      const bank = (await this.quizzes.bankScope(found.bankId, manager, 'share'))!;
      if (!(await this.quizzes.lockLiveQuestion(manager, questionId))) throw AppError.notFound('Question');
      await change(manager, bank);
    });
  }

  private authorable<T extends AuthoringScope>(actor: Actor, scope: T | null, what: string): T {
    if (!scope || !covers(actor, AUTHORS, scope.ownerPath)) throw AppError.notFound(what);
    return scope;
  }

  private record(
    manager: EntityManager,
    ctx: AuthenticatedContext,
    action: AuditAction,
    targetId: string,
    scope: AuthoringScope,
    details: Record<string, unknown>,
  ): Promise<void> {
    const targetType = action.split('.')[0]!;
    return this.audit.record(manager, ctx, { action, targetType, targetId, unitId: scope.ownerUnitId, details });
  }
}
