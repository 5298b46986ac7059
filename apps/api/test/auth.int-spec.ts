import { routes, SESSION_COOKIE, type ApiError, type SessionView } from '@sen/contracts';
import { TestApp, DEMO_PASSWORD } from './support/test-app';

describe('accounts: sign-in, sessions, CSRF, lockout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    await t.stop();
  });

  async function userIdOf(email: string): Promise<string> {
    const rows: { id: string }[] = await t.db.query(`SELECT id FROM users WHERE email = $1`, [email]);
    return rows[0]!.id;
  }

  it('signs in by e-mail with an HttpOnly, SameSite session cookie and returns roles with units', async () => {
    const response = await t.raw({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { identifier: 'Admin@Example.org', password: DEMO_PASSWORD },
    });
    expect(response.status).toBe(200);
    const cookie = String(([] as unknown[]).concat(response.headers['set-cookie'])[0]);
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{40,}`));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const view = response.body as SessionView;
    expect(view.user.roles).toEqual([expect.objectContaining({ role: 'admin' })]);
    expect(view.csrfToken.length).toBeGreaterThan(30);
  });

  it('signs in by phone number, in either spelling', async () => {
    const rows: { phone: string }[] = await t.db.query(
      `INSERT INTO users (person_id, phone, password_hash)
       SELECT p.id, '0912000001', u.password_hash FROM people p, users u
        WHERE u.email = 'trainer@example.org' AND NOT EXISTS (SELECT 1 FROM users x WHERE x.person_id = p.id)
        LIMIT 1 RETURNING phone`,
    );
    expect(rows[0]!.phone).toBe('0912000001');
    await expect(t.signIn('0912000001')).resolves.toBeDefined();
    await expect(t.signIn('+84912000001')).resolves.toBeDefined();
  });

  it('refuses a wrong password and an unknown account alike, and records both', async () => {
    const wrong = await t.call<ApiError>(routes.signIn, {
      body: { identifier: 'trainer@example.org', password: 'nope-123' },
    });
    const unknown = await t.call<ApiError>(routes.signIn, {
      body: { identifier: 'nobody@example.org', password: 'nope-123' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.error.code).toBe('INVALID_CREDENTIALS');
    const audit: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.sign-in-failed' AND request_id = ANY($1)`,
      [[wrong.body.error.requestId, unknown.body.error.requestId]],
    );
    expect(audit[0]!.n).toBe(2);
  });

  it('the session endpoint answers 401 without a cookie and the session with one', async () => {
    expect((await t.call(routes.session)).status).toBe(401);
    const s = await t.signIn('reviewer@example.org');
    const response = await t.call<SessionView>(routes.session, { as: s });
    expect(response.status).toBe(200);
    expect(response.body.user.email).toBe('reviewer@example.org');
  });

  it('signs out: the same cookie no longer opens a session', async () => {
    const s = await t.signIn('reviewer@example.org');
    expect((await t.call(routes.signOut, { as: s })).status).toBe(204);
    expect((await t.call(routes.session, { as: s })).status).toBe(401);
  });

  it('ends a session idle longer than the idle timeout', async () => {
    const s = await t.signIn('reviewer@example.org');
    await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE csrf_token = $1`, [
      s.csrf,
    ]);
    const response = await t.call<ApiError>(routes.session, { as: s });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('SESSION_EXPIRED');
    expect((await t.call(routes.session, { as: s })).status).toBe(401);
  });

  it('ends a session at its absolute expiry even when busy', async () => {
    const s = await t.signIn('reviewer@example.org');
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE csrf_token = $1`, [s.csrf]);
    const response = await t.call<ApiError>(routes.session, { as: s });
    expect(response.body.error.code).toBe('SESSION_EXPIRED');
  });

  it('rejects a state-changing request without or with a wrong CSRF token, and writes nothing', async () => {
    const s = await t.signIn('reviewer@example.org');
    const missing = await t.call<ApiError>(routes.updateMe, { as: s, noCsrf: true, body: { locale: 'en' } });
    const wrong = await t.call<ApiError>(routes.updateMe, {
      as: s,
      noCsrf: true,
      headers: { 'x-csrf-token': 'x'.repeat(43) },
      body: { locale: 'en' },
    });
    expect([missing.status, wrong.status]).toEqual([403, 403]);
    expect(missing.body.error.code).toBe('CSRF_INVALID');
    const rows: { locale: string }[] = await t.db.query(
      `SELECT locale FROM users WHERE email = 'reviewer@example.org'`,
    );
    expect(rows[0]!.locale).toBe('vi');
    const ok = await t.call<SessionView>(routes.updateMe, { as: s, body: { locale: 'en' } });
    expect(ok.body.user.locale).toBe('en');
    await t.call(routes.updateMe, { as: s, body: { locale: 'vi' } });
  });

  it('locks an account after five failures, even against the right password, until the lock ends', async () => {
    const admin = await t.signIn('admin@example.org');
    const created = await t.call<{ id: string }>(routes.createPerson, {
      as: admin,
      body: { unitId: admin.view.user.roles[0]!.unit.id, fullName: 'Lò Thị Khóa' },
    });
    const user = await t.call<{ id: string }>(routes.createUser, {
      as: admin,
      body: {
        personId: created.body.id,
        email: 'lock.test@example.org',
        password: 'Locked123',
        roles: [{ role: 'trainee', unitId: admin.view.user.roles[0]!.unit.id }],
      },
    });
    expect(user.status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await t.call(routes.signIn, { body: { identifier: 'lock.test@example.org', password: 'Wrong1234' } })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const locked = await t.call<ApiError>(routes.signIn, {
      body: { identifier: 'lock.test@example.org', password: 'Locked123' },
    });
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('ACCOUNT_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);
    await t.db.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`, [user.body.id]);
    await expect(t.signIn('lock.test@example.org', 'Locked123')).resolves.toBeDefined();
  });

  it('disabling an account ends its sessions and refuses sign-in; an admin reset clears it', async () => {
    const admin = await t.signIn('admin@example.org');
    const trainee = await t.signIn('trainee@example.org');
    const traineeId = await userIdOf('trainee@example.org');
    expect((await t.call(routes.disableUser, { as: admin, params: { id: traineeId } })).status).toBe(200);
    expect((await t.call(routes.session, { as: trainee })).status).toBe(401);
    const refused = await t.call<ApiError>(routes.signIn, {
      body: { identifier: 'trainee@example.org', password: DEMO_PASSWORD },
    });
    expect(refused.body.error.code).toBe('ACCOUNT_DISABLED');
    expect((await t.call(routes.enableUser, { as: admin, params: { id: traineeId } })).status).toBe(200);
    await expect(t.signIn('trainee@example.org')).resolves.toBeDefined();
  });

  it('an admin password reset ends the sessions of that account', async () => {
    const admin = await t.signIn('admin@example.org');
    const reviewer = await t.signIn('reviewer.vuban@example.org');
    const id = await userIdOf('reviewer.vuban@example.org');
    expect(
      (await t.call(routes.resetUserPassword, { as: admin, params: { id }, body: { password: 'NewPass123' } })).status,
    ).toBe(200);
    expect((await t.call(routes.session, { as: reviewer })).status).toBe(401);
    await expect(t.signIn('reviewer.vuban@example.org', 'NewPass123')).resolves.toBeDefined();
    await t.call(routes.resetUserPassword, { as: admin, params: { id }, body: { password: DEMO_PASSWORD } });
  });

  it('changing one’s own password keeps this session and ends the others', async () => {
    const here = await t.signIn('trainer@example.org');
    const elsewhere = await t.signIn('trainer@example.org');
    const wrong = await t.call<ApiError>(routes.changeOwnPassword, {
      as: here,
      body: { currentPassword: 'bad', newPassword: 'Another123' },
    });
    expect(wrong.body.error.fields?.[0]?.path).toBe('body.currentPassword');
    expect(
      (
        await t.call(routes.changeOwnPassword, {
          as: here,
          body: { currentPassword: DEMO_PASSWORD, newPassword: 'Another123' },
        })
      ).status,
    ).toBe(204);
    expect((await t.call(routes.session, { as: here })).status).toBe(200);
    expect((await t.call(routes.session, { as: elsewhere })).status).toBe(401);
    await t.call(routes.changeOwnPassword, {
      as: here,
      body: { currentPassword: 'Another123', newPassword: DEMO_PASSWORD },
    });
  });
});

describe('sign-in rate limit (per client address, counted in Redis)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ SIGN_IN_RATE_PER_MINUTE: '3', REDIS_PREFIX: `sen-it-${process.pid}-rl` });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('answers 429 with Retry-After past the budget', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (await t.call(routes.signIn, { body: { identifier: 'nobody@example.org', password: 'x' } })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await t.call<ApiError>(routes.signIn, {
      body: { identifier: 'admin@example.org', password: DEMO_PASSWORD },
    });
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});
