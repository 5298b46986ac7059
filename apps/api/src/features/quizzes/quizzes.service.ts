import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  QUESTION_IMPORT_LIMITS,
  UPLOAD_FIELD,
  type AuditAction,
  type CreateQuestionBankBody,
  type Page,
  type QuestionBankList,
  type QuestionBankView,
  type QuestionBody,
  type QuestionImportQuery,
  type QuestionImportReport,
  type QuestionListQuery,
  type QuestionView,
  type Role,
  type UpdateQuestionBankBody,
} from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { displayName, type IncomingFile } from '../uploads/uploads.service';
import { exportFileName, questionBankCsv } from './question-bank-csv';
import { importRefused, parseQuestionTable, planImport, type PlannedRow } from './question-bank-import';
import { readQuestionTable, type QuestionTable } from './question-bank-table';
import { questionBankXlsx } from './question-bank-xlsx';
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
    const { bank, questions } = await this.bankToExport(actor, bankId);
    return { fileName: exportFileName(bank.name, 'csv'), csv: questionBankCsv(questions) };
  }

  /** The same template as an Excel workbook. */
  async exportBankXlsx(actor: Actor, bankId: string): Promise<{ fileName: string; xlsx: Buffer }> {
    const { bank, questions } = await this.bankToExport(actor, bankId);
    return { fileName: exportFileName(bank.name, 'xlsx'), xlsx: await questionBankXlsx(questions) };
  }

  private async bankToExport(actor: Actor, bankId: string) {
    this.authorable(actor, await this.quizzes.bankScope(bankId), 'Bank');
    const [bank, questions] = await Promise.all([this.quizzes.findBank(bankId), this.quizzes.allQuestions(bankId)]);
    if (!bank) throw AppError.notFound('Bank');
    return { bank, questions };
  }

  /**
   * Reads the template (CSV or XLSX) and checks every row; any problem refuses the whole file with each
   * problem by row and column. A dry run stops there; `apply` writes every row in one transaction, under
   * the bank's row lock so that no question or category of the bank changes meanwhile.
   */
  async importBank(
    ctx: AuthenticatedContext,
    bankId: string,
    query: QuestionImportQuery,
    file: IncomingFile | undefined,
  ): Promise<QuestionImportReport> {
    const scope = await this.quizzes.bankScope(bankId);
    if (!scope || !covers(ctx.actor, AUTHORS, scope.ownerPath)) {
      file?.stream.resume();
      throw AppError.notFound('Bank');
    }
    if (!file || file.fieldName !== UPLOAD_FIELD) {
      file?.stream.resume();
      throw AppError.field('VALIDATION_FAILED', UPLOAD_FIELD, `Send the file in the multipart field "${UPLOAD_FIELD}"`);
    }
    const table = await readQuestionTable(await readUpTo(file.stream, QUESTION_IMPORT_LIMITS.bytes));
    const parsed = parseQuestionTable(table);
    const createCategories = query.createCategories === 'true';
    const plan = async (manager: EntityManager, categories: string[]) => {
      const ids = parsed.rows.flatMap((row) => (row.id === null ? [] : [row.id]));
      const questions = await this.quizzes.liveQuestionsIn(manager, bankId, ids);
      const result = planImport(parsed.rows, { categories, questions }, createCategories);
      const issues = [...parsed.issues, ...result.issues];
      if (issues.length > 0) throw importRefused(issues);
      return result;
    };

    if (query.mode === 'dry_run') {
      return importReport('dry_run', table, await plan(this.db.manager, scope.categories));
    }
    const result = await this.db.transaction(async (manager) => {
      const bank = this.authorable(ctx.actor, await this.quizzes.bankScope(bankId, manager, 'update'), 'Bank');
      const result = await plan(manager, bank.categories);
      if (result.categoriesAdded.length > 0) {
        await this.quizzes.updateBank(manager, bankId, { categories: [...bank.categories, ...result.categoriesAdded] });
      }
      const rows = (action: PlannedRow['action']) =>
        result.planned.filter((p) => p.action === action).map((p) => ({ id: p.questionId, fields: p.fields }));
      const created = rows('create');
      const updated = rows('update');
      await this.quizzes.insertQuestions(manager, bankId, ctx.actor.userId, created);
      await this.quizzes.replaceQuestions(manager, updated);
      await this.record(manager, ctx, 'question-bank.import', bankId, bank, {
        format: table.format,
        fileName: displayName(file.fileName),
        created: created.map((q) => q.id),
        updated: updated.map((q) => q.id),
        unchanged: result.planned.length - created.length - updated.length,
        categoriesAdded: result.categoriesAdded,
        sanitisedRows: result.planned.filter((p) => p.sanitised).map((p) => p.row),
      });
      return result;
    });
    return importReport('apply', table, result);
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

/**
 * Collects an uploaded file up to `maxBytes`. Past the limit it keeps reading and discarding what the
 * client still sends, so the 413 reaches the client instead of a reset connection.
 */
function readUpTo(stream: Readable, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const tooLarge = () =>
      AppError.field(
        'QUESTION_IMPORT_TOO_LARGE',
        UPLOAD_FIELD,
        `The file is larger than ${maxBytes / (1024 * 1024)} MB; split it`,
      );
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) reject(tooLarge());
      else chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', (error: Error & { code?: string }) =>
      reject(error.code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge() : error),
    );
  });
}

function importReport(
  mode: QuestionImportReport['mode'],
  table: QuestionTable,
  result: ReturnType<typeof planImport>,
): QuestionImportReport {
  const count = (action: PlannedRow['action']) => result.planned.filter((p) => p.action === action).length;
  return {
    mode,
    format: table.format,
    rows: result.planned.length,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    categoriesAdded: result.categoriesAdded,
    // A dry run creates nothing, so its new questions have no id yet.
    items: result.planned.map((p) => ({
      row: p.row,
      action: p.action,
      questionId: mode === 'dry_run' && p.action === 'create' ? null : p.questionId,
    })),
    sanitisedRows: result.planned.filter((p) => p.sanitised).map((p) => p.row),
  };
}
