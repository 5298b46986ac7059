import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { drawSize } from '@sen/contracts';
import type {
  ContestBody,
  ContestListQuery,
  ContestPage,
  ContestView,
  Leaderboard,
  LeaderboardQuery,
  MyContests,
  WithdrawContestantBody,
} from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers, scopeRoots } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { ATTEMPT_GRACE_SECONDS, AttemptsRepository } from '../attempts/attempts.repository';
import { AttemptsService } from '../attempts/attempts.service';
import { exportFileName } from '../quizzes/question-bank-csv';
import { QuizSettingsService } from '../quizzes/quiz-settings.service';
import { QuizzesRepository } from '../quizzes/quizzes.repository';
import { contestResultsCsv } from './contest-results-csv';
import { CONTEST_AUTHORS, CONTEST_STAFF, overlapsScope } from './contest-scope';
import { contestStatus, lockedChanges, toListItem, toView } from './contests.mapper';
import { ContestsRepository, type ContestRow } from './contests.repository';
import { findMe, markMe, pageOf, type FrozenBoards } from './leaderboard-snapshot';
import { LeaderboardRepository } from './leaderboard.repository';

/** How long a closed contest stays on a trainee's list. */
const RECENT_DAYS = 30;

/**
 * Contests: timed quizzes open to the people of some units' subtrees, ranked on a leaderboard. Authors
 * (admins, trainers of the course's owner unit) schedule them; staff whose scope overlaps a contest
 * follow it; its participants see its leaderboard. The board is computed from the attempts while the
 * contest runs, and stored once it has closed (see `finalBoards`).
 */
