import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale, SessionView } from '@sen/contracts';
import { DataSource } from 'typeorm';
import type { AuthenticatedContext, RequestContext } from '../../core/access/actor';
import { rootGrant } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { AppError } from '../../core/http/app-error';
import { PasswordHasher } from '../../core/security/password-hasher';
import { UsersRepository } from '../users/users.repository';
import { parseIdentifier } from './identifiers';
import { lockAfterFailure } from './session-policy';
import { newCsrfToken, newSessionToken } from './session-tokens';
import { SessionsRepository } from './sessions.repository';
import { SignInRateLimiter } from './sign-in-rate-limiter';

type SignInOutcome = { ok: true; token: string; sessionId: string; userId: string } | { ok: false; error: AppError };

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly limiter: SignInRateLimiter,
    private readonly audit: AuditWriter,
  ) {}

  /**
   * Failures are committed (counter, lockout, audit) before the error is thrown, so a rollback
   * cannot erase the evidence of a guessing attempt.
   */
  async signIn(
    ctx: RequestContext,
    identifier: string,
    password: string,
    userAgent: string | null,
  ): Promise<{ token: string; view: SessionView }> {
    await this.limiter.consume(ctx.ip);
    const now = new Date();
    const outcome = await this.db.transaction(async (manager): Promise<SignInOutcome> => {
      const account = await this.sessions.findAccountForSignIn(manager, parseIdentifier(identifier));
      const fail = async (
        error: AppError,
        userId: string | null,
        unitId: string | null,
        reason: string,
      ): Promise<SignInOutcome> => {
        await this.audit.record(manager, ctx, {
          action: 'auth.sign-in-failed',
          targetType: 'user',
          targetId: userId,
          unitId,
          actorUserId: null,
          details: { reason },
        });
        return { ok: false, error };
      };
      const invalid = new AppError('INVALID_CREDENTIALS', 'Wrong e-mail/phone or password');
      if (!account) {
        await this.hasher.verifyDummy(password);
        return fail(invalid, null, null, 'unknown-identifier');
      }
      if (account.lockedUntil && account.lockedUntil > now) {
        return fail(locked(account.lockedUntil, now), account.id, account.unitId, 'locked');
      }
      if (!(await this.hasher.verify(account.passwordHash, password))) {
        const lockedUntil = lockAfterFailure(
          account.failedSignIns,
          this.config.signInMaxFailures,
          now,
          this.config.signInLockMs,
        );
        await this.sessions.recordFailure(manager, account.id, lockedUntil);
        return fail(lockedUntil ? locked(lockedUntil, now) : invalid, account.id, account.unitId, 'wrong-password');
      }
      if (account.disabledAt) {
        return fail(
          new AppError('ACCOUNT_DISABLED', 'This account is disabled; contact your administrator'),
          account.id,
          account.unitId,
          'disabled',
        );
      }
      await this.sessions.recordSuccess(manager, account.id, now);
      const { token, id } = newSessionToken();
      await this.sessions.create(manager, {
        id,
        userId: account.id,
        csrfToken: newCsrfToken(),
        expiresAt: new Date(now.getTime() + this.config.sessionAbsoluteMs),
        ip: ctx.ip,
        userAgent,
      });
      await this.audit.record(manager, ctx, {
        action: 'auth.sign-in',
        targetType: 'user',
        targetId: account.id,
        unitId: account.unitId,
        actorUserId: account.id,
      });
      return { ok: true, token, sessionId: id, userId: account.id };
    });
    if (!outcome.ok) throw outcome.error;
    return { token: outcome.token, view: await this.view(outcome.sessionId) };
  }

  async signOut(ctx: AuthenticatedContext): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.sessions.delete(ctx.actor.sessionId, manager);
      await this.audit.record(manager, ctx, {
        action: 'auth.sign-out',
        targetType: 'user',
        targetId: ctx.actor.userId,
        unitId: null,
      });
    });
  }

  async updateLocale(ctx: AuthenticatedContext, locale: Locale): Promise<SessionView> {
    await this.db.transaction(async (manager) => {
      await this.users.setLocale(manager, ctx.actor.userId, locale);
      await this.audit.record(manager, ctx, {
        action: 'me.update',
        targetType: 'user',
        targetId: ctx.actor.userId,
        unitId: null,
        details: { locale },
      });
    });
    return this.view(ctx.actor.sessionId);
  }

  async changeOwnPassword(ctx: AuthenticatedContext, currentPassword: string, newPassword: string): Promise<void> {
    const newHash = await this.hasher.hash(newPassword);
    await this.db.transaction(async (manager) => {
      const me = await this.users.lock(manager, ctx.actor.userId);
      if (!me) throw new AppError('UNAUTHENTICATED', 'Sign in first');
      if (!(await this.hasher.verify(me.passwordHash, currentPassword))) {
        throw AppError.field('INVALID_CREDENTIALS', 'body.currentPassword', 'The current password is wrong');
      }
      await this.users.setPassword(manager, me.id, newHash);
      await this.users.endSessions(manager, me.id, ctx.actor.sessionId);
      await this.audit.record(manager, ctx, {
        action: 'auth.password-change',
        targetType: 'user',
        targetId: me.id,
        unitId: me.unitId,
      });
    });
  }

  async view(sessionId: string): Promise<SessionView> {
    const session = await this.sessions.findSession(sessionId);
    if (!session) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    const user = await this.users.findById(session.userId);
    if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    return {
      user: {
        id: user.id,
        personId: user.person.id,
        fullName: user.person.name,
        email: user.email,
        phone: user.phone,
        locale: user.locale,
        unit: user.unit,
        roles: user.roles,
      },
      csrfToken: session.csrfToken,
      canOperateQueues: rootGrant(session, ['admin']) !== undefined,
      expiresAt: session.expiresAt.toISOString(),
      idleTimeoutSeconds: Math.round(this.config.sessionIdleMs / 1000),
    };
  }
}

function locked(until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError(
    'ACCOUNT_LOCKED',
    `Too many failed attempts; the account is locked for ${Math.ceil(seconds / 60)} min`,
    undefined,
    {
      'retry-after': String(seconds),
    },
  );
}
