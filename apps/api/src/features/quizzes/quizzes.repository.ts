import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  foldForSearch,
  type QuestionBankView,
  type QuestionContent,
  type QuestionListQuery,
  type QuestionView,
} from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike, pageClause } from '../../core/database/sql-fragments';

/** The course a bank or question belongs to, and whose subtree may author it. */
export interface AuthoringScope {
  courseId: string;
  ownerUnitId: string;
  ownerPath: string;
}

export interface BankScope extends AuthoringScope {
  bankId: string;
  categories: string[];
}

export interface QuestionScope extends BankScope {
  questionId: string;
}

/** A question ready to store: rich text already sanitised, option ids assigned. */
export interface QuestionFields {
  stemHtml: string;
  stemSearch: string;
  points: number;
  feedbackHtml: string | null;
  category: string | null;
  tags: string[];
  content: QuestionContent;
}

interface QuestionRow extends Omit<QuestionView, 'updatedAt'> {
  updatedAt: Date;
}

interface BankRow extends Omit<QuestionBankView, 'updatedAt'> {
  updatedAt: Date;
}

const BANK_SELECT = `
  SELECT b.id, b.course_id AS "courseId", b.name, b.categories, b.updated_at AS "updatedAt",
         (SELECT count(*)::int FROM questions q WHERE q.bank_id = b.id AND q.deleted_at IS NULL) AS "questionCount"
    FROM question_banks b`;

const QUESTION_SELECT = `
  SELECT q.id, q.bank_id AS "bankId", q.stem_html AS stem, q.points, q.feedback_html AS feedback, q.category,
         q.tags, q.content, q.updated_at AS "updatedAt"
    FROM questions q`;

const SCOPE_SELECT = `
  SELECT c.id AS "courseId", u.id AS "ownerUnitId", u.path AS "ownerPath"
    FROM courses c JOIN units u ON u.id = c.owner_unit_id`;

function toBank({ updatedAt, ...row }: BankRow): QuestionBankView {
  return { ...row, updatedAt: updatedAt.toISOString() };
}

function toQuestion({ updatedAt, ...row }: QuestionRow): QuestionView {
  return { ...row, updatedAt: updatedAt.toISOString() };
}

/** A question's columns as `jsonb_to_recordset` reads them. */
function recordOf(q: QuestionFields) {
  return {
    stem_html: q.stemHtml,
    stem_search: q.stemSearch,
    points: q.points,
    feedback_html: q.feedbackHtml,
    category: q.category,
    tags: q.tags,
    content: q.content,
  };
}