@Injectable()
export class ContestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contests: ContestsRepository,
    private readonly boards: LeaderboardRepository,
    private readonly settings: QuizSettingsService,
    private readonly banks: QuizzesRepository,
    private readonly attempts: AttemptsService,
    private readonly quizzes: AttemptsRepository,
    private readonly audit: AuditWriter,
  ) {}

  async list(actor: Actor, query: ContestListQuery): Promise<ContestPage> {
    const { rows, total } = await this.contests.list(scopeRoots(actor, CONTEST_STAFF), query.page, query.pageSize);
    return { items: rows.map(toListItem), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<ContestView> {
    const row = await this.visible(actor, id);
    return toView(row, await this.contests.withdrawals(id), covers(actor, CONTEST_AUTHORS, row.ownerPath));
  }

  async create(ctx: AuthenticatedContext, body: ContestBody): Promise<ContestView> {
    const ownerUnitId = await this.checkReferences(ctx.actor, body);
    const id = randomUUID();
    await this.db.transaction(async (manager) => {
      if (Date.parse(body.closesAt) <= (await this.dbNow(manager)).getTime()) {
        throw AppError.field('VALIDATION_FAILED', 'body.closesAt', 'A new contest must close in the future');
      }
      await this.settings.checkDraw(manager, body.courseId, body);
      await this.contests.insert(manager, id, body, ctx.actor.userId);
      await this.audit.record(manager, ctx, {
        action: 'contest.create',
        targetType: 'quiz',
        targetId: id,
        unitId: ownerUnitId,
        details: auditDetails(body),
      });
    });
    return this.get(ctx.actor, id);
  }

  /**
   * Replaces a contest's settings. Once it has opened, what decides the attempts (questions, time,
   * scoring, opening) is fixed and a change is refused naming the fields; the title, review, close,
   * and units may still change. Once its result is final nothing changes.
   */
  async update(ctx: AuthenticatedContext, id: string, body: ContestBody): Promise<ContestView> {
    await this.db.transaction(async (manager) => {
      await this.contests.lock(manager, id);
      const row = await this.contests.find(id, manager);
      if (!row || !covers(ctx.actor, CONTEST_AUTHORS, row.ownerPath)) throw AppError.notFound('Contest');
      if (row.frozenAt) throw new AppError('CONTEST_FINAL', 'This contest has closed and its result is final');
      const ownerUnitId = await this.checkReferences(ctx.actor, body);
      if (row.now >= row.opensAt) {
        const changed = lockedChanges(row, body);
        if (changed.length > 0) {
          throw new AppError(
            'CONTEST_STARTED',
            `The contest has opened; these cannot change any more: ${changed.join(', ')}`,
            changed.map((field) => ({ path: `body.${field}`, code: 'CONTEST_STARTED', message: 'Fixed once open' })),
          );
        }
      }
      if (Date.parse(body.closesAt) !== row.closesAt.getTime() && Date.parse(body.closesAt) <= row.now.getTime()) {
        throw AppError.field('VALIDATION_FAILED', 'body.closesAt', 'A new close must be in the future');
      }
      await this.settings.checkDraw(manager, body.courseId, body);
      await this.contests.update(manager, id, body);
      await this.audit.record(manager, ctx, {
        action: 'contest.update',
        targetType: 'quiz',
        targetId: id,
        unitId: ownerUnitId,
        details: auditDetails(body),
      });
    });
    return this.get(ctx.actor, id);
  }

  /**
   * Withdraws a contestant: she can no longer start, and she leaves the live board. A result already
   * final keeps her (what was published stays published); the withdrawal is recorded all the same.
   */
  async withdraw(ctx: AuthenticatedContext, id: string, body: WithdrawContestantBody): Promise<ContestView> {
    await this.db.transaction(async (manager) => {
      await this.contests.lock(manager, id);
      const row = await this.contests.find(id, manager);
      if (!row || !covers(ctx.actor, CONTEST_AUTHORS, row.ownerPath)) throw AppError.notFound('Contest');
      if (!(await this.contests.contestant(manager, id, body.personId))) {
        throw AppError.field('NOT_FOUND', 'body.personId', 'Not a contestant of this contest');
      }
      const withdrawn = await this.contests.withdraw(manager, {
        id,
        personId: body.personId,
        reason: body.reason,
        by: ctx.actor.userId,
      });
      if (!withdrawn) throw AppError.field('CONFLICT', 'body.personId', 'Already withdrawn from this contest');
      await this.audit.record(manager, ctx, {
        action: 'contest.withdraw',
        targetType: 'quiz',
        targetId: id,
        unitId: row.ownerUnitId,
        details: { personId: body.personId, reason: body.reason, afterFinal: row.frozenAt !== null },
      });
    });
    return this.get(ctx.actor, id);
  }

  async leaderboard(ctx: AuthenticatedContext, id: string, query: LeaderboardQuery): Promise<Leaderboard> {
    const row = await this.contests.find(id);
    const staff = row !== null && overlapsScope(ctx.actor, CONTEST_STAFF, row);
    if (!row || !(staff || (await this.contests.isParticipant(id, ctx.actor.personId)))) {
      throw AppError.notFound('Contest');
    }
    const final = await this.finalBoards(ctx, row);
    const meId = ctx.actor.personId;
    const window = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
    const common = {
      contestId: row.id,
      title: row.title,
      status: contestStatus(row.now, row.opensAt, row.closesAt),
      closesAt: row.closesAt.toISOString(),
      frozen: final !== null,
      frozenAt: final?.frozenAt.toISOString() ?? null,
      page: query.page,
      pageSize: query.pageSize,
      serverNow: row.now.toISOString(),
    };
    if (query.by === 'person') {
      if (final) {
        const { items, total } = pageOf(final.boards.persons, query.page, query.pageSize);
        return {
          by: 'person',
          ...common,
          participants: final.boards.participants,
          total,
          items: items.map((entry) => markMe(entry, meId)),
          me: findMe(final.boards.persons, meId),
        };
      }
      const live = await this.boards.persons(id, window, meId);
      return {
        by: 'person',
        ...common,
        participants: live.participants,
        total: live.participants,
        items: live.items.map((entry) => markMe(entry, meId)),
        me: live.me && markMe(live.me, meId),
      };
    }
    if (final) {
      const { items, total } = pageOf(final.boards.units[query.level], query.page, query.pageSize);
      return { by: 'unit', level: query.level, ...common, participants: final.boards.participants, total, items };
    }
    const live = await this.boards.units(id, query.level, window);
    return { by: 'unit', level: query.level, ...common, ...live };
  }

  /** The ranked person board (final once the contest has closed) as CSV; a read, so not audited. */
  async exportResults(ctx: AuthenticatedContext, id: string): Promise<{ fileName: string; csv: string }> {
    const row = await this.contests.find(id);
    if (!row || !overlapsScope(ctx.actor, CONTEST_STAFF, row)) throw AppError.notFound('Contest');
    const final = await this.finalBoards(ctx, row);
    const persons = final ? final.boards.persons : (await this.boards.persons(id, null, null)).items;
    return {
      fileName: exportFileName(`Kết quả ${row.title}`, 'csv', 'contest-results'),
      csv: contestResultsCsv(persons),
    };
  }

  async mine(actor: Actor): Promise<MyContests> {
    const rows = await this.contests.mine(actor.personId, RECENT_DAYS);
    const now = await this.dbNow(this.db.manager);
    return {
      items: rows.map(({ draw, now: rowNow, opensAt, closesAt, ...row }) => ({
        ...row,
        status: contestStatus(rowNow, opensAt, closesAt),
        opensAt: opensAt.toISOString(),
        closesAt: closesAt.toISOString(),
        questionCount: drawSize(draw),
      })),
      serverNow: now.toISOString(),
    };
  }

  /**
   * The stored final boards, or null while the contest runs. The first read after the close and the
   * attempts' grace grades the attempts still open and stores the boards, under the contest's row lock:
   * parallel first reads wait for one another and the later ones find the result stored. From then on
   * every reader gets the stored rows; a regrade or a withdrawal afterwards does not change them.
   */
  private async finalBoards(
    ctx: AuthenticatedContext,
    row: ContestRow,
  ): Promise<{ boards: FrozenBoards; frozenAt: Date } | null> {
    const due = row.now.getTime() >= row.closesAt.getTime() + ATTEMPT_GRACE_SECONDS * 1000;
    if (!row.frozenAt && !due) return null;
    if (!row.frozenAt) await this.freeze(ctx, row.id);
    const stored = await this.boards.frozen(row.id);
    if (!stored) throw new Error(`Contest ${row.id} was frozen without its boards`);
    return stored;
  }

  private async freeze(ctx: AuthenticatedContext, id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.contests.lock(manager, id);
      const quiz = await this.quizzes.findQuiz(id, manager);
      if (!quiz || (await this.boards.isFrozen(manager, id))) return;
      await this.attempts.closeContestAttempts(manager, ctx.requestId, quiz);
      const persons = await this.boards.persons(id, null, null, manager);
      const branch = await this.boards.units(id, 'branch', null, manager);
      const commune = await this.boards.units(id, 'commune', null, manager);
      await this.boards.freeze(manager, id, {
        participants: persons.participants,
        persons: persons.items,
        units: { branch: branch.items, commune: commune.items },
      });
    });
  }

  /** A contest the actor's staff scope overlaps, or 404. */
  private async visible(actor: Actor, id: string): Promise<ContestRow> {
    const row = await this.contests.find(id);
    if (!row || !overlapsScope(actor, CONTEST_STAFF, row)) throw AppError.notFound('Contest');
    return row;
  }

  /** The course and every unit must lie in the author's scope (else 404 naming the field); returns the course's owner unit. */
  private async checkReferences(actor: Actor, body: ContestBody): Promise<string> {
    const course = await this.banks.courseScope(body.courseId);
    if (!course || !covers(actor, CONTEST_AUTHORS, course.ownerPath)) {
      throw AppError.field('NOT_FOUND', 'body.courseId', 'Course not found');
    }
    const units = new Map((await this.contests.units(body.unitIds)).map((unit) => [unit.id, unit] as const));
    body.unitIds.forEach((unitId, index) => {
      const unit = units.get(unitId);
      if (!unit || !covers(actor, CONTEST_AUTHORS, unit.path)) {
        throw AppError.field('NOT_FOUND', `body.unitIds.${index}`, 'Unit not found');
      }
    });
    return course.ownerUnitId;
  }

  private async dbNow(manager: EntityManager): Promise<Date> {
    const [row] = await manager.query<{ now: Date }[]>(`SELECT now() AS now`);
    return row!.now;
  }
}

function auditDetails(body: ContestBody): Record<string, unknown> {
  return {
    title: body.title,
    courseId: body.courseId,
    bankId: body.bankId,
    draw: body.draw,
    timeLimitMinutes: body.timeLimitMinutes,
    passMark: body.passMark,
    maxAttempts: body.maxAttempts,
    opensAt: body.opensAt,
    closesAt: body.closesAt,
    unitIds: body.unitIds,
  };
}
