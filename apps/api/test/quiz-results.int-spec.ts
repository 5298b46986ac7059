import { getQueueToken } from '@nestjs/bullmq';
import {
  routes,
  type ApiError,
  type AttemptView,
  type QuestionView,
  type QuizAttemptPage,
  type QuizSettingsView,
  type QuizStatistics,
  type RegradeResult,
} from '@sen/contracts';
import type { Queue } from 'bullmq';
import { QueueName } from '../src/core/queue/queues';
import { Fixtures } from './support/fixtures';
import { TestApp, type Session } from './support/test-app';

describe('quiz results', () => {
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

  const statistics = (quizId: string) =>
    t.call<QuizStatistics>(routes.quizStatistics, { as: trainer, params: { id: quizId } });
  const regrade = (quizId: string, body: object = {}) =>
    t.call<RegradeResult>(routes.regradeQuiz, { as: trainer, params: { id: quizId }, body });

  /** A person enrolled in the quiz's course. */
  async function learner(quiz: { courseId: string; versionId: string }, name?: string) {
    const personId = await fx.person(commune, name);
    return { personId, enrolmentId: await fx.enrolment(personId, quiz) };
  }

  describe('statistics and the attempts list', () => {
    let quiz: Awaited<ReturnType<Fixtures['quizStep']>>;
    let q: string[];
    const attempts: Record<string, string> = {};

    /**
     * Questions (points): Q1 (1), Q2 (2), Q3 (1), Q4 (1). Pass mark 80.
     *   A1 (P1): Q1 1, Q2 2, Q3 1        → 4/4 = 100 %  passed
     *   A2 (P2): Q1 1, Q2 1, Q3 0, Q4 0  → 2/5 =  40 %
     *   A3 (P3): Q1 0, Q2 0, Q3 1, Q4 0  → 1/5 =  20 %
     *   A4 (P4): Q1 1, Q2 2              → 3/3 = 100 %  passed
     *   A5 (P5): Q1 0, Q2 1, Q3 0        → 1/4 =  25 %
     *   A7 (P5): Q1 1, Q2 2, Q3 0        → 3/4 =  75 %  (her second attempt)
     *   A6 (P6): in progress
     */
    beforeAll(async () => {
      quiz = await fx.quizStep(commune, { published: true });
      const [first] = await t.db.query<
        {
          id: string;
        }[]
      >(`SELECT id FROM questions WHERE bank_id = $1`, [quiz.bankId]);
      await t.db.query(`UPDATE questions SET stem_html = $2 WHERE id = $1`, [
        first!.id,
        '<p>Thủ đô <strong>Hà Nội</strong> &amp; Hải Phòng?</p>',
      ]);
      q = [
        first!.id,
        await fx.question(quiz.bankId, { points: 2 }),
        await fx.question(quiz.bankId),
        await fx.question(quiz.bankId),
      ];
      const [q1, q2, q3, q4] = q as [string, string, string, string];
      const people: { personId: string; enrolmentId: string }[] = [];
      for (const name of [
        'Trần Thị Ánh',
        'Lê Thị Bình',
        'Phạm Thị Cúc',
        'Hoàng Thị Dung',
        'Vũ Thị Én',
        'Đỗ Thị Giang',
      ]) {
        people.push(await learner(quiz, name));
      }
      const take = async (key: string, who: number, scores: Record<string, number> | null, drawn = [q1, q2, q3]) => {
        const p = people[who]!;
        const id = await fx.attempt(quiz, p.personId, p.enrolmentId, drawn);
        attempts[key] = id;
        if (scores) await fx.submitted(id, scores);
      };
      await take('A1', 0, { [q1]: 1, [q2]: 2, [q3]: 1 });
      await take('A2', 1, { [q1]: 1, [q2]: 1, [q3]: 0, [q4]: 0 }, [q1, q2, q3, q4]);
      await take('A3', 2, { [q1]: 0, [q2]: 0, [q3]: 1, [q4]: 0 }, [q1, q2, q3, q4]);
      await take('A4', 3, { [q1]: 1, [q2]: 2 }, [q1, q2]);
      await take('A5', 4, { [q1]: 0, [q2]: 1, [q3]: 0 });
      await take('A6', 5, null);
      await take('A7', 4, { [q1]: 1, [q2]: 2, [q3]: 0 });
    });

    it('counts, bands the percents and computes facility and discrimination in SQL', async () => {
      const r = await statistics(quiz.quizId);
      expect(r.status).toBe(200);
      const { questions, ...summary } = r.body;
      expect(summary).toEqual({
        quizId: quiz.quizId,
        kind: 'step',
        title: 'Bài 1',
        titleEn: null,
        courseId: quiz.courseId,
        lessonId: quiz.lessonId,
        passMark: 80,
        attempts: 7,
        submitted: 6,
        inProgress: 1,
        people: 6,
        passed: 2,
        // (100 + 40 + 20 + 100 + 25 + 75) / 6
        meanPercent: 60,
        // 20 % opens band 2; 100 % sits in the last band.
        distribution: [0, 0, 2, 0, 1, 0, 0, 1, 0, 2],
      });
      const byId = new Map(questions.map((s) => [s.questionId, s]));
      const [q1, q2, q3, q4] = q.map((id) => byId.get(id)!);

      // Q1 over A1 A2 A3 A4 A5 A7: scores x = 1 1 0 1 0 1, totals 4 2 1 3 1 3, rest y = total − x = 3 1 1 2 1 2.
      // Deviations from the means (2/3, 5/3): Sxy = 4/3, Sxx = 4/3, Syy = 10/3, r = Sxy / √(Sxx·Syy) = 4/√40.
      expect(q1).toMatchObject({ type: 'true_false', attempts: 6, stem: 'Thủ đô Hà Nội & Hải Phòng?' });
      expect(q1!.facility).toBeCloseTo(4 / 6, 10);
      expect(q1!.discrimination).toBeCloseTo(4 / Math.sqrt(40), 10);
      // Q2 (2 points): x = 2 1 0 2 1 2, facility = mean(x / 2) = 4/6; y = 2 1 1 1 0 1.
      // Sxy = 1, Sxx = 10/3, Syy = 2, r = 1/√(20/3).
      expect(q2!.attempts).toBe(6);
      expect(q2!.facility).toBeCloseTo(4 / 6, 10);
      expect(q2!.discrimination).toBeCloseTo(1 / Math.sqrt(20 / 3), 10);
      // Q3 over A1 A2 A3 A5 A7: x = 1 0 1 0 0, totals 4 2 1 1 3, y = 3 2 0 1 3.
      // Sxy = −0.6, Sxx = 1.2, Syy = 6.8, r = −0.6/√8.16: it favours the weaker.
      expect(q3!.attempts).toBe(5);
      expect(q3!.facility).toBeCloseTo(0.4, 10);
      expect(q3!.discrimination).toBeCloseTo(-0.6 / Math.sqrt(8.16), 10);
      // Q4: nobody scored, so its score never varies and the correlation is undefined.
      expect(q4).toMatchObject({ attempts: 2, facility: 0, discrimination: null, outdated: 0, deleted: false });
      expect(questions).toHaveLength(4);
    });

    it('lists attempts newest first, filtered by status and by name without diacritics', async () => {
      const all = await t.call<QuizAttemptPage>(routes.listQuizAttempts, {
        as: trainer,
        params: { id: quiz.quizId },
        query: { pageSize: 3 },
      });
      expect(all.status).toBe(200);
      expect(all.body.total).toBe(7);
      expect(all.body.items.map((a) => a.id)).toEqual([attempts.A7, attempts.A6, attempts.A5]);
      expect(all.body.items[0]).toMatchObject({
        person: { name: 'Vũ Thị Én' },
        attemptNo: 2,
        status: 'submitted',
        result: { score: 3, maxScore: 4, percent: 75, passed: false, late: false },
        regradedAt: null,
      });
      expect(all.body.items[1]).toMatchObject({ status: 'in_progress', result: null, submittedAt: null });

      const list = async (query: Record<string, string>) =>
        (
          await t.call<QuizAttemptPage>(routes.listQuizAttempts, {
            as: trainer,
            params: { id: quiz.quizId },
            query,
          })
        ).body.items.map((a) => a.id);
      expect(await list({ status: 'passed' })).toEqual([attempts.A4, attempts.A1]);
      expect(await list({ status: 'in_progress' })).toEqual([attempts.A6]);
      expect((await list({ status: 'failed' })).sort()).toEqual(
        [attempts.A2, attempts.A3, attempts.A5, attempts.A7].sort(),
      );
      expect(await list({ search: 'vu thi en' })).toEqual([attempts.A7, attempts.A5]);

      const wrong = await t.call<ApiError>(routes.listQuizAttempts, {
        as: trainer,
        params: { id: quiz.quizId },
        query: { status: 'graded' },
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.fields?.[0]?.path).toBe('query.status');
    });

    it('answers an empty quiz with zeros and no questions', async () => {
      const empty = await fx.quizStep(commune, { published: true });
      const r = await statistics(empty.quizId);
      expect(r.body).toMatchObject({
        attempts: 0,
        submitted: 0,
        people: 0,
        passed: 0,
        meanPercent: null,
        distribution: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        questions: [],
      });
    });
  });

  describe('regrade', () => {
    const tf = (answer: boolean) => ({ type: 'true_false' as const, answer });

    /** A trainee (with an account) enrolled in the quiz step's course: a one-lesson course, so passing completes it. */
    async function trainee(quiz: { courseId: string; versionId: string }) {
      const user = await fx.user(commune);
      const enrolmentId = await fx.enrolment(user.personId, quiz);
      return { session: await t.signIn(user.email), enrolmentId };
    }

    async function take(
      who: { session: Session },
      quiz: { quizId: string; questionId: string },
      answer: boolean,
    ): Promise<AttemptView> {
      const started = await t.call<AttemptView>(routes.startAttempt, { as: who.session, params: { id: quiz.quizId } });
      expect(started.status).toBe(200);
      const done = await t.call<AttemptView>(routes.submitAttempt, {
        as: who.session,
        params: { id: started.body.id },
        body: { answers: { [quiz.questionId]: tf(answer) } },
      });
      expect(done.status).toBe(200);
      return done.body;
    }

    async function progress(enrolmentId: string, lessonId: string) {
      const [row] = await t.db.query<{ step: boolean | null; lessons: number; course: boolean; recorded: boolean }[]>(
        `SELECT lp.completed_at IS NOT NULL AS step, e.completed_lessons AS lessons, e.completed_at IS NOT NULL AS course,
                EXISTS (SELECT 1 FROM course_completions cc WHERE cc.enrolment_id = e.id) AS recorded
           FROM enrolments e LEFT JOIN lesson_progress lp ON lp.enrolment_id = e.id AND lp.lesson_id = $2
          WHERE e.id = $1`,
        [enrolmentId, lessonId],
      );
      return { ...row!, step: row!.step === true };
    }

    /** A published quiz step whose only question's key says "false" where the truth is "true". */
    async function wronglyKeyedQuiz() {
      const quiz = await fx.quizStep(commune, { published: true });
      const [question] = await t.db.query<
        {
          id: string;
        }[]
      >(`SELECT id FROM questions WHERE bank_id = $1`, [quiz.bankId]);
      await t.db.query(`UPDATE questions SET content = jsonb_set(content, '{answer}', 'false') WHERE id = $1`, [
        question!.id,
      ]);
      return { ...quiz, questionId: question!.id };
    }

    const fixKey = (questionId: string, answer: boolean) =>
      t.call(routes.updateQuestion, {
        as: trainer,
        params: { id: questionId },
        body: { type: 'true_false', stem: '<p>Câu hỏi thử</p>', answer },
      });

    it('passes everyone a wrong key failed, completes their step and course, and is audited; twice changes nothing', async () => {
      const quiz = await wronglyKeyedQuiz();
      const ann = await trainee(quiz);
      const binh = await trainee(quiz);
      const before = await take(ann, quiz, true);
      await take(binh, quiz, true);
      expect(before.result).toMatchObject({ score: 0, passed: false });
      // Cúc starts before the fix and submits after the regrade: her attempt's copy takes the new key too.
      const cuc = await trainee(quiz);
      const cucAttempt = await t.call<AttemptView>(routes.startAttempt, {
        as: cuc.session,
        params: { id: quiz.quizId },
      });

      expect((await fixKey(quiz.questionId, true)).status).toBe(200);
      // The bank's fix alone changes no attempt.
      expect((await statistics(quiz.quizId)).body.questions[0]).toMatchObject({
        facility: 0,
        outdated: 3,
      });

      const r = await regrade(quiz.quizId);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ attempts: 2, changed: 2, nowPassed: 2, nowFailed: 0, keptQuestionIds: [] });
      for (const who of [ann, binh]) {
        expect(await progress(who.enrolmentId, quiz.lessonId)).toEqual({
          step: true,
          lessons: 1,
          course: true,
          recorded: false,
        });
        const queue = t.app.get<Queue>(getQueueToken(QueueName.CourseCompleted));
        expect(await queue.getJob(`course-completed-${who.enrolmentId}`)).toBeDefined();
      }
      const regraded = await t.call<AttemptView>(routes.myAttempt, { as: ann.session, params: { id: before.id } });
      expect(regraded.body.result).toMatchObject({ score: 1, maxScore: 1, percent: 100, passed: true });
      expect(regraded.body.questions[0]!.grade).toEqual({ score: 1, maxScore: 1, outcome: 'correct' });
      const stats = (await statistics(quiz.quizId)).body;
      expect(stats).toMatchObject({ passed: 2, meanPercent: 100, distribution: [0, 0, 0, 0, 0, 0, 0, 0, 0, 2] });
      expect(stats.questions[0]).toMatchObject({ facility: 1, outdated: 0 });

      const [audit] = await t.db.query<{ details: Record<string, unknown>; request_id: string }[]>(
        `SELECT details, request_id FROM audit_log WHERE action = 'quiz.regrade' AND target_id = $1`,
        [quiz.quizId],
      );
      expect(audit!.request_id).toBe(r.headers['x-request-id']);
      expect(audit!.details).toMatchObject({
        questionIds: [quiz.questionId],
        attempts: 2,
        changed: 2,
        nowPassed: 2,
        nowFailed: 0,
        stepsCompleted: 2,
        stepsReopened: 0,
      });
      expect((audit!.details.passChangedAttemptIds as string[]).sort()).toEqual(
        [before.id, (await attemptOf(binh.enrolmentId))!].sort(),
      );
      const list = await t.call<QuizAttemptPage>(routes.listQuizAttempts, {
        as: trainer,
        params: { id: quiz.quizId },
        query: { status: 'passed' },
      });
      expect(list.body.items.every((a) => a.regradedAt !== null)).toBe(true);

      const cucDone = await t.call<AttemptView>(routes.submitAttempt, {
        as: cuc.session,
        params: { id: cucAttempt.body.id },
        body: { answers: { [quiz.questionId]: tf(true) } },
      });
      expect(cucDone.body.result).toMatchObject({ passed: true });

      const again = await regrade(quiz.quizId, { questionIds: [quiz.questionId] });
      expect(again.body).toEqual({ attempts: 3, changed: 0, nowPassed: 0, nowFailed: 0, keptQuestionIds: [] });
      expect(await progress(ann.enrolmentId, quiz.lessonId)).toMatchObject({ step: true, lessons: 1, course: true });
    });

    async function attemptOf(enrolmentId: string): Promise<string | undefined> {
      const rows: { id: string }[] = await t.db.query(`SELECT id FROM quiz_attempts WHERE enrolment_id = $1`, [
        enrolmentId,
      ]);
      return rows[0]?.id;
    }

    it('reopens a step and its course when her only passing attempt fails under the fixed key', async () => {
      const quiz = await wronglyKeyedQuiz();
      const dung = await trainee(quiz);
      const passed = await take(dung, quiz, false);
      expect(passed.result).toMatchObject({ passed: true });
      // As the worker would have recorded it.
      await t.db.query(
        `INSERT INTO course_completions (enrolment_id, person_id, course_id, version_id, completed_at)
         SELECT id, person_id, course_id, version_id, completed_at FROM enrolments WHERE id = $1`,
        [dung.enrolmentId],
      );
      const queue = t.app.get<Queue>(getQueueToken(QueueName.CourseCompleted));
      expect(await queue.getJob(`course-completed-${dung.enrolmentId}`)).toBeDefined();
      expect(await progress(dung.enrolmentId, quiz.lessonId)).toEqual({
        step: true,
        lessons: 1,
        course: true,
        recorded: true,
      });

      await fixKey(quiz.questionId, true);
      const r = await regrade(quiz.quizId);
      expect(r.body).toEqual({ attempts: 1, changed: 1, nowPassed: 0, nowFailed: 1, keptQuestionIds: [] });
      expect(await progress(dung.enrolmentId, quiz.lessonId)).toEqual({
        step: false,
        lessons: 0,
        course: false,
        recorded: false,
      });
      // Her earlier announcement is withdrawn, so completing the course again is announced anew.
      expect(await queue.getJob(`course-completed-${dung.enrolmentId}`)).toBeUndefined();
      const [audit] = await t.db.query<{ details: Record<string, unknown> }[]>(
        `SELECT details FROM audit_log WHERE action = 'quiz.regrade' AND target_id = $1`,
        [quiz.quizId],
      );
      expect(audit!.details).toMatchObject({ nowFailed: 1, stepsReopened: 1, passChangedAttemptIds: [passed.id] });

      // Her second attempt passes under the right key and completes the step again.
      const second = await take(dung, quiz, true);
      expect(second.result).toMatchObject({ passed: true });
      expect(await progress(dung.enrolmentId, quiz.lessonId)).toMatchObject({ step: true, lessons: 1, course: true });
    });

    it('moves a key to a new option: submitted attempts regrade, one in progress shows the new option too', async () => {
      const course = await fx.course(commune);
      const bankId = await fx.questionBank(course.courseId);
      const created = await t.call<QuestionView>(routes.createQuestion, {
        as: trainer,
        params: { id: bankId },
        body: {
          type: 'single_choice',
          stem: '<p>Năm thành lập Hội?</p>',
          options: [
            { text: '1945', correct: true },
            { text: '1930', correct: false },
          ],
        },
      });
      const question = created.body;
      const settings = await t.call<QuizSettingsView>(routes.putLessonQuiz, {
        as: trainer,
        params: { id: course.lessonId },
        body: { bankId, draw: [{ kind: 'fixed', questionId: question.id }] },
      });
      await t.call(routes.publishCourseVersion, { as: trainer, params: { id: course.versionId } });
      const quiz = { ...course, quizId: settings.body.id };
      const options = question.content.type === 'single_choice' ? question.content.options : [];
      const o1945 = options[0]!;
      const o1930 = options[1]!;

      const giang = await trainee(quiz);
      const started = await t.call<AttemptView>(routes.startAttempt, {
        as: giang.session,
        params: { id: quiz.quizId },
      });
      const done = await t.call<AttemptView>(routes.submitAttempt, {
        as: giang.session,
        params: { id: started.body.id },
        body: { answers: { [question.id]: { type: 'single_choice', optionId: o1930.id } } },
      });
      expect(done.body.result).toMatchObject({ passed: false });
      const hoa = await trainee(quiz);
      const open = await t.call<AttemptView>(routes.startAttempt, { as: hoa.session, params: { id: quiz.quizId } });
      const shownBefore = open.body.questions[0]!.question.options!.map((o) => o.id);

      // The author keeps both options (by id), marks 1930 correct and adds a third.
      await t.call(routes.updateQuestion, {
        as: trainer,
        params: { id: question.id },
        body: {
          type: 'single_choice',
          stem: '<p>Năm thành lập Hội?</p>',
          options: [
            { id: o1945.id, text: '1945', correct: false },
            { id: o1930.id, text: '1930', correct: true },
            { text: '1954', correct: false },
          ],
        },
      });
      const r = await regrade(quiz.quizId, { questionIds: [question.id] });
      expect(r.body).toMatchObject({ attempts: 1, changed: 1, nowPassed: 1 });
      const reread = await t.call<AttemptView>(routes.myAttempt, { as: hoa.session, params: { id: open.body.id } });
      const shownAfter = reread.body.questions[0]!.question.options!.map((o) => o.id);
      expect(shownAfter).toHaveLength(3);
      expect(shownAfter.slice(0, 2)).toEqual(shownBefore);
      expect(await progress(giang.enrolmentId, quiz.lessonId)).toMatchObject({ step: true, course: true });
    });

    it('keeps the copy of a question removed from the bank, and refuses a question of another bank', async () => {
      const quiz = await wronglyKeyedQuiz();
      const en = await trainee(quiz);
      await take(en, quiz, true);
      await t.db.query(`UPDATE questions SET content = jsonb_set(content, '{answer}', 'true') WHERE id = $1`, [
        quiz.questionId,
      ]);
      expect((await t.call(routes.deleteQuestion, { as: trainer, params: { id: quiz.questionId } })).status).toBe(204);
      const r = await regrade(quiz.quizId, { questionIds: [quiz.questionId] });
      expect(r.body).toEqual({
        attempts: 1,
        changed: 0,
        nowPassed: 0,
        nowFailed: 0,
        keptQuestionIds: [quiz.questionId],
      });
      expect((await statistics(quiz.quizId)).body.questions[0]).toMatchObject({ deleted: true, outdated: 0 });

      const other = await fx.quizStep(commune, { published: true });
      const [foreign] = await t.db.query<
        {
          id: string;
        }[]
      >(`SELECT id FROM questions WHERE bank_id = $1`, [other.bankId]);
      const refused = await t.call<ApiError>(routes.regradeQuiz, {
        as: trainer,
        params: { id: quiz.quizId },
        body: { questionIds: [quiz.questionId, foreign!.id] },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.fields?.[0]?.path).toBe('body.questionIds.1');
    });
  });
});
