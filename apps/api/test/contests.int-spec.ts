import {
  routes,
  type ApiError,
  type AttemptView,
  type ContestPage,
  type ContestView,
  type Leaderboard,
  type MyContests,
} from '@sen/contracts';
import { DEMO_CONTEST_ID } from '../src/database/seed/demo-ids';
import { Fixtures } from './support/fixtures';
import { TestApp, type Session } from './support/test-app';

type PersonBoard = Extract<Leaderboard, { by: 'person' }>;
type UnitBoard = Extract<Leaderboard, { by: 'unit' }>;

describe('contests', () => {
  let t: TestApp;
  let fx: Fixtures;
  let trainer: Session;
  let district: string;
  let minhTan: string;

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    trainer = await t.signIn('trainer@example.org');
    district = (await fx.unitNamed('Vụ Bản', 'district')).id;
    minhTan = (await fx.unitNamed('Minh Tân', 'commune')).id;
  });
  afterAll(async () => {
    await t.stop();
  });

  const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

  /** A course of Minh Tân with a bank of `questions` true/false questions, and a valid contest body on it. */
  async function draft(questions = 3): Promise<Record<string, unknown>> {
    const course = await fx.course(minhTan, { published: true });
    const bankId = await fx.questionBank(course.courseId);
    for (let i = 0; i < questions; i += 1) await fx.question(bankId);
    return {
      courseId: course.courseId,
      bankId,
      title: 'Hội thi Tin học cấp xã',
      draw: [{ kind: 'random', category: null, count: questions }],
      timeLimitMinutes: 20,
      opensAt: inHours(1),
      closesAt: inHours(48),
      unitIds: [minhTan],
    };
  }

  const create = (body: Record<string, unknown>) =>
    t.call<ContestView & ApiError>(routes.createContest, { as: trainer, body });
  const update = (id: string, body: Record<string, unknown>) =>
    t.call<ContestView & ApiError>(routes.updateContest, { as: trainer, params: { id }, body });
  const board = <B extends Leaderboard>(as: Session, id: string, query: Record<string, string | number> = {}) =>
    t.call<B>(routes.contestLeaderboard, { as, params: { id }, query });

  /** A submitted attempt with the given percent and time (seconds), graded `agoSeconds` ago. */
  async function submitted(
    quizId: string,
    personId: string,
    unitId: string,
    result: { percent: number; seconds: number; agoSeconds: number; attemptNo?: number },
  ): Promise<void> {
    await t.db.query(
      `INSERT INTO quiz_attempts (quiz_id, person_id, unit_id, attempt_no, status, started_at, deadline_at, submitted_at,
                                  graded_as_of, score, max_score, percent, passed, last_request_id)
       VALUES ($1, $2, $3, $4, 'submitted', now() - make_interval(secs => $5::int + $6::int), now() + interval '1 hour',
               now() - make_interval(secs => $6::int), now() - make_interval(secs => $6::int), $7::numeric / 10, 10, $7, $7::numeric >= 50,
               'crafted')`,
      [quizId, personId, unitId, result.attemptNo ?? 1, result.seconds, result.agoSeconds, result.percent],
    );
  }

  it('creates a contest checked against the bank and the author’s scope, and audits it', async () => {
    const body = await draft();
    const created = await create(body);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      title: 'Hội thi Tin học cấp xã',
      status: 'upcoming',
      timeLimitMinutes: 20,
      questionCount: 3,
      maxAttempts: 1,
      units: [{ id: minhTan, name: expect.stringContaining('Minh Tân') }],
      frozenAt: null,
      canManage: true,
    });
    const [audit] = await t.db.query(
      `SELECT action, request_id FROM audit_log WHERE target_id = $1 AND action = 'contest.create'`,
      [created.body.id],
    );
    expect(audit).toEqual({ action: 'contest.create', request_id: created.headers['x-request-id'] });

    const field = async (changes: Record<string, unknown>) => {
      const r = await create({ ...body, ...changes });
      return [r.status, r.body.error?.fields?.[0]?.path];
    };
    expect(await field({ timeLimitMinutes: undefined })).toEqual([400, 'body.timeLimitMinutes']);
    expect(await field({ opensAt: undefined })).toEqual([400, 'body.opensAt']);
    expect(await field({ unitIds: [] })).toEqual([400, 'body.unitIds']);
    expect(await field({ unitIds: [minhTan, minhTan] })).toEqual([400, 'body.unitIds']);
    expect(await field({ closesAt: inHours(-1), opensAt: inHours(-2) })).toEqual([400, 'body.closesAt']);
    expect(await field({ draw: [{ kind: 'random', category: null, count: 4 }] })).toEqual([422, 'body.draw']);
    expect(await field({ draw: [{ kind: 'random', category: 'Không có', count: 1 }] })).toEqual([
      400,
      'body.draw.0.category',
    ]);
    expect(await field({ bankId: (await draft()).bankId })).toEqual([400, 'body.bankId']);
    const elsewhere = await fx.unit(await fx.unit(null, 'province', 'Hội LHPN tỉnh Khác'), 'district');
    expect(await field({ unitIds: [minhTan, elsewhere] })).toEqual([404, 'body.unitIds.1']);
    const reviewer = await t.signIn('reviewer@example.org');
    expect((await t.call(routes.createContest, { as: reviewer, body })).status).toBe(403);
  });

  it('fixes the questions and time once open, still lets the title and close change, and lists it', async () => {
    const body = await draft();
    const id = (await create(body)).body.id;
    // Before it opens everything may change.
    const early = await update(id, { ...body, draw: [{ kind: 'random', category: null, count: 2 }] });
    expect([early.status, early.body.questionCount]).toEqual([200, 2]);
    await t.db.query(`UPDATE quizzes SET opens_at = date_trunc('second', now()) - interval '1 minute' WHERE id = $1`, [
      id,
    ]);
    const [row] = await t.db.query<{ opens: Date }[]>(`SELECT opens_at AS opens FROM quizzes WHERE id = $1`, [id]);
    const fixed = { ...body, draw: early.body.draw, opensAt: row!.opens.toISOString() };
    const refused = await update(id, {
      ...fixed,
      draw: [{ kind: 'random', category: null, count: 3 }],
      timeLimitMinutes: 30,
    });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'CONTEST_STARTED']);
    expect(refused.body.error.fields?.map((f) => f.path)).toEqual(['body.draw', 'body.timeLimitMinutes']);
    const renamed = await update(id, { ...fixed, title: 'Hội thi đổi tên', closesAt: inHours(72) });
    expect([renamed.status, renamed.body.title, renamed.body.status]).toEqual([200, 'Hội thi đổi tên', 'open']);
    const list = await t.call<ContestPage>(routes.listContests, { as: trainer, query: { pageSize: 100 } });
    expect(list.body.items.some((c) => c.id === id && c.title === 'Hội thi đổi tên')).toBe(true);
    // A reviewer of the district sees it (her district's people take part) but cannot change it.
    const districtReviewer = await t.signIn('reviewer.vuban@example.org');
    const seen = await t.call<ContestView>(routes.getContest, { as: districtReviewer, params: { id } });
    expect([seen.status, seen.body.canManage]).toEqual([200, false]);
  });

  it('is open to the people of its units’ subtrees only', async () => {
    const contest = await fx.contest(minhTan, { unitIds: [minhTan] });
    const branch = await fx.unit(minhTan, 'branch');
    const inside = await fx.user(branch);
    const outside = await fx.user((await fx.unitNamed('Liên Minh', 'commune')).id);
    const her = await t.signIn(inside.email);
    const other = await t.signIn(outside.email);
    expect((await t.call(routes.myQuiz, { as: her, params: { id: contest.quizId } })).status).toBe(200);
    expect((await t.call<AttemptView>(routes.startAttempt, { as: her, params: { id: contest.quizId } })).status).toBe(
      200,
    );
    expect((await t.call(routes.myQuiz, { as: other, params: { id: contest.quizId } })).status).toBe(404);
    expect((await t.call(routes.startAttempt, { as: other, params: { id: contest.quizId } })).status).toBe(404);
    expect((await board(other, contest.quizId)).status).toBe(404);

    const mine = (await t.call<MyContests>(routes.myContests, { as: her })).body;
    expect(mine.items.find((c) => c.id === contest.quizId)).toMatchObject({
      status: 'open',
      me: { state: 'in_progress', attempts: 1, bestPercent: null },
    });
    const theirs = (await t.call<MyContests>(routes.myContests, { as: other })).body;
    expect(theirs.items.some((c) => c.id === contest.quizId)).toBe(false);
  });

  /**
   * Two communes of Vụ Bản: X with branches X1 and X2, Y with branch Y1 and a member of Y itself.
   *   X1: a 100 % 60 s, b 100 % 60 s (later), x 50 % (a's first try is worse)
   *   X2: c 100 % 90 s, d 80 % 30 s
   *   Y1: f 70 % 120 s then 70 % 100 s
   *   Y:  g 60 % 50 s
   *   X1: e 90 % 10 s, withdrawn
   */
  async function ranked() {
    const communeX = await fx.unit(district, 'commune', 'Xã Thi Đua');
    const communeY = await fx.unit(district, 'commune', 'Xã Hăng Hái');
    const x1 = await fx.unit(communeX, 'branch', 'Chi hội X1');
    const x2 = await fx.unit(communeX, 'branch', 'Chi hội X2');
    const y1 = await fx.unit(communeY, 'branch', 'Chi hội Y1');
    const contest = await fx.contest(minhTan, { unitIds: [communeX, communeY] });
    const people = {
      a: await fx.user(x1),
      b: await fx.user(x1),
      c: await fx.user(x2),
      d: await fx.user(x2),
      e: await fx.user(x1),
      f: await fx.user(y1),
      g: await fx.user(communeY),
    };
    const q = contest.quizId;
    await submitted(q, people.a.personId, x1, { percent: 50, seconds: 30, agoSeconds: 900 });
    await submitted(q, people.a.personId, x1, { percent: 100, seconds: 60, agoSeconds: 500, attemptNo: 2 });
    await submitted(q, people.b.personId, x1, { percent: 100, seconds: 60, agoSeconds: 400 });
    await submitted(q, people.c.personId, x2, { percent: 100, seconds: 90, agoSeconds: 300 });
    await submitted(q, people.d.personId, x2, { percent: 80, seconds: 30, agoSeconds: 300 });
    await submitted(q, people.e.personId, x1, { percent: 90, seconds: 10, agoSeconds: 300 });
    await submitted(q, people.f.personId, y1, { percent: 70, seconds: 120, agoSeconds: 300 });
    await submitted(q, people.f.personId, y1, { percent: 70, seconds: 100, agoSeconds: 200, attemptNo: 2 });
    await submitted(q, people.g.personId, communeY, { percent: 60, seconds: 50, agoSeconds: 200 });
    const withdrawn = await t.call<ContestView>(routes.withdrawContestant, {
      as: trainer,
      params: { id: q },
      body: { personId: people.e.personId, reason: 'Nhờ người làm hộ' },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.withdrawals).toEqual([
      expect.objectContaining({
        person: { id: people.e.personId, name: expect.any(String) },
        reason: 'Nhờ người làm hộ',
      }),
    ]);
    return { contest, people, units: { communeX, communeY, x1, x2, y1 } };
  }

  it('ranks best attempts with shared ranks, leaves the withdrawn out, and marks her own row', async () => {
    const { contest, people, units } = await ranked();
    const f = await t.signIn(people.f.email);
    const page = (await board<PersonBoard>(f, contest.quizId, { pageSize: 3 })).body;
    expect(page).toMatchObject({ by: 'person', frozen: false, status: 'open', participants: 6, total: 6 });
    expect(page.items.map((r) => [r.person.id, r.rank, r.percent, r.timeSeconds])).toEqual([
      [people.a.personId, 1, 100, 60],
      [people.b.personId, 1, 100, 60],
      [people.c.personId, 3, 100, 90],
    ]);
    expect(page.items[0]).toMatchObject({
      unit: { id: units.x1, name: 'Chi hội X1' },
      branch: { id: units.x1, name: 'Chi hội X1' },
      commune: { id: units.communeX, name: 'Xã Thi Đua' },
      isMe: false,
    });
    // Her own row, although it is on another page.
    expect(page.me).toMatchObject({ person: { id: people.f.personId }, rank: 5, timeSeconds: 100, isMe: true });
    const second = (await board<PersonBoard>(f, contest.quizId, { pageSize: 3, page: 2 })).body;
    expect(second.items.map((r) => [r.person.id, r.rank, r.isMe])).toEqual([
      [people.d.personId, 4, false],
      [people.f.personId, 5, true],
      [people.g.personId, 6, false],
    ]);
    // The withdrawn contestant cannot start again.
    const e = await t.signIn(people.e.email);
    const refused = await t.call<ApiError>(routes.startAttempt, { as: e, params: { id: contest.quizId } });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'QUIZ_WITHDRAWN']);
    const again = await t.call<ApiError>(routes.withdrawContestant, {
      as: trainer,
      params: { id: contest.quizId },
      body: { personId: people.e.personId, reason: 'Lần nữa' },
    });
    expect(again.status).toBe(409);
  });

  it('ranks branches and communes by mean best percent, then mean time', async () => {
    const { contest, units } = await ranked();
    const branches = (await board<UnitBoard>(trainer, contest.quizId, { by: 'unit', level: 'branch' })).body;
    expect(
      branches.items.map((r) => [r.unit?.id ?? null, r.rank, r.participants, r.meanPercent, r.meanTimeSeconds]),
    ).toEqual([
      [units.x1, 1, 2, 100, 60],
      [units.x2, 2, 2, 90, 60],
      [units.y1, 3, 1, 70, 100],
      // Her unit is the commune itself: no branch.
      [null, 4, 1, 60, 50],
    ]);
    const communes = (await board<UnitBoard>(trainer, contest.quizId, { by: 'unit', level: 'commune' })).body;
    expect(communes).toMatchObject({ by: 'unit', level: 'commune', participants: 6, total: 2 });
    expect(communes.items.map((r) => [r.unit?.name, r.rank, r.participants, r.meanPercent, r.meanTimeSeconds])).toEqual(
      [
        ['Xã Thi Đua', 1, 4, 95, 60],
        ['Xã Hăng Hái', 2, 2, 65, 75],
      ],
    );
  });

  it('freezes the result after the close: overdue attempts graded, later changes ignored', async () => {
    const { contest, people, units } = await ranked();
    // h ran out of time two minutes ago with the right answer saved.
    const h = await fx.user(units.x1);
    const [attempt] = await t.db.query(
      `INSERT INTO quiz_attempts (quiz_id, person_id, unit_id, attempt_no, started_at, deadline_at, answers, last_request_id)
       SELECT $1, $2, m.unit_id, 1, now() - interval '22 minutes', now() - interval '2 minutes', '{}', 'crafted'
         FROM memberships m WHERE m.person_id = $2 RETURNING id`,
      [contest.quizId, h.personId],
    );
    await t.db.query(
      `INSERT INTO quiz_attempt_questions (attempt_id, position, question_id, stem_html, points, content)
       SELECT $1, 1, id, stem_html, points, content FROM questions WHERE bank_id = $2`,
      [attempt.id, contest.bankId],
    );
    const [question] = await t.db.query(`SELECT id FROM questions WHERE bank_id = $1`, [contest.bankId]);
    await t.db.query(`UPDATE quiz_attempts SET answers = $2 WHERE id = $1`, [
      attempt.id,
      JSON.stringify({ [question.id]: { type: 'true_false', answer: true } }),
    ]);

    const live = (await board<PersonBoard>(trainer, contest.quizId)).body;
    expect([live.frozen, live.participants]).toEqual([false, 6]);
    await t.db.query(
      `UPDATE quizzes SET opens_at = now() - interval '2 hours', closes_at = now() - interval '1 minute' WHERE id = $1`,
      [contest.quizId],
    );
    const frozen = (await board<PersonBoard>(trainer, contest.quizId, { pageSize: 100 })).body;
    expect(frozen).toMatchObject({ frozen: true, status: 'closed', participants: 7 });
    expect(frozen.frozenAt).toEqual(expect.any(String));
    // Graded late, as of its deadline: full marks in 20 minutes, behind the three faster full marks.
    expect(frozen.items.find((r) => r.person.id === h.personId)).toMatchObject({
      rank: 4,
      percent: 100,
      timeSeconds: 1200,
    });
    const [graded] = await t.db.query(`SELECT status, late FROM quiz_attempts WHERE id = $1`, [attempt.id]);
    expect(graded).toEqual({ status: 'submitted', late: true });

    // A regrade and a withdrawal afterwards leave the published result as it was.
    await t.db.query(`UPDATE quiz_attempts SET percent = 10 WHERE quiz_id = $1 AND person_id = $2`, [
      contest.quizId,
      people.a.personId,
    ]);
    const late = await t.call(routes.withdrawContestant, {
      as: trainer,
      params: { id: contest.quizId },
      body: { personId: people.b.personId, reason: 'Phát hiện sau' },
    });
    expect(late.status).toBe(200);
    const after = (await board<PersonBoard>(trainer, contest.quizId, { pageSize: 100 })).body;
    expect(after.items).toEqual(frozen.items);
    expect(after.frozenAt).toBe(frozen.frozenAt);
    const branches = (await board<UnitBoard>(trainer, contest.quizId, { by: 'unit', level: 'branch' })).body;
    expect([branches.frozen, branches.items[0]?.participants]).toEqual([true, 3]);
    const edit = await update(contest.quizId, contest.body);
    expect([edit.status, edit.body.error.code]).toEqual([409, 'CONTEST_FINAL']);
  });

  it('stores one final result when many read at the close at once', async () => {
    const { contest } = await ranked();
    await t.db.query(
      `UPDATE quizzes SET opens_at = now() - interval '2 hours', closes_at = now() - interval '1 minute' WHERE id = $1`,
      [contest.quizId],
    );
    const reads = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        board<Leaderboard>(trainer, contest.quizId, i % 3 === 0 ? { by: 'unit', level: 'commune' } : {}),
      ),
    );
    expect(reads.map((r) => r.status)).toEqual(Array(30).fill(200));
    expect(new Set(reads.map((r) => r.body.frozenAt)).size).toBe(1);
    expect(reads.every((r) => r.body.frozen)).toBe(true);
    const persons = reads.filter((r) => r.body.by === 'person').map((r) => JSON.stringify(r.body.items));
    expect(new Set(persons).size).toBe(1);
  });

  it('seeds a province-wide demo contest that the province’s members can take', async () => {
    const trainee = await t.signIn('trainee@example.org');
    const mine = (await t.call<MyContests>(routes.myContests, { as: trainee })).body;
    const demo = mine.items.find((c) => c.id === DEMO_CONTEST_ID);
    expect(demo).toMatchObject({
      title: expect.stringContaining('Hội thi Tin học'),
      status: 'open',
      questionCount: 10,
      timeLimitMinutes: 20,
      me: { state: 'not_started', attempts: 0, bestPercent: null },
    });
    // Somebody else of the province takes it, so the demo trainee's state stays as seeded for other suites.
    const member = await t.signIn((await fx.user((await fx.unitNamed('Yên Trung', 'commune')).id)).email);
    const attempt = await t.call<AttemptView>(routes.startAttempt, { as: member, params: { id: DEMO_CONTEST_ID } });
    expect([attempt.status, attempt.body.questions.length]).toEqual([200, 10]);
    expect(Date.parse(attempt.body.deadlineAt!) - Date.parse(attempt.body.startedAt)).toBe(20 * 60_000);
  });

  it('exports the ranked results as CSV for Excel', async () => {
    const { contest, people } = await ranked();
    await t.db.query(`UPDATE people SET full_name = '=HYPERLINK("x")' WHERE id = $1`, [people.g.personId]);
    const csv = await t.call(routes.exportContestResults, { as: trainer, params: { id: contest.quizId } });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(String(csv.headers['content-disposition'])).toMatch(/^attachment; filename\*=UTF-8''/);
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Hạng,Họ và tên,Đơn vị,Chi hội,Xã/phường,Điểm (%),Thời gian làm bài,Thời gian (giây),Nộp lúc',
    );
    expect(lines).toHaveLength(7);
    expect(lines[1]).toMatch(
      /^1,Nguyễn Thị Thử \d+,Chi hội X1,Chi hội X1,Xã Thi Đua,100\.00,0:01:00,60,\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/,
    );
    expect(lines[6]).toMatch(/^6,"'=HYPERLINK\(""x""\)",Xã Hăng Hái,,Xã Hăng Hái,60\.00,0:00:50,50,/);
    const trainee = await t.signIn(people.a.email);
    expect((await t.call(routes.exportContestResults, { as: trainee, params: { id: contest.quizId } })).status).toBe(
      403,
    );
  });
});