@Injectable()
export class QuizzesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async courseScope(courseId: string): Promise<AuthoringScope | null> {
    const rows: AuthoringScope[] = await this.db.query(`${SCOPE_SELECT} WHERE c.id = $1`, [courseId]);
    return rows[0] ?? null;
  }

  /**
   * `share` is taken by question writes and `update` by bank changes, so a category cannot be removed
   * while a question naming it is being written, and question writes do not wait for each other.
   */
  async bankScope(
    bankId: string,
    manager: EntityManager = this.db.manager,
    lock?: 'share' | 'update',
  ): Promise<BankScope | null> {
    const rows: BankScope[] = await manager.query(
      `SELECT b.id AS "bankId", b.categories, c.id AS "courseId", u.id AS "ownerUnitId", u.path AS "ownerPath"
         FROM question_banks b JOIN courses c ON c.id = b.course_id JOIN units u ON u.id = c.owner_unit_id
        WHERE b.id = $1 ${lock ? `FOR ${lock === 'share' ? 'SHARE' : 'UPDATE'} OF b` : ''}`,
      [bankId],
    );
    return rows[0] ?? null;
  }

  /** The bank of a live question; deleted questions are not found. */
  async questionScope(questionId: string): Promise<QuestionScope | null> {
    const rows: QuestionScope[] = await this.db.query(
      `SELECT q.id AS "questionId", b.id AS "bankId", b.categories, c.id AS "courseId", u.id AS "ownerUnitId",
              u.path AS "ownerPath"
         FROM questions q JOIN question_banks b ON b.id = q.bank_id JOIN courses c ON c.id = b.course_id
         JOIN units u ON u.id = c.owner_unit_id
        WHERE q.id = $1 AND q.deleted_at IS NULL`,
      [questionId],
    );
    return rows[0] ?? null;
  }

  async listBanks(courseId: string): Promise<QuestionBankView[]> {
    const rows: BankRow[] = await this.db.query(`${BANK_SELECT} WHERE b.course_id = $1 ORDER BY b.name, b.id`, [
      courseId,
    ]);
    return rows.map(toBank);
  }

  async findBank(bankId: string): Promise<QuestionBankView | null> {
    const rows: BankRow[] = await this.db.query(`${BANK_SELECT} WHERE b.id = $1`, [bankId]);
    return rows[0] ? toBank(rows[0]) : null;
  }

  async insertBank(
    manager: EntityManager,
    bank: { id: string; courseId: string; name: string; categories: string[]; createdBy: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO question_banks (id, course_id, name, categories, created_by) VALUES ($1, $2, $3, $4, $5)`,
      [bank.id, bank.courseId, bank.name, bank.categories, bank.createdBy],
    );
  }

  async updateBank(manager: EntityManager, bankId: string, fields: { name?: string; categories?: string[] }) {
    await manager.query(
      `UPDATE question_banks SET name = coalesce($2, name), categories = coalesce($3, categories), updated_at = now()
        WHERE id = $1`,
      [bankId, fields.name ?? null, fields.categories ?? null],
    );
  }

  /** Categories of `names` that live questions of the bank still use. */
  async categoriesInUse(manager: EntityManager, bankId: string, names: string[]): Promise<string[]> {
    const rows: { category: string }[] = await manager.query(
      `SELECT DISTINCT category FROM questions
        WHERE bank_id = $1 AND deleted_at IS NULL AND category = ANY($2) ORDER BY category`,
      [bankId, names],
    );
    return rows.map((r) => r.category);
  }

  async listQuestions(bankId: string, query: QuestionListQuery): Promise<{ rows: QuestionView[]; total: number }> {
    const params: unknown[] = [bankId];
    const filters: string[] = [];
    const add = (sql: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      filters.push(sql(`$${params.length}`));
    };
    if (query.category !== undefined) add((p) => `q.category = ${p}`, query.category);
    if (query.tag !== undefined) add((p) => `${p} = ANY(q.tags)`, query.tag);
    if (query.type !== undefined) add((p) => `q.type = ${p}`, query.type);
    if (query.search !== undefined) {
      add((p) => `q.stem_search LIKE ${p}`, `%${escapeLike(foldForSearch(query.search))}%`);
    }
    const paging = pageClause(params, query.page, query.pageSize);
    const rows: (QuestionRow & { total: number })[] = await this.db.query(
      `${QUESTION_SELECT.replace('SELECT q.id,', 'SELECT count(*) OVER ()::int AS total, q.id,')}
        WHERE q.bank_id = $1 AND q.deleted_at IS NULL ${filters.map((f) => `AND ${f}`).join(' ')}
        ORDER BY q.created_at, q.id ${paging}`,
      params,
    );
    return { rows: rows.map(({ total: _total, ...row }) => toQuestion(row)), total: rows[0]?.total ?? 0 };
  }

  /** Every live question of a bank, oldest first, as the export writes them. */
  async allQuestions(bankId: string): Promise<QuestionView[]> {
    const rows: QuestionRow[] = await this.db.query(
      `${QUESTION_SELECT} WHERE q.bank_id = $1 AND q.deleted_at IS NULL ORDER BY q.created_at, q.id`,
      [bankId],
    );
    return rows.map(toQuestion);
  }

  async findQuestion(questionId: string): Promise<QuestionView | null> {
    const rows: QuestionRow[] = await this.db.query(`${QUESTION_SELECT} WHERE q.id = $1 AND q.deleted_at IS NULL`, [
      questionId,
    ]);
    return rows[0] ? toQuestion(rows[0]) : null;
  }

  async insertQuestion(
    manager: EntityManager,
    question: { id: string; bankId: string; createdBy: string } & QuestionFields,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO questions (id, bank_id, type, stem_html, stem_search, points, feedback_html, category, tags, content,
                              created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        question.id,
        question.bankId,
        question.content.type,
        question.stemHtml,
        question.stemSearch,
        question.points,
        question.feedbackHtml,
        question.category,
        question.tags,
        JSON.stringify(question.content),
        question.createdBy,
      ],
    );
  }

  /** The live questions of a bank among `ids`, by id. */
  async liveQuestionsIn(manager: EntityManager, bankId: string, ids: string[]): Promise<Map<string, QuestionView>> {
    if (ids.length === 0) return new Map();
    const rows: QuestionRow[] = await manager.query(
      `${QUESTION_SELECT} WHERE q.bank_id = $1 AND q.id = ANY($2::uuid[]) AND q.deleted_at IS NULL`,
      [bankId, ids],
    );
    return new Map(rows.map((row) => [row.id, toQuestion(row)]));
  }

  /**
   * Adds questions in one statement. The bank lists questions by creation time and one statement sees
   * one `now()`, so each row is a microsecond after the one before it: the bank keeps the file's order.
   */
  async insertQuestions(
    manager: EntityManager,
    bankId: string,
    createdBy: string,
    questions: { id: string; fields: QuestionFields }[],
  ): Promise<void> {
    if (questions.length === 0) return;
    await manager.query(
      `INSERT INTO questions (id, bank_id, type, stem_html, stem_search, points, feedback_html, category, tags, content,
                              created_by, created_at)
       SELECT r.id, $1, r.content->>'type', r.stem_html, r.stem_search, r.points, r.feedback_html, r.category,
              ARRAY(SELECT jsonb_array_elements_text(r.tags)), r.content, $2, now() + r.ord * interval '1 microsecond'
         FROM jsonb_to_recordset($3::jsonb) AS r(id uuid, ord int, stem_html text, stem_search text, points int,
                                                 feedback_html text, category text, tags jsonb, content jsonb)`,
      [bankId, createdBy, JSON.stringify(questions.map(({ id, fields }, ord) => ({ id, ord, ...recordOf(fields) })))],
    );
  }

  /** Replaces questions in one statement; the caller holds their bank `FOR UPDATE`, so nobody else writes them. */
  async replaceQuestions(manager: EntityManager, questions: { id: string; fields: QuestionFields }[]): Promise<void> {
    if (questions.length === 0) return;
    await manager.query(
      `UPDATE questions q
          SET type = r.content->>'type', stem_html = r.stem_html, stem_search = r.stem_search, points = r.points,
              feedback_html = r.feedback_html, category = r.category,
              tags = ARRAY(SELECT jsonb_array_elements_text(r.tags)), content = r.content, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, stem_html text, stem_search text, points int,
                                                 feedback_html text, category text, tags jsonb, content jsonb)
        WHERE q.id = r.id`,
      [JSON.stringify(questions.map(({ id, fields }) => ({ id, ...recordOf(fields) })))],
    );
  }

  /** Replaces a question the caller holds locked (see `lockLiveQuestion`). */
  async replaceQuestion(manager: EntityManager, questionId: string, q: QuestionFields): Promise<void> {
    await manager.query(
      `UPDATE questions SET type = $2, stem_html = $3, stem_search = $4, points = $5, feedback_html = $6,
                            category = $7, tags = $8, content = $9, updated_at = now()
        WHERE id = $1`,
      [
        questionId,
        q.content.type,
        q.stemHtml,
        q.stemSearch,
        q.points,
        q.feedbackHtml,
        q.category,
        q.tags,
        JSON.stringify(q.content),
      ],
    );
  }

  /** Locks a question for a change; false when it does not exist or was deleted meanwhile. */
  async lockLiveQuestion(manager: EntityManager, questionId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT id FROM questions WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`,
      [questionId],
    );
    return rows.length > 0;
  }

  /** Live questions of a bank with their categories: what a quiz can draw from. */
  async livePool(manager: EntityManager, bankId: string): Promise<{ id: string; category: string | null }[]> {
    return manager.query(`SELECT id, category FROM questions WHERE bank_id = $1 AND deleted_at IS NULL`, [bankId]);
  }

  async softDeleteQuestion(manager: EntityManager, questionId: string): Promise<void> {
    await manager.query(`UPDATE questions SET deleted_at = now() WHERE id = $1`, [questionId]);
  }
}
