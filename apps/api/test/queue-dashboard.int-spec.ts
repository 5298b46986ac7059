import { getQueueToken } from '@nestjs/bullmq';
import {
  CSRF_HEADER,
  QUEUE_DASHBOARD_CSRF_COOKIE,
  QUEUE_DASHBOARD_CSRF_HEADER,
  QUEUE_DASHBOARD_PATH,
  SESSION_COOKIE,
  type HealthView,
} from '@sen/contracts';
import { Worker, type Queue } from 'bullmq';
import { ALL_QUEUES, QueueName } from '../src/core/queue/queues';
import { Fixtures } from './support/fixtures';
import { testConfig } from './support/test-config';
import { TestApp, type Session } from './support/test-app';

/**
 * Bull Board's routes are not contract routes, so the authorization matrix does not reach them: this suite is
 * their matrix (every kind of caller, pages and JSON, reads and changes).
 */
describe('queue dashboard', () => {
  let t: TestApp;
  let fx: Fixtures;
  const sessions: Record<'trainee' | 'trainer' | 'reviewer' | 'districtAdmin' | 'admin', Session> = {} as never;
  let failedJobId: string;

  const board = (path = '/') => `${QUEUE_DASHBOARD_PATH}${path}`;
  const cookieOf = (session: Session) => `${SESSION_COOKIE}=${session.cookie}`;
  const get = (path: string, session?: Session) =>
    t.raw({ method: 'GET', url: board(path), headers: session ? { cookie: cookieOf(session) } : {} });
  const put = (path: string, session: Session, headers: Record<string, string> = {}) =>
    t.raw({ method: 'PUT', url: board(path), headers: { cookie: cookieOf(session), ...headers } });
  const queue = (name: QueueName) => t.app.get<string, Queue>(getQueueToken(name), { strict: false });

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    const vuBan = await fx.unitNamed('Vụ Bản', 'district');
    const districtAdmin = await fx.user(vuBan.id, 'admin');
    sessions.trainee = await t.signIn('trainee@example.org');
    sessions.trainer = await t.signIn('trainer@example.org');
    sessions.reviewer = await t.signIn('reviewer@example.org');
    sessions.districtAdmin = await t.signIn(districtAdmin.email);
    sessions.admin = await t.signIn('admin@example.org');

    // A job that failed for good, made by a worker of this test (the API runs none).
    const config = testConfig();
    const issue = queue(QueueName.IssueCertificate);
    await issue.obliterate({ force: true });
    const worker = new Worker(
      QueueName.IssueCertificate,
      () => Promise.reject(new Error('Không đọc được logo\n    at render (pdf.ts:1:1)')),
      { connection: { url: config.redisUrl, maxRetriesPerRequest: null }, prefix: `${config.redisPrefix}:bull` },
    );
    const failed = new Promise<void>((resolve) => worker.on('failed', () => resolve()));
    const job = await issue.add('issue', { enrolmentId: '00000000-0000-4000-8000-000000000001' }, { attempts: 1 });
    await failed;
    await worker.close();
    failedJobId = job.id!;
  });
  afterAll(async () => {
    await t.stop();
  });

  it('answers 401 to an anonymous caller, with a page for the browser and JSON for the board API', async () => {
    const page = await get('/');
    expect(page.status).toBe(401);
    expect(String(page.headers['content-type'])).toContain('text/html');
    expect(String(page.body)).toContain('Sign in');
    const api = await get('/api/queues');
    expect(api.status).toBe(401);
    expect(api.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    // Its scripts too: every request under the prefix is checked.
    expect((await get('/static/favicon-32x32.png')).status).toBe(401);
  });

  it.each(['trainee', 'trainer', 'reviewer', 'districtAdmin'] as const)(
    'answers 403 to a %s, page and API alike',
    async (who) => {
      const page = await get('/', sessions[who]);
      expect(page.status).toBe(403);
      expect(String(page.body)).toContain('Only administrators of the province');
      const api = await get('/api/queues', sessions[who]);
      expect(api.status).toBe(403);
      expect(api.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
    },
  );

  it('tells the web app who may open it', async () => {
    expect(sessions.admin.view.canOperateQueues).toBe(true);
    expect(sessions.districtAdmin.view.canOperateQueues).toBe(false);
    expect(sessions.reviewer.view.canOperateQueues).toBe(false);
  });

  it('serves the board to the province admin, framable by the app itself only, with the CSRF cookie', async () => {
    const page = await get('/', sessions.admin);
    expect(page.status).toBe(200);
    expect(String(page.headers['content-type'])).toContain('text/html');
    expect(String(page.body)).toContain(`<base href="${QUEUE_DASHBOARD_PATH}/"`);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("script-src 'self'");
    const cookies = ([] as (string | number)[]).concat(page.headers['set-cookie'] ?? []).map(String);
    const xsrf = cookies.find((c) => c.startsWith(`${QUEUE_DASHBOARD_CSRF_COOKIE}=`));
    expect(xsrf).toBeDefined();
    expect(xsrf).toContain(`${QUEUE_DASHBOARD_CSRF_COOKIE}=${sessions.admin.csrf}`);
    expect(xsrf).toContain(`Path=${QUEUE_DASHBOARD_PATH}`);
    expect(xsrf).toContain('SameSite=Strict');
    expect(xsrf).not.toContain('HttpOnly');
    // Every other page still refuses to be framed.
    const health = await t.raw({ method: 'GET', url: '/api/health' });
    expect(String(health.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    // …while the web app's pages may frame this origin's pages (the board), besides the video hosts.
    expect(String(health.headers['content-security-policy'])).toMatch(/frame-src 'self' /);
    // A client-side route of the board is the same page.
    expect((await get(`/queue/${QueueName.IssueCertificate}`, sessions.admin)).status).toBe(200);
    const script = await get('/static/favicon-32x32.png', sessions.admin);
    expect(script.status).toBe(200);
  });

  it('lists every queue with its counts, the failed job among them', async () => {
    const response = await get('/api/queues', sessions.admin);
    expect(response.status).toBe(200);
    const { queues } = response.body as { queues: { name: string; counts: Record<string, number> }[] };
    expect(queues.map((q) => q.name).sort()).toEqual([...ALL_QUEUES].sort());
    expect(queues.find((q) => q.name === String(QueueName.IssueCertificate))!.counts.failed).toBe(1);

    const listed = await get(
      `/api/queues?activeQueue=${QueueName.IssueCertificate}&status=failed&page=1`,
      sessions.admin,
    );
    const active = (
      listed.body as { queues: { name: string; jobs: { id: string; failedReason: string }[] }[] }
    ).queues.find((q) => q.name === String(QueueName.IssueCertificate))!;
    expect(active.jobs.map((j) => j.id)).toEqual([failedJobId]);
    expect(active.jobs[0]!.failedReason).toContain('Không đọc được logo');
  });

  it('refuses a change without the session CSRF token, and with another session token', async () => {
    const path = `/api/queues/${QueueName.IssueCertificate}/${failedJobId}/retry`;
    const bare = await put(path, sessions.admin);
    expect(bare.status).toBe(403);
    expect(bare.body).toMatchObject({ error: { code: 'CSRF_INVALID' } });
    // A cookie alone proves nothing: the header must carry this session's token.
    const cookieOnly = await put(path, sessions.admin, {
      cookie: `${cookieOf(sessions.admin)}; ${QUEUE_DASHBOARD_CSRF_COOKIE}=${sessions.admin.csrf}`,
    });
    expect(cookieOnly.status).toBe(403);
    const wrong = await put(path, sessions.admin, { [QUEUE_DASHBOARD_CSRF_HEADER]: sessions.reviewer.csrf });
    expect(wrong.status).toBe(403);
    expect(await queue(QueueName.IssueCertificate).getJobState(failedJobId)).toBe('failed');
    // A district admin with her own valid token still may not.
    const district = await put(path, sessions.districtAdmin, { [CSRF_HEADER]: sessions.districtAdmin.csrf });
    expect(district.status).toBe(403);
    expect(district.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('refuses changes it does not offer, even with the token', async () => {
    const headers = { [QUEUE_DASHBOARD_CSRF_HEADER]: sessions.admin.csrf };
    const obliterate = await put(`/api/queues/${QueueName.IssueCertificate}/obliterate`, sessions.admin, headers);
    expect(obliterate.status).toBe(403);
    expect(obliterate.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const add = await t.raw({
      method: 'POST',
      url: board(`/api/queues/${QueueName.IssueCertificate}/add`),
      headers: { cookie: cookieOf(sessions.admin), 'content-type': 'application/json', ...headers },
      payload: JSON.stringify({ name: 'x', data: {}, options: {} }),
    });
    expect(add.status).toBe(403);
    expect(await queue(QueueName.IssueCertificate).getJobCounts('failed', 'waiting')).toEqual({
      failed: 1,
      waiting: 0,
    });
  });

  it('retries a failed job with the token the page handed over, and audits it', async () => {
    const response = await put(`/api/queues/${QueueName.IssueCertificate}/${failedJobId}/retry`, sessions.admin, {
      [QUEUE_DASHBOARD_CSRF_HEADER]: sessions.admin.csrf,
    });
    expect(response.status).toBe(204);
    expect(await queue(QueueName.IssueCertificate).getJobState(failedJobId)).toBe('waiting');
    const audit: { action: string; target_id: string; unit_id: string; details: Record<string, unknown> }[] =
      await t.db.query(
        `SELECT a.action, a.target_id, a.unit_id, a.details FROM audit_log a JOIN users u ON u.id = a.actor_user_id
          WHERE u.email = 'admin@example.org' AND a.action = 'queue.operate' ORDER BY a.occurred_at DESC LIMIT 1`,
      );
    const province = await fx.unitNamed('Nam Định', 'province');
    expect(audit[0]).toMatchObject({
      action: 'queue.operate',
      target_id: QueueName.IssueCertificate,
      unit_id: province.id,
      details: { operation: 'PUT /api/queues/:queueName/:jobId/retry', jobId: failedJobId },
    });
  });

  it('reports every metric of every queue in the health output', async () => {
    await queue(QueueName.IssueCertificate).add('later', { enrolmentId: 'x' }, { delay: 60_000 });
    const health = (await t.raw({ method: 'GET', url: '/api/health' })).body as HealthView;
    expect(Object.keys(health.queues).sort()).toEqual([...ALL_QUEUES].sort());
    expect(health.queues[QueueName.IssueCertificate]).toEqual({
      waiting: 1,
      active: 0,
      delayed: 1,
      failed: 0,
      completed: 0,
      paused: false,
      schedulers: 0,
      workers: 0,
    });
  });
});
