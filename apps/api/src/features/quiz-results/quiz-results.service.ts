import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  QuizAttemptPage,
  QuizAttemptQuery,
  QuizStatistics,
  RegradeBody,
  RegradeResult,
  Role,
} from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { CompletionAnnouncer } from '../learning/completion-announcer';
import { LearningRepository } from '../learning/learning.repository';
import { QuizResultsRepository, type QuizScope } from './quiz-results.repository';
import { regradeAttempts, type RegradeTally } from './regrade-attempts';
import { stemExcerpt } from './stem-excerpt';

/**
 * Results expose what the keys are worth (and a regrade changes them), so only authors — trainers and
 * admins — of the course's owner subtree see them; reviewers are refused by the route, out of scope is 404.
 */
const AUTHORS: readonly Role[] = ['admin', 'trainer'];

/** What a regrade did to quiz steps, to announce or withdraw after the commit. */
interface StepChanges {
  completed: number;
  reopened: number;
  coursesCompleted: string[];
  coursesReopened: string[];
}

@Injectable()
export class QuizResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly results: QuizResultsRepository,
    private readonly learning: LearningRepository,
    private readonly completions: CompletionAnnouncer,
    private readonly audit: AuditWriter,
  ) {}

  async attempts(actor: Actor, quizId: string, query: QuizAttemptQuery): Promise<QuizAttemptPage> {
    await this.readable(actor, quizId);
    const { rows, total } = await this.results.listAttempts(quizId, query);
    return {
      items: rows.map((row) => ({
        id: row.id,
        person: row.person,
        unit: row.unit,
        attemptNo: row.attemptNo,
        status: row.status,
        startedAt: row.startedAt.toISOString(),
        submittedAt: row.submittedAt?.toISOString() ?? null,
        result:
          row.status === 'submitted' && row.score !== null && row.gradedAsOf !== null
            ? {
                score: row.score,
                maxScore: row.maxScore ?? 0,
                percent: row.percent ?? 0,
                passed: row.passed === true,
                late: row.late,
                gradedAsOf: row.gradedAsOf.toISOString(),
              }
            : null,
        regradedAt: row.regradedAt?.toISOString() ?? null,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async statistics(actor: Actor, quizId: string): Promise<QuizStatistics> {
    const quiz = await this.readable(actor, quizId);
    const [counts, questions] = await Promise.all([
      this.results.counts(quizId),
      this.results.questionStatistics(quizId),
    ]);
    const distribution = Array.from({ length: 10 }, () => 0);
    for (const { band, n } of counts.bands) distribution[band] = n;
    return {
      quizId: quiz.id,
      kind: quiz.kind,
      title: quiz.title,
      titleEn: quiz.titleEn,
      courseId: quiz.courseId,
      lessonId: quiz.lessonId,
      passMark: quiz.passMark,
      attempts: counts.attempts,
      submitted: counts.submitted,
      inProgress: counts.inProgress,
      people: counts.people,
      passed: counts.passed,
      meanPercent: counts.meanPercent,
      distribution,
      questions: questions.map(({ stemHtml, ...q }) => ({ ...q, stem: stemExcerpt(stemHtml) })),
    };
  }

  /**
   * After a trainer fixed a key in the bank: the attempts' copies of the chosen questions take the bank's
   * current key and points, every submitted attempt that drew one is graded again with her stored
   * answers, and quiz steps follow — a step she now passes completes, a step she no longer passes by
   * any attempt reopens. One transaction, audited; completed courses are announced after the commit.
   */
  async regrade(ctx: AuthenticatedContext, quizId: string, body: RegradeBody): Promise<RegradeResult> {
    await this.readable(ctx.actor, quizId);
    const { result, steps } = await this.db.transaction(async (manager) => {
      const quiz = (await this.results.quizScope(quizId, manager))!;
      await this.results.lockAttempts(manager, quizId);
      const questionIds = body.questionIds ?? (await this.results.drawnQuestionIds(manager, quizId));
      if (body.questionIds) await this.checkQuestions(manager, quiz, body.questionIds);
      const keptQuestionIds = await this.results.refreshSnapshots(manager, quizId, questionIds);
      const attempts = await this.results.submittedAttemptsDrawing(manager, quizId, questionIds);
      const snapshots = await this.results.snapshots(
        manager,
        attempts.map((a) => a.id),
      );
      const tally = regradeAttempts(attempts, snapshots, quiz.passMark);
      await this.results.storeRegrades(manager, tally.regrades, ctx.requestId);
      const steps = await this.followSteps(manager, quiz, tally);
      const result: RegradeResult = {
        attempts: tally.attempts,
        changed: tally.regrades.length,
        nowPassed: tally.nowPassed,
        nowFailed: tally.nowFailed,
        keptQuestionIds,
      };
      await this.audit.record(manager, ctx, {
        action: 'quiz.regrade',
        targetType: 'quiz',
        targetId: quizId,
        unitId: quiz.ownerUnitId,
        details: {
          questionIds,
          ...result,
          passChangedAttemptIds: tally.flipped.map((f) => f.attemptId),
          stepsCompleted: steps.completed,
          stepsReopened: steps.reopened,
        },
      });
      return { result, steps };
    });
    // A reopened course's retained announcement goes first, so that completing it again is announced anew.
    for (const enrolmentId of steps.coursesReopened) await this.completions.withdraw(enrolmentId);
    for (const enrolmentId of steps.coursesCompleted) await this.completions.announce(enrolmentId);
    return result;
  }

  /**
   * Brings the quiz steps of the enrolments whose attempts flipped in line with their attempts: passed
   * by any attempt → completed (as of the earliest passing one); passed by none → reopened.
   */
  private async followSteps(manager: EntityManager, quiz: QuizScope, tally: RegradeTally): Promise<StepChanges> {
    const changes: StepChanges = { completed: 0, reopened: 0, coursesCompleted: [], coursesReopened: [] };
    if (quiz.kind !== 'step' || !quiz.lessonId) return changes;
    const enrolmentIds = [...new Set(tally.flipped.flatMap((f) => (f.enrolmentId ? [f.enrolmentId] : [])))].sort();
    for (const enrolmentId of enrolmentIds) {
      const passedAt = await this.results.firstPass(manager, quiz.id, enrolmentId);
      if (passedAt) {
        const before = await this.learning.lessonCompleted(manager, enrolmentId, quiz.lessonId);
        const courseCompleted = await this.learning.completeQuizStep(manager, enrolmentId, quiz.lessonId, passedAt);
        if (!before) changes.completed += 1;
        if (courseCompleted) changes.coursesCompleted.push(enrolmentId);
      } else {
        const reopened = await this.learning.reopenQuizStep(manager, enrolmentId, quiz.lessonId);
        if (reopened.step) changes.reopened += 1;
        if (reopened.course) changes.coursesReopened.push(enrolmentId);
      }
    }
    return changes;
  }

  /** Chosen questions must be of the quiz's bank; the 400 names the first that is not. */
  private async checkQuestions(manager: EntityManager, quiz: QuizScope, questionIds: string[]): Promise<void> {
    const inBank = await this.results.bankQuestionIds(manager, quiz.bankId, questionIds);
    const index = questionIds.findIndex((id) => !inBank.has(id));
    if (index >= 0) {
      throw AppError.field('VALIDATION_FAILED', `body.questionIds.${index}`, 'Not a question of this quiz’s bank');
    }
  }

  private async readable(actor: Actor, quizId: string): Promise<QuizScope> {
    const quiz = await this.results.quizScope(quizId);
    if (!quiz || !covers(actor, AUTHORS, quiz.ownerPath)) throw AppError.notFound('Quiz');
    return quiz;
  }
}
