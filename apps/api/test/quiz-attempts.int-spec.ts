import {
  routeList,
  routes,
  type ApiError,
  type AttemptView,
  type CourseOutline,
  type QuestionAnswer,
  type QuestionView,
  type QuizSettingsBody,
  type QuizSettingsView,
  type TraineeQuizView,
} from '@sen/contracts';
import { Fixtures } from './support/fixtures';
import { TestApp, type Session } from './support/test-app';

/**
 * Every question's key carries a marker no trainee-facing answer may contain before she is allowed to
 * see the key: accepted answers, feedback, and (by the allowlist) no `correct` flag anywhere.
 */
const SECRET = 'KHOA-BI-MAT';

const QUESTIONS = [
  {
    type: 'single_choice',
    stem: '<p>Câu một lựa chọn</p>',
    category: 'An toàn',
    options: [
      { text: 'Đúng', correct: true, feedback: `${SECRET}-single-right` },
      { text: 'Sai', correct: false, feedback: `${SECRET}-single-wrong` },
    ],
    feedback: `${SECRET}-single`,
  },
  {
    type: 'multiple_choice',
    stem: '<p>Câu nhiều lựa chọn</p>',
    points: 2,
    category: 'An toàn',
    options: [
      { text: 'A', correct: true },
      { text: 'B', correct: true },
      { text: 'C', correct: false, feedback: `${SECRET}-multi` },
    ],
  },
  {
    type: 'true_false',
    stem: '<p>Đúng hay sai</p>',
    category: 'Pháp luật',
    answer: false,
    trueFeedback: `${SECRET}-tf-true`,
    falseFeedback: `${SECRET}-tf-false`,
  },
  {
    type: 'short_text',
    stem: '<p>Thủ đô?</p>',
    category: 'Pháp luật',
    acceptedAnswers: [`Hà Nội ${SECRET}`, 'Hà Nội'],
  },
  {
    type: 'ordering',
    stem: '<p>Sắp xếp</p>',
    category: 'Pháp luật',
    items: [{ text: 'Một' }, { text: 'Hai' }, { text: 'Ba' }, { text: 'Bốn' }],
  },
] as const;

