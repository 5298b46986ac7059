import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  drawSize,
  type AttemptSummary,
  AttemptView,
  QuestionAnswer,
  SaveAnswersBody,
  SaveAnswersResult,
  StartBlock,
  SubmitAttemptBody,
  TraineeQuizView,
} from '@sen/contracts';
import { randomInt, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { AppError } from '../../core/http/app-error';
import { CompletionAnnouncer } from '../learning/completion-announcer';
import { LearningRepository } from '../learning/learning.repository';
import { QuizzesRepository } from '../quizzes/quizzes.repository';
import { attemptQuestionView, reviewLevel, type AttemptQuestion } from './attempt-view';
import { AttemptsRepository, type AttemptRow, type Eligibility, type QuizRow } from './attempts.repository';
import { drawQuestions } from './draw-questions';
import { gradeAttempt } from './grade-attempt';
import { optionOrder } from './option-order';

const BLOCK_ERRORS: Record<StartBlock, () => AppError> = {
  not_open: () => new AppError('QUIZ_NOT_OPEN', 'This quiz is not open yet'),
  closed: () => new AppError('QUIZ_CLOSED', 'This quiz has closed'),
  no_attempts_left: () => new AppError('QUIZ_ATTEMPTS_EXHAUSTED', 'No attempts left'),
  withdrawn: () => new AppError('QUIZ_WITHDRAWN', 'Withdrawn from this contest'),
  enrolment_ended: () => AppError.notFound('Quiz'),
};

/**
 * A trainee's attempts. Everything that decides a grade happens here, on the server: the draw and its
 * order are stored at the start, the deadline is the server's, answers are graded with the key the
 * attempt drew, and what she sees afterwards follows the quiz's review policy. A quiz she may not take
 * (another course, another unit's contest) is not found.
 */
@Injectable()
export class AttemptsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly attempts: AttemptsRepository,
    private readonly learning: LearningRepository,
    private readonly banks: QuizzesRepository,
    private readonly completions: CompletionAnnouncer,
  ) {}

  async quiz(ctx: AuthenticatedContext, quizId: string): Promise<TraineeQuizView> {
    const actor = ctx.actor;
    const { quiz, eligibility } = await this.takeable(actor, quizId);
    const rows = await this.closeOverdue(ctx, quizId);
    const now = rows[0]?.now ?? new Date();
    const inProgress = rows.find((a) => a.status === 'in_progress') ?? null;
    return {
      id: quiz.id,
      kind: quiz.kind,
      title: quiz.title,
      enrolmentId: quiz.kind === 'step' ? eligibility.enrolmentId : null,
      lessonId: quiz.kind === 'step' ? quiz.lessonId : null,
      questionCount: drawSize(quiz.draw),
      passMark: quiz.passMark,
      maxAttempts: quiz.maxAttempts,
      timeLimitMinutes: quiz.timeLimitSeconds === null ? null : Math.round(quiz.timeLimitSeconds / 60),
      opensAt: quiz.opensAt?.toISOString() ?? null,
      closesAt: quiz.closesAt?.toISOString() ?? null,
      review: quiz.review,
      attempts: rows.map(summary),
      attemptsLeft: quiz.maxAttempts === null ? null : Math.max(0, quiz.maxAttempts - rows.length),
      inProgressAttemptId: inProgress?.id ?? null,
      passed: rows.some((a) => a.passed === true),
      blocked: inProgress ? null : startBlock(quiz, eligibility, rows.length, now),
      serverNow: now.toISOString(),
    };
  }

  /**
   * Starts an attempt, or returns the one in progress. Under a per-person lock: count, check, insert —
   * so 50 simultaneous starts make one attempt, and never more than the limit; the unique attempt
   * number and the one-in-progress index hold even if the lock were bypassed.
   */
  async start(ctx: AuthenticatedContext, quizId: string): Promise<AttemptView> {
    const actor = ctx.actor;
    await this.closeOverdue(ctx, quizId);
    const attemptId = await this.db.transaction(async (manager) => {
      const { quiz, eligibility } = await this.takeable(actor, quizId, manager);
      await this.attempts.lockPersonQuiz(manager, quizId, actor.personId);
      const rows = await this.attempts.attemptsOf(quizId, actor.personId, manager);
      // One that ran out between closeOverdue and the lock stays in progress until it is next read.
      const inProgress = rows.find((a) => a.status === 'in_progress');
      if (inProgress) return inProgress.id;
      const block = startBlock(quiz, eligibility, rows.length, rows[0]?.now ?? (await this.dbNow(manager)));
      if (block) throw BLOCK_ERRORS[block]();

      const draw = drawQuestions(
        quiz.draw,
        await this.banks.livePool(manager, quiz.bankId),
        quiz.shuffleQuestions,
        randomInt,
      );
      if (draw.questionIds.length === 0) {
        throw new AppError('QUIZ_DRAW_UNAVAILABLE', 'The question bank holds no question this quiz can draw');
      }
      const contents = new Map(
        (await this.attempts.contents(manager, draw.questionIds)).map((q) => [q.id, q.content] as const),
      );
      const id = randomUUID();
      await this.attempts.insertAttempt(manager, {
        id,
        requestId: ctx.requestId,
        quiz,
        personId: actor.personId,
        enrolmentId: eligibility.enrolmentId,
        unitId: eligibility.unitId,
        attemptNo: rows.length + 1,
        questionIds: draw.questionIds,
        optionOrders: draw.questionIds.map((qid) => optionOrder(contents.get(qid)!, quiz.shuffleOptions, randomInt)),
      });
      return id;
    });
    return this.attempt(ctx, attemptId);
  }

  async attempt(ctx: AuthenticatedContext, attemptId: string): Promise<AttemptView> {
    const actor = ctx.actor;
    let row = await this.ownAttempt(actor, attemptId);
    if (row.overdue) {
      await this.submit(ctx, attemptId, {});
      row = await this.ownAttempt(actor, attemptId);
    }
    const quiz = (await this.attempts.findQuiz(row.quizId))!;
    const questions = await this.attempts.attemptQuestions(attemptId);
    return this.view(actor, quiz, row, questions);
  }

  async save(ctx: AuthenticatedContext, attemptId: string, body: SaveAnswersBody): Promise<SaveAnswersResult> {
    const row = await this.ownAttempt(ctx.actor, attemptId);
    if (row.status === 'submitted') throw new AppError('ATTEMPT_SUBMITTED', 'This attempt has been submitted');
    if (!row.open) {
      await this.submit(ctx, attemptId, {});
      throw new AppError('ATTEMPT_TIME_UP', 'Time is up: the answers saved before the deadline were graded');
    }
    checkAnswers(await this.attempts.attemptQuestions(attemptId), body.answers, 'body.answers');
    const saved = await this.attempts.saveAnswers(this.db.manager, attemptId, { ...body, requestId: ctx.requestId });
    return { revision: saved.revision, savedAt: saved.savedAt.toISOString(), applied: saved.applied };
  }

  /**
   * Grades and closes her attempt; submitting again returns the same result. Answers sent with the
   * submission count while the attempt is open (deadline plus grace); after that the attempt is graded
   * as of the deadline with what was saved in time.
   */
  async submit(ctx: AuthenticatedContext, attemptId: string, body: SubmitAttemptBody): Promise<AttemptView> {
    const actor = ctx.actor;
    const outcome = await this.db.transaction(async (manager) => {
      // The row lock serialises submissions of one attempt: a repeat waits, then finds it submitted.
      const row = await this.attempts.findAttempt(attemptId, actor.personId, manager, true);
      if (!row) throw AppError.notFound('Attempt');
      if (row.status === 'submitted') return { row, graded: null };
      const quiz = (await this.attempts.findQuiz(row.quizId, manager))!;
      const questions = await this.attempts.attemptQuestions(attemptId, manager);
      if (row.open && body.answers && (body.revision === undefined || body.revision > row.revision)) {
        checkAnswers(questions, body.answers, 'body.answers');
        const save = { revision: body.revision ?? row.revision + 1, answers: body.answers };
        return { row, graded: await this.grade(manager, ctx.requestId, quiz, row, questions, save, false) };
      }
      return { row, graded: await this.grade(manager, ctx.requestId, quiz, row, questions, null, !row.open) };
    });
    const { graded } = outcome;
    if (!graded) {
      // Already submitted (a repeat): the stored result.
      const quiz = (await this.attempts.findQuiz(outcome.row.quizId))!;
      return this.view(actor, quiz, outcome.row, await this.attempts.attemptQuestions(attemptId));
    }
    if (graded.completedEnrolment) await this.completions.announce(graded.completedEnrolment);
    return this.view(actor, graded.quiz, graded.row, graded.questions);
  }

  /**
   * Grades, in the caller's transaction, every attempt at a contest still in progress when its result
   * becomes final: one whose time ran out as of its deadline with what was saved in time (as a late
   * submission would be), one cut short by a close brought forward as of now. Each under its row lock,
   * like a submission, so one she sends meanwhile is graded once. A contest completes no course step,
   * so there is nothing to announce afterwards.
   */
  async closeContestAttempts(manager: EntityManager, requestId: string, quiz: QuizRow): Promise<number> {
    if (quiz.kind !== 'contest') throw new Error('Only a contest is closed as a whole');
    let graded = 0;
    for (const pending of await this.attempts.inProgressAttempts(manager, quiz.id)) {
      const row = await this.attempts.findAttempt(pending.id, pending.personId, manager, true);
      if (!row || row.status === 'submitted') continue;
      const questions = await this.attempts.attemptQuestions(row.id, manager);
      await this.grade(manager, requestId, quiz, row, questions, null, !row.open);
      graded += 1;
    }
    return graded;
  }

  /**
   * Grades an attempt (with the answers sent with the submission, or those saved) and, when it passes a
   * quiz step, completes the step. Returns the closed attempt, its graded questions and the enrolment
   * whose course completed with it, to announce after the commit.
   */
  private async grade(
    manager: EntityManager,
    requestId: string,
    quiz: QuizRow,
    row: AttemptRow,
    questions: AttemptQuestion[],
    save: { revision: number; answers: Record<string, QuestionAnswer> } | null,
    late: boolean,
  ): Promise<{ quiz: QuizRow; row: AttemptRow; questions: AttemptQuestion[]; completedEnrolment: string | null }> {
    const grade = gradeAttempt(questions, save?.answers ?? row.answers, quiz.passMark);
    await this.attempts.storeGrades(manager, row.id, grade.questions);
    const closed = await this.attempts.closeAttempt(manager, row.id, { ...grade, late, requestId }, save);
    const gradedQuestions = questions.map((q, index) => ({
      ...q,
      score: grade.questions[index]!.score,
      outcome: grade.questions[index]!.outcome,
    }));
    let completedEnrolment: string | null = null;
    if (grade.passed && quiz.kind === 'step' && row.enrolmentId && quiz.lessonId) {
      const courseCompleted = await this.learning.completeQuizStep(
        manager,
        row.enrolmentId,
        quiz.lessonId,
        closed.gradedAsOf!,
      );
      if (courseCompleted) completedEnrolment = row.enrolmentId;
    }
    return { quiz, row: closed, questions: gradedQuestions, completedEnrolment };
  }

  /** Grades her attempt of this quiz whose time ran out without a submission; returns her attempts as they now are. */
  private async closeOverdue(ctx: AuthenticatedContext, quizId: string): Promise<AttemptRow[]> {
    const rows = await this.attempts.attemptsOf(quizId, ctx.actor.personId);
    const overdue = rows.find((a) => a.overdue);
    if (!overdue) return rows;
    await this.submit(ctx, overdue.id, {});
    return this.attempts.attemptsOf(quizId, ctx.actor.personId);
  }

  private async view(actor: Actor, quiz: QuizRow, row: AttemptRow, questions: AttemptQuestion[]): Promise<AttemptView> {
    const level =
      row.status === 'in_progress'
        ? 'in_progress'
        : reviewLevel(quiz.review, await this.attemptsOver(actor, quiz, row));
    return {
      id: row.id,
      quizId: row.quizId,
      attemptNo: row.attemptNo,
      status: row.status,
      startedAt: row.startedAt.toISOString(),
      deadlineAt: row.deadlineAt?.toISOString() ?? null,
      serverNow: row.now.toISOString(),
      submittedAt: row.submittedAt?.toISOString() ?? null,
      revision: row.revision,
      result: result(row),
      review: level === 'in_progress' ? null : level,
      questions:
        level === 'score' ? [] : questions.map((q) => attemptQuestionView(q, row.answers[q.questionId] ?? null, level)),
    };
  }

  /**
   * Whether she can make no further attempt: the limit is reached or the quiz has closed. Only the
   * `correct_answers` policy depends on it, so the others skip the query.
   */
  private async attemptsOver(actor: Actor, quiz: QuizRow, row: AttemptRow): Promise<boolean> {
    if (quiz.review !== 'correct_answers') return false;
    if (quiz.closesAt && quiz.closesAt <= row.now) return true;
    if (quiz.maxAttempts === null) return false;
    const rows = await this.attempts.attemptsOf(quiz.id, actor.personId);
    return rows.length >= quiz.maxAttempts && rows.every((a) => a.status === 'submitted');
  }

  private async takeable(
    actor: Actor,
    quizId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ quiz: QuizRow; eligibility: Eligibility }> {
    const quiz = await this.attempts.findQuiz(quizId, manager);
    const eligibility = quiz ? await this.attempts.eligibility(quiz, actor.personId, manager) : null;
    const mayTake =
      quiz && eligibility && (quiz.kind === 'step' ? eligibility.enrolmentId !== null : eligibility.inContestUnits);
    if (!mayTake) throw AppError.notFound('Quiz');
    return { quiz, eligibility };
  }

  private async ownAttempt(actor: Actor, attemptId: string, manager?: EntityManager): Promise<AttemptRow> {
    const row = await this.attempts.findAttempt(attemptId, actor.personId, manager);
    if (!row) throw AppError.notFound('Attempt');
    return row;
  }

  private async dbNow(manager: EntityManager): Promise<Date> {
    const [row] = await manager.query<{ now: Date }[]>(`SELECT now() AS now`);
    return row!.now;
  }
}

