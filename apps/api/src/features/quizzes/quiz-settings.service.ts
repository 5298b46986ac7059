import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QuizSettingsBody, QuizSettingsView, Role } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { drawQuestions } from '../attempts/draw-questions';
import { CoursesRepository } from '../courses/courses.repository';
import { QuizSettingsRepository } from './quiz-settings.repository';
import { QuizzesRepository } from './quizzes.repository';

const AUTHORS: readonly Role[] = ['admin', 'trainer'];

/**
 * A quiz step's rules belong to its lesson, so they are frozen with the version like the lesson's text:
 * set while the version is a draft, copied into the next draft.
 */
@Injectable()
export class QuizSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: QuizSettingsRepository,
    private readonly banks: QuizzesRepository,
    private readonly courses: CoursesRepository,
    private readonly audit: AuditWriter,
  ) {}

  async get(actor: Actor, lessonId: string): Promise<QuizSettingsView> {
    const scope = await this.courses.lessonScope(lessonId);
    if (!scope || !covers(actor, AUTHORS, scope.ownerPath)) throw AppError.notFound('Lesson');
    const quiz = await this.settings.findByLesson(lessonId);
    if (!quiz) throw AppError.notFound('Quiz');
    return quiz;
  }

  async put(ctx: AuthenticatedContext, lessonId: string, body: QuizSettingsBody): Promise<QuizSettingsView> {
    await this.db.transaction(async (manager) => {
      const first = await this.courses.lessonScope(lessonId, manager);
      if (!first || !covers(ctx.actor, AUTHORS, first.ownerPath)) throw AppError.notFound('Lesson');
      await this.courses.lockCourse(manager, first.courseId);
      const scope = await this.courses.lessonScope(lessonId, manager);
      if (!scope) throw AppError.notFound('Lesson');
      if (scope.status !== 'draft') {
        throw new AppError('VERSION_FROZEN', 'This version is published and cannot change; start a new draft to edit');
      }
      await this.checkDraw(manager, scope.courseId, body);
      await this.settings.upsertStep(manager, {
        lessonId,
        courseId: scope.courseId,
        createdBy: ctx.actor.userId,
        rules: body,
      });
      await this.courses.touchCourse(manager, scope.courseId);
      await this.audit.record(manager, ctx, {
        action: 'quiz.update',
        targetType: 'quiz',
        targetId: lessonId,
        unitId: scope.ownerUnitId,
        details: { ...body },
      });
    });
    return (await this.settings.findByLesson(lessonId))!;
  }

  /**
   * The bank is the course's; fixed questions are live in it; the bank can serve the whole draw now.
   * Contests check their draw with it too. Takes the bank `FOR SHARE` until the caller's transaction ends.
   */
  async checkDraw(
    manager: EntityManager,
    courseId: string,
    body: Pick<QuizSettingsBody, 'bankId' | 'draw'>,
  ): Promise<void> {
    const bank = await this.banks.bankScope(body.bankId, manager, 'share');
    if (!bank || bank.courseId !== courseId) {
      throw AppError.field('VALIDATION_FAILED', 'body.bankId', 'Not a question bank of this course');
    }
    const pool = await this.banks.livePool(manager, body.bankId);
    const live = new Set(pool.map((q) => q.id));
    body.draw.forEach((rule, index) => {
      if (rule.kind === 'fixed' && !live.has(rule.questionId)) {
        throw AppError.field('VALIDATION_FAILED', `body.draw.${index}.questionId`, 'Not a question of this bank');
      }
      if (rule.kind === 'random' && rule.category !== null && !bank.categories.includes(rule.category)) {
        throw AppError.field('VALIDATION_FAILED', `body.draw.${index}.category`, 'Not a category of this bank');
      }
    });
    const { shortBy } = drawQuestions(body.draw, pool, false, () => 0);
    if (shortBy > 0) {
      throw AppError.field('QUIZ_DRAW_UNAVAILABLE', 'body.draw', `The bank lacks ${shortBy} question(s) for this draw`);
    }
  }
}
