import { Inject, Injectable } from '@nestjs/common';
import { CSRF_HEADER } from '@sen/contracts';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import type { Actor } from '../../core/access/actor';
import { AppError } from '../../core/http/app-error';
import { SessionsRepository } from './sessions.repository';
import { sameToken, sessionIdOf } from './session-tokens';
import { sessionExpiry, TOUCH_INTERVAL_MS } from './session-policy';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AuthenticatedSession {
  actor: Actor;
  /** The session's synchroniser token, for a page that must hand it to its own scripts. */
  csrfToken: string;
}

/**
 * The one session check: the cookie's session must exist, belong to an enabled account and be within its
 * idle and absolute limits; a state-changing request must carry the session's CSRF token. The access guard
 * runs it for contract routes, the queue dashboard for the routes Bull Board adds.
 */
@Injectable()
export class SessionAuthenticator {
  constructor(
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * @param csrfTokens the values the request offers as its CSRF token (header values); one must match on a
   *   state-changing method.
   */
  async authenticate(
    sessionToken: string | undefined,
    method: string,
    csrfTokens: readonly unknown[],
  ): Promise<AuthenticatedSession> {
    if (!sessionToken) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    const session = await this.sessions.findSession(sessionIdOf(sessionToken));
    if (!session || session.disabledAt) throw new AppError('UNAUTHENTICATED', 'Sign in first');

    const now = new Date();
    if (sessionExpiry(session, now, this.config.sessionIdleMs)) {
      await this.sessions.delete(session.id);
      throw new AppError('SESSION_EXPIRED', 'Your session has expired; sign in again');
    }
    if (!SAFE_METHODS.has(method.toUpperCase())) {
      const offered = csrfTokens.filter((value): value is string => typeof value === 'string');
      if (!offered.some((value) => sameToken(value, session.csrfToken))) {
        throw new AppError('CSRF_INVALID', `Missing or wrong ${CSRF_HEADER} header`);
      }
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) await this.sessions.touch(session.id, now);

    return {
      actor: { userId: session.userId, personId: session.personId, sessionId: session.id, grants: session.grants },
      csrfToken: session.csrfToken,
    };
  }
}