function startBlock(quiz: QuizRow, eligibility: Eligibility, used: number, now: Date): StartBlock | null {
  if (quiz.kind === 'step' && eligibility.enrolmentEnded) return 'enrolment_ended';
  if (quiz.kind === 'contest' && eligibility.withdrawn) return 'withdrawn';
  if (quiz.opensAt && now < quiz.opensAt) return 'not_open';
  if (quiz.closesAt && now >= quiz.closesAt) return 'closed';
  if (quiz.maxAttempts !== null && used >= quiz.maxAttempts) return 'no_attempts_left';
  return null;
}

/** Answers must name questions of this attempt, each with an answer of the question's type. */
function checkAnswers(questions: AttemptQuestion[], answers: Record<string, QuestionAnswer>, field: string): void {
  const types = new Map(questions.map((q) => [q.questionId, q.content.type] as const));
  for (const [questionId, answer] of Object.entries(answers)) {
    const type = types.get(questionId);
    if (!type) throw AppError.field('VALIDATION_FAILED', `${field}.${questionId}`, 'Not a question of this attempt');
    if (type !== answer.type) {
      throw AppError.field('VALIDATION_FAILED', `${field}.${questionId}.type`, `This question takes a ${type} answer`);
    }
  }
}

function result(row: AttemptRow): AttemptView['result'] {
  if (row.status !== 'submitted' || row.score === null || row.gradedAsOf === null) return null;
  return {
    score: row.score,
    maxScore: row.maxScore ?? 0,
    percent: row.percent ?? 0,
    passed: row.passed === true,
    late: row.late,
    gradedAsOf: row.gradedAsOf.toISOString(),
  };
}

function summary(row: AttemptRow): AttemptSummary {
  return {
    id: row.id,
    attemptNo: row.attemptNo,
    status: row.status,
    startedAt: row.startedAt.toISOString(),
    deadlineAt: row.deadlineAt?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    result: result(row),
  };
}