describe('quiz attempts', () => {
  let t: TestApp;
  let fx: Fixtures;
  let trainer: Session;
  let commune: string;

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    trainer = await t.signIn('trainer@example.org');
    commune = (await fx.unitNamed('Minh Tân', 'commune')).id;
  });
  afterAll(async () => {
    await t.stop();
  });

  interface Setup {
    quizId: string;
    lessonId: string;
    courseId: string;
    versionId: string;
    questions: QuestionView[];
  }

  /** A course whose only lesson is a quiz step over a bank holding one question of every type. */
  async function quizCourse(rules: Partial<QuizSettingsBody> = {}): Promise<Setup> {
    const course = await fx.course(commune);
    const bankId = await fx.questionBank(course.courseId, ['An toàn', 'Pháp luật']);
    const questions: QuestionView[] = [];
    for (const body of QUESTIONS) {
      const r = await t.call<QuestionView>(routes.createQuestion, { as: trainer, params: { id: bankId }, body });
      expect(r.status).toBe(200);
      questions.push(r.body);
    }
    const settings = await t.call<QuizSettingsView>(routes.putLessonQuiz, {
      as: trainer,
      params: { id: course.lessonId },
      body: { bankId, draw: [{ kind: 'random', category: null, count: 5 }], ...rules },
    });
    expect(settings.status).toBe(200);
    const published = await t.call(routes.publishCourseVersion, { as: trainer, params: { id: course.versionId } });
    expect(published.status).toBe(200);
    return { quizId: settings.body.id, ...course, questions };
  }

  async function trainee(setup: Setup): Promise<{ session: Session; personId: string; enrolmentId: string }> {
    const user = await fx.user(commune);
    const enrolmentId = await fx.enrolment(user.personId, setup);
    return { session: await t.signIn(user.email), personId: user.personId, enrolmentId };
  }

  /** The right answer to each question, from the key the trainer wrote. */
  function rightAnswers(questions: QuestionView[]): Record<string, QuestionAnswer> {
    return Object.fromEntries(questions.map((q) => [q.id, rightAnswer(q)]));
  }
  function rightAnswer(q: QuestionView): QuestionAnswer {
    const c = q.content;
    switch (c.type) {
      case 'single_choice':
        return { type: c.type, optionId: c.options.find((o) => o.correct)!.id };
      case 'multiple_choice':
        return { type: c.type, optionIds: c.options.filter((o) => o.correct).map((o) => o.id) };
      case 'true_false':
        return { type: c.type, answer: c.answer };
      case 'short_text':
        return { type: c.type, text: ' hà nội ' };
      case 'ordering':
        return { type: c.type, itemIds: c.items.map((i) => i.id) };
    }
  }

  const start = (as: Session, quizId: string) =>
    t.call<AttemptView>(routes.startAttempt, { as, params: { id: quizId } });
  const submit = (as: Session, attemptId: string, body: object = {}) =>
    t.call<AttemptView>(routes.submitAttempt, { as, params: { id: attemptId }, body });
  const save = (as: Session, attemptId: string, revision: number, answers: Record<string, QuestionAnswer>) =>
    t.call<{ revision: number; applied: boolean }>(routes.saveAttemptAnswers, {
      as,
      params: { id: attemptId },
      body: { revision, answers },
    });

  it('never sends a key before the review allows it, for every question type', async () => {
    const setup = await quizCourse({ review: 'correct_answers', maxAttempts: 1 });
    const { session, enrolmentId } = await trainee(setup);
    const quiz = await t.call<TraineeQuizView>(routes.myQuiz, { as: session, params: { id: setup.quizId } });
    expect(quiz.status).toBe(200);
    // The way back to the step in her course.
    expect(quiz.body).toMatchObject({ enrolmentId, lessonId: setup.lessonId });
    const attempt = await start(session, setup.quizId);
    expect(attempt.status).toBe(200);
    expect(attempt.body.questions.map((q) => q.question.type).sort()).toEqual(
      ['multiple_choice', 'ordering', 'short_text', 'single_choice', 'true_false'].sort(),
    );
    const reread = await t.call<AttemptView>(routes.myAttempt, { as: session, params: { id: attempt.body.id } });
    for (const response of [quiz, attempt, reread]) {
      const json = JSON.stringify(response.body);
      expect(json).not.toContain(SECRET);
      expect(json).not.toMatch(/"correct"|"acceptedAnswers"|"answer":(true|false)|"key":\{/);
    }
    // The ordering question is never shown in its answer's order.
    const ordering = setup.questions.find((q) => q.content.type === 'ordering')!;
    const shown = attempt.body.questions.find((q) => q.question.id === ordering.id)!.question.options!.map((o) => o.id);
    expect(shown).not.toEqual(ordering.content.type === 'ordering' && ordering.content.items.map((i) => i.id));

    // After her last attempt the policy shows the key and the feedback.
    const done = await submit(session, attempt.body.id, { answers: rightAnswers(setup.questions) });
    expect(done.status).toBe(200);
    expect(done.body.review).toBe('correct_answers');
    expect(JSON.stringify(done.body)).toContain(SECRET);
  });

  /**
   * Routes a trainee reaches that cannot carry a question: account, file and reference routes. Every other route
   * open to any signed-in user is called below, so a new trainee route must join the check.
   */
  const NOT_ABOUT_QUIZZES = new Set([
    'signOut',
    'updateMe',
    'changeOwnPassword',
    'getFile',
    'getFileVariant',
    'selfEnrol',
    'listUnitLevels',
    // A certificate prints and signs the holder's name and the course, never a question.
    'downloadMyCertificate',
    'myCertificateBadge',
    'recertify',
  ]);

  it('sends no key in the JSON of any trainee route while attempts remain', async () => {
    const setup = await quizCourse({ review: 'correct_answers', maxAttempts: 2 });
    const { session, enrolmentId } = await trainee(setup);
    const bodies = new Map<string, unknown>();
    const call = async (name: keyof typeof routes, options: object = {}) => {
      const response = await t.call(routes[name], { as: session, ...options });
      expect({ name, status: response.status }).toEqual({ name, status: 200 });
      bodies.set(name, response.body);
      return response.body;
    };
    await call('session');
    await call('catalogue');
    await call('myLearning');
    await call('myCertificates');
    await call('myEnrolment', { params: { id: enrolmentId } });
    const lesson = (await call('myLesson', { params: { id: enrolmentId, lessonId: setup.lessonId } })) as {
      quizId: string;
    };
    expect(lesson.quizId).toBe(setup.quizId);
    await call('myQuiz', { params: { id: setup.quizId } });
    const attempt = (await call('startAttempt', { params: { id: setup.quizId } })) as AttemptView;
    await call('myAttempt', { params: { id: attempt.id } });
    await call('saveAttemptAnswers', {
      params: { id: attempt.id },
      body: { revision: 1, answers: rightAnswers(setup.questions) },
    });
    await call('recordProgress', {
      body: {
        events: [
          {
            id: crypto.randomUUID(),
            enrolmentId,
            lessonId: setup.lessonId,
            kind: 'opened',
            occurredAt: new Date().toISOString(),
          },
        ],
      },
    });
    // Graded and reviewed at level `answers`: she has a second attempt, so still no key.
    await call('submitAttempt', { params: { id: attempt.id }, body: {} });
    // A contest on the same bank, open to her commune: its routes carry no key either.
    const [contest] = await t.db.query<{ id: string }[]>(
      `INSERT INTO quizzes (kind, course_id, title, bank_id, draw, pass_mark, max_attempts, time_limit_seconds, opens_at,
                            closes_at, review, unit_ids, created_by)
       SELECT 'contest', $1, 'Hội thi thử', $2, '[{"kind":"random","category":null,"count":5}]', 50, 2, 600,
              now() - interval '1 hour', now() + interval '1 day', 'correct_answers', ARRAY[$3::uuid], id
         FROM users WHERE email = 'trainer@example.org' RETURNING id`,
      [setup.courseId, setup.questions[0]!.bankId, commune],
    );
    await call('myContests');
    const entry = (await t.call<AttemptView>(routes.startAttempt, { as: session, params: { id: contest!.id } })).body;
    await t.call(routes.submitAttempt, { as: session, params: { id: entry.id }, body: {} });
    await call('contestLeaderboard', { params: { id: contest!.id } });
    for (const [name, body] of bodies) {
      const json = JSON.stringify(body);
      expect({ name, leaks: json.includes(SECRET) || /"correct":|"acceptedAnswers":|"key":\{/.test(json) }).toEqual({
        name,
        leaks: false,
      });
    }
    const traineeRoutes = routeList.filter((r) => r.access === 'authenticated').map((r) => r.name);
    expect(traineeRoutes.filter((name) => !NOT_ABOUT_QUIZZES.has(name) && !bodies.has(name))).toEqual([]);
  });

  it('grades on the server, completes the step and the course, and submitting again changes nothing', async () => {
    const setup = await quizCourse({ passMark: 80 });
    const { session, enrolmentId } = await trainee(setup);
    const attempt = (await start(session, setup.quizId)).body;
    const answers = rightAnswers(setup.questions);
    const multi = setup.questions.find((q) => q.content.type === 'multiple_choice')!;
    // One of two right options and no wrong one: half of 2 points.
    const c = multi.content.type === 'multiple_choice' ? multi.content : null;
    answers[multi.id] = { type: 'multiple_choice', optionIds: [c!.options.find((o) => o.correct)!.id] };
    expect((await save(session, attempt.id, 1, answers)).body).toMatchObject({ revision: 1, applied: true });
    const first = await submit(session, attempt.id);
    expect(first.status).toBe(200);
    expect(first.body.result).toMatchObject({ score: 5, maxScore: 6, percent: 83.33, passed: true, late: false });
    const multiView = first.body.questions.find((q) => q.question.id === multi.id)!;
    expect(multiView.grade).toEqual({ score: 1, maxScore: 2, outcome: 'partial' });
    const again = await submit(session, attempt.id, { answers: {}, revision: 99 });
    expect(again.body.result).toEqual(first.body.result);
    const [enrolment] = await t.db.query(
      `SELECT completed_lessons, completed_at IS NOT NULL AS done FROM enrolments WHERE id = $1`,
      [enrolmentId],
    );
    expect(enrolment).toEqual({ completed_lessons: 1, done: true });
    const [progress] = await t.db.query(
      `SELECT completed_at IS NOT NULL AS done FROM lesson_progress WHERE enrolment_id = $1 AND lesson_id = $2`,
      [enrolmentId, setup.lessonId],
    );
    expect(progress).toEqual({ done: true });
  });

  it('keeps the newest autosave, refuses answers of other questions, and a failed attempt completes nothing', async () => {
    const setup = await quizCourse({ review: 'score' });
    const { session, enrolmentId } = await trainee(setup);
    const attempt = (await start(session, setup.quizId)).body;
    const tf = setup.questions.find((q) => q.content.type === 'true_false')!;
    expect((await save(session, attempt.id, 5, { [tf.id]: { type: 'true_false', answer: false } })).body.applied).toBe(
      true,
    );
    expect((await save(session, attempt.id, 4, { [tf.id]: { type: 'true_false', answer: true } })).body.applied).toBe(
      false,
    );
    const stranger = await save(session, attempt.id, 6, {
      '00000000-0000-4000-8000-000000000000': { type: 'true_false', answer: true },
    });
    expect(stranger.status).toBe(400);
    const wrongType = await save(session, attempt.id, 6, { [tf.id]: { type: 'short_text', text: 'x' } });
    expect((wrongType.body as unknown as ApiError).error.fields?.[0]?.path).toBe(`body.answers.${tf.id}.type`);
    const reread = (await t.call<AttemptView>(routes.myAttempt, { as: session, params: { id: attempt.id } })).body;
    expect(reread.questions.find((q) => q.question.id === tf.id)!.answer).toEqual({
      type: 'true_false',
      answer: false,
    });
    const done = (await submit(session, attempt.id)).body;
    expect(done.result).toMatchObject({ score: 1, maxScore: 6, passed: false });
    // Review `score`: no questions at all after the attempt.
    expect(done.questions).toEqual([]);
    const [enrolment] = await t.db.query(`SELECT completed_lessons FROM enrolments WHERE id = $1`, [enrolmentId]);
    expect(enrolment).toEqual({ completed_lessons: 0 });
    expect((await save(session, attempt.id, 7, {})).status).toBe(409);
  });

  it('grades a late submission as of the deadline with what was saved in time', async () => {
    const setup = await quizCourse({ timeLimitMinutes: 15 });
    const { session } = await trainee(setup);
    const attempt = (await start(session, setup.quizId)).body;
    expect(Date.parse(attempt.deadlineAt!) - Date.parse(attempt.startedAt)).toBe(15 * 60_000);
    const answers = rightAnswers(setup.questions);
    const [tf] = setup.questions.filter((q) => q.content.type === 'true_false');
    await save(session, attempt.id, 1, { [tf!.id]: answers[tf!.id]! });
    // Her time ran out two minutes ago: beyond the grace.
    await t.db.query(
      `UPDATE quiz_attempts SET started_at = now() - interval '17 minutes', deadline_at = now() - interval '2 minutes' WHERE id = $1`,
      [attempt.id],
    );
    expect((await save(session, attempt.id, 2, answers)).status).toBe(409);
    const late = await submit(session, attempt.id, { answers, revision: 3 });
    expect(late.status).toBe(200);
    expect(late.body.result).toMatchObject({ score: 1, late: true, gradedAsOf: expect.any(String) });
    const [row] = await t.db.query(
      `SELECT graded_as_of = deadline_at AS at_deadline FROM quiz_attempts WHERE id = $1`,
      [attempt.id],
    );
    expect(row).toEqual({ at_deadline: true });
  });

  it('accepts a submission inside the grace period in full', async () => {
    const setup = await quizCourse({ timeLimitMinutes: 5 });
    const { session } = await trainee(setup);
    const attempt = (await start(session, setup.quizId)).body;
    await t.db.query(`UPDATE quiz_attempts SET deadline_at = now() - interval '5 seconds' WHERE id = $1`, [attempt.id]);
    const done = await submit(session, attempt.id, { answers: rightAnswers(setup.questions), revision: 1 });
    expect(done.body.result).toMatchObject({ score: 6, passed: true, late: false });
  });

  it('makes one attempt of 50 simultaneous starts, and never more than the limit', async () => {
    const setup = await quizCourse({ maxAttempts: 2 });
    const { session, personId } = await trainee(setup);
    const starts = await Promise.all(Array.from({ length: 50 }, () => start(session, setup.quizId)));
    expect(starts.map((s) => s.status)).toEqual(Array(50).fill(200));
    expect(new Set(starts.map((s) => s.body.id)).size).toBe(1);
    await submit(session, starts[0]!.body.id);
    const second = await Promise.all(Array.from({ length: 50 }, () => start(session, setup.quizId)));
    expect(new Set(second.map((s) => s.body.id)).size).toBe(1);
    // 50 simultaneous submissions of one attempt grade it once.
    const submits = await Promise.all(Array.from({ length: 50 }, () => submit(session, second[0]!.body.id)));
    expect(new Set(submits.map((s) => JSON.stringify(s.body.result))).size).toBe(1);
    const third = await Promise.all(Array.from({ length: 50 }, () => start(session, setup.quizId)));
    expect(third.map((s) => s.status)).toEqual(Array(50).fill(409));
    expect((third[0]!.body as unknown as ApiError).error.code).toBe('QUIZ_ATTEMPTS_EXHAUSTED');
    const [count] = await t.db.query(
      `SELECT count(*)::int AS n FROM quiz_attempts WHERE quiz_id = $1 AND person_id = $2`,
      [setup.quizId, personId],
    );
    expect(count).toEqual({ n: 2 });
  });

  it('hides the key while attempts remain, then shows it', async () => {
    const setup = await quizCourse({ review: 'correct_answers', maxAttempts: 2 });
    const { session } = await trainee(setup);
    const first = (await start(session, setup.quizId)).body;
    const graded = (await submit(session, first.id)).body;
    expect(graded.review).toBe('answers');
    expect(graded.questions.every((q) => q.key === null && q.feedback.length === 0)).toBe(true);
    expect(JSON.stringify(graded)).not.toContain(SECRET);
    const second = (await start(session, setup.quizId)).body;
    expect(second.attemptNo).toBe(2);
    const last = (await submit(session, second.id)).body;
    expect(last.review).toBe('correct_answers');
    expect(last.questions.every((q) => q.key !== null)).toBe(true);
    const firstNow = (await t.call<AttemptView>(routes.myAttempt, { as: session, params: { id: first.id } })).body;
    expect(firstNow.review).toBe('correct_answers');
  });

  it('refuses quizzes not open, closed, of other courses, and other trainees’ attempts', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const notOpen = await quizCourse({ opensAt: future });
    const { session } = await trainee(notOpen);
    const refused = await start(session, notOpen.quizId);
    expect([refused.status, (refused.body as unknown as ApiError).error.code]).toEqual([403, 'QUIZ_NOT_OPEN']);
    const view = (await t.call<TraineeQuizView>(routes.myQuiz, { as: session, params: { id: notOpen.quizId } })).body;
    expect(view.blocked).toBe('not_open');

    const other = await quizCourse();
    expect((await start(session, other.quizId)).status).toBe(404);
    const owner = await trainee(other);
    const theirs = (await start(owner.session, other.quizId)).body;
    expect((await t.call(routes.myAttempt, { as: session, params: { id: theirs.id } })).status).toBe(404);
    expect((await save(session, theirs.id, 1, {})).status).toBe(404);
    expect((await submit(session, theirs.id)).status).toBe(404);
  });

  it('validates quiz rules against the bank, and freezes them with the version', async () => {
    const setup = await quizCourse();
    const frozen = await t.call<ApiError>(routes.putLessonQuiz, {
      as: trainer,
      params: { id: setup.lessonId },
      body: { bankId: setup.questions[0]!.bankId, draw: [{ kind: 'random', category: null, count: 1 }] },
    });
    expect([frozen.status, frozen.body.error.code]).toEqual([409, 'VERSION_FROZEN']);

    const draft = await fx.course(commune);
    const bankId = await fx.questionBank(draft.courseId, ['Một']);
    await fx.question(bankId);
    const put = (body: object) =>
      t.call<ApiError>(routes.putLessonQuiz, {
        as: trainer,
        params: { id: draft.lessonId },
        body: { bankId, ...body },
      });
    expect((await put({ draw: [{ kind: 'random', category: null, count: 2 }] })).body.error.code).toBe(
      'QUIZ_DRAW_UNAVAILABLE',
    );
    expect((await put({ draw: [{ kind: 'random', category: 'Hai', count: 1 }] })).body.error.fields?.[0]?.path).toBe(
      'body.draw.0.category',
    );
    const otherBank = await fx.questionBank((await fx.course(commune)).courseId);
    const foreign = await t.call<ApiError>(routes.putLessonQuiz, {
      as: trainer,
      params: { id: draft.lessonId },
      body: { bankId: otherBank, draw: [{ kind: 'random', category: null, count: 1 }] },
    });
    expect(foreign.body.error.fields?.[0]?.path).toBe('body.bankId');
    // A quiz step without rules cannot be published.
    await t.db.query(`UPDATE lessons SET completion = 'quiz_passed' WHERE id = $1`, [draft.lessonId]);
    const publish = await t.call<ApiError>(routes.publishCourseVersion, {
      as: trainer,
      params: { id: draft.versionId },
    });
    expect([publish.status, publish.body.error.code]).toEqual([422, 'QUIZ_NOT_SET']);
    // The editor's outline names the step that holds the version back.
    const outline = await t.call<CourseOutline>(routes.getCourseVersion, {
      as: trainer,
      params: { id: draft.versionId },
    });
    const lessons = outline.body.modules.flatMap((m) => m.lessons);
    expect(lessons.filter((l) => l.quizRulesMissing).map((l) => l.id)).toEqual([draft.lessonId]);
  });
});
