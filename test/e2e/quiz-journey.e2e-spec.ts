import {
  AssignResult,
  AttemptView,
  CourseDetail,
  CourseOutline,
  LearnerOutline,
  LessonView,
  ModuleOutline,
  MyLearning,
  QuestionBankView,
  QuestionView,
  QuizSettingsView,
  type QuestionAnswer,
  type QuizSettingsBody,
} from '@sen/contracts';
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import type { z } from 'zod';
import { apiGet } from './support/api';
import { apiSend } from './support/api-write';
import { PHONE, newAppContext, screenshot, signIn } from './support/browser';
import { Journey, type ApiUser } from './support/journey';

const UUID = /^[0-9a-f-]{36}$/;
const ORDER = ['Mở Zalo', 'Chọn nhóm của chi hội', 'Bấm biểu tượng ảnh', 'Bấm Gửi'];

/** One question of every type; the trainee answers all but the true/false one right. */
const QUESTIONS = [
  {
    type: 'single_choice',
    stem: '<p>Sông nào chảy qua thành phố Nam Định?</p>',
    feedback: '<p>Nam Định nằm bên bờ sông Hồng.</p>',
    options: [
      { text: '<p>Sông Hồng</p>', correct: true },
      { text: '<p>Sông Cửu Long</p>', correct: false },
      { text: '<p>Sông Hương</p>', correct: false },
    ],
  },
  {
    type: 'multiple_choice',
    stem: '<p>Những việc nào giúp giữ an toàn tài khoản Zalo?</p>',
    options: [
      { text: '<p>Bật xác thực hai lớp</p>', correct: true },
      { text: '<p>Đặt mật khẩu mạnh</p>', correct: true },
      { text: '<p>Cho người quen biết mã OTP</p>', correct: false },
    ],
  },
  {
    type: 'true_false',
    stem: '<p>Có thể đọc mã OTP cho nhân viên ngân hàng qua điện thoại.</p>',
    answer: false,
    falseFeedback: '<p>Không bao giờ đọc mã OTP cho bất kỳ ai.</p>',
    trueFeedback: '<p>Ngân hàng không bao giờ hỏi mã OTP.</p>',
  },
  { type: 'short_text', stem: '<p>Thủ đô của Việt Nam là thành phố nào?</p>', acceptedAnswers: ['Hà Nội'] },
  {
    type: 'ordering',
    stem: '<p>Sắp xếp các bước gửi ảnh vào nhóm Zalo.</p>',
    items: ORDER.map((text) => ({ text: `<p>${text}</p>` })),
  },
] as const;

const plain = (html: string) => html.replace(/<[^>]+>/g, '');

const journey = Journey.open();

interface QuizCourse {
  courseId: string;
  enrolmentId: string;
  quizLessonId: string;
  closingLessonId: string;
  quizId: string;
  questions: QuestionView[];
}

/**
 * As the trainer, through the API: a course of the province whose first lesson is a quiz step drawing
 * every question of a bank, then a closing lesson; published, and the trainee enrolled by name.
 */
async function quizCourse(
  trainer: ApiUser,
  trainee: ApiUser,
  title: string,
  quizTitle: string,
  questions: readonly object[],
  rules: Partial<QuizSettingsBody>,
): Promise<QuizCourse> {
  const send = <S extends z.ZodType>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown, schema: S) =>
    apiSend(trainer.request, trainer.session, method, path, body, schema);
  const province = trainer.session.user.roles.find((grant) => grant.role === 'trainer')!.unit.id;
  const course = await send(
    'POST',
    '/v1/courses',
    { ownerUnitId: province, title, category: 'digital-skills' },
    CourseDetail,
  );
  const versionId = course.draftVersionId!;
  const module = await send(
    'POST',
    `/v1/course-versions/${versionId}/modules`,
    { title: 'Kiểm tra kiến thức' },
    ModuleOutline,
  );
  const quizLesson = await send(
    'POST',
    `/v1/course-modules/${module.id}/lessons`,
    { title: quizTitle, completion: 'marked_done', estimatedMinutes: 15 },
    LessonView,
  );
  await send(
    'PATCH',
    `/v1/lessons/${quizLesson.id}`,
    { html: '<p>Làm bài kiểm tra để hoàn thành chương này.</p>' },
    LessonView,
  );
  const closing = await send(
    'POST',
    `/v1/course-modules/${module.id}/lessons`,
    { title: 'Lời kết', completion: 'opened', estimatedMinutes: 1 },
    LessonView,
  );
  const bank = await send(
    'POST',
    `/v1/courses/${course.id}/question-banks`,
    { name: `Ngân hàng ${title}` },
    QuestionBankView,
  );
  const made: QuestionView[] = [];
  for (const body of questions)
    made.push(await send('POST', `/v1/question-banks/${bank.id}/questions`, body, QuestionView));
  const settings = await send(
    'PUT',
    `/v1/lessons/${quizLesson.id}/quiz`,
    { bankId: bank.id, draw: [{ kind: 'random', category: null, count: made.length }], ...rules },
    QuizSettingsView,
  );
  await send('POST', `/v1/course-versions/${versionId}/publish`, undefined, CourseOutline);
  const assigned = await send(
    'POST',
    `/v1/courses/${course.id}/enrolments`,
    { personIds: [trainee.session.user.personId] },
    AssignResult,
  );
  expect(assigned.enrolled).toBe(1);
  const mine = await apiGet(trainee.request, '/v1/me/learning', MyLearning);
  const enrolmentId = mine.items.find((item) => item.course.id === course.id)!.enrolmentId;
  // The published version's lessons (publishing keeps the draft's ids).
  return {
    courseId: course.id,
    enrolmentId,
    quizLessonId: quizLesson.id,
    closingLessonId: closing.id,
    quizId: settings.id,
    questions: made,
  };
}

/** The right answer to each question, from the key the trainer wrote. */
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
      return { type: c.type, text: 'hà nội' };
    case 'ordering':
      return { type: c.type, itemIds: c.items.map((i) => i.id) };
  }
}

/** The question on screen, by its stem. */
async function shownQuestion(
  page: Page,
  questions: QuestionView[],
): Promise<{ section: Locator; question: QuestionView }> {
  const section = page.getByRole('region', { name: /^Câu \d+\/\d+$/ });
  await section.waitFor();
  const text = await section.innerText();
  const question = questions.find((q) => text.includes(plain(q.stem)));
  if (!question) throw new Error(`no known question on screen: ${text}`);
  return { section, question };
}

/** Answers the question on screen as a trainee does, by touch; the true/false one wrongly. */
async function answer(section: Locator, question: QuestionView): Promise<void> {
  const c = question.content;
  switch (c.type) {
    case 'single_choice':
      await section.getByRole('radio', { name: 'Sông Hồng' }).click();
      return;
    case 'multiple_choice':
      await section.getByRole('checkbox', { name: 'Bật xác thực hai lớp' }).click();
      await section.getByRole('checkbox', { name: 'Đặt mật khẩu mạnh' }).click();
      return;
    case 'true_false':
      await section.getByRole('radio', { name: 'Đúng' }).click();
      return;
    case 'short_text':
      await section.getByLabel('Câu trả lời của bạn').fill('hà nội');
      return;
    case 'ordering': {
      // Up buttons only, as on a phone: bring each item in turn to its place.
      const items = section.locator('ol > li');
      for (let target = 0; target < ORDER.length; target++) {
        const texts = await items.allInnerTexts();
        let index = texts.findIndex((text) => text.includes(ORDER[target]!));
        for (; index > target; index--) {
          await section.getByRole('button', { name: `Chuyển “${ORDER[target]}” lên` }).click();
        }
      }
      // Dealt in the right order by chance: the order still has to be given as an answer.
      const keep = section.getByRole('button', { name: 'Giữ thứ tự này' });
      if (await keep.isVisible()) await keep.click();
      return;
    }
  }
}

/** Seconds left on the timer, as shown ("⏱ 14:05"). */
async function shownSeconds(page: Page): Promise<number> {
  const text = await page.getByRole('timer', { name: 'Thời gian còn lại' }).innerText();
  const [, minutes, seconds] = /(\d+):(\d\d)/.exec(text) ?? [];
  return Number(minutes) * 60 + Number(seconds);
}

async function serverSecondsLeft(request: APIRequestContext, attemptId: string): Promise<number> {
  const attempt = await apiGet(request, `/v1/me/attempts/${attemptId}`, AttemptView);
  return (Date.parse(attempt.deadlineAt!) - Date.parse(attempt.serverNow)) / 1000;
}

async function go(page: Page, number: number): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Danh sách câu hỏi' })
    .getByRole('button', { name: new RegExp(`^Câu ${number}: `) })
    .click();
  await page.getByRole('heading', { name: new RegExp(`^Câu ${number}/`), level: 2 }).waitFor();
}

/** Opens question `number` from the navigator and answers it; the ordering question is photographed. */
async function answerQuestion(page: Page, questions: QuestionView[], number: number): Promise<void> {
  await go(page, number);
  const { section, question } = await shownQuestion(page, questions);
  await answer(section, question);
  if (question.content.type === 'ordering') await screenshot(page, 'quiz-journey-ordering');
}

describe('quiz journey', () => {
  it('a trainee takes a timed quiz step on her phone, reloads mid-way without losing anything, and passes', async () => {
    const stamp = Date.now();
    const trainer = await journey.apiUser('trainer@example.org');
    const traineeApi = await journey.apiUser('trainee@example.org');
    const title = `An toàn trên mạng cho chi hội ${stamp}`;
    const quizTitle = 'Kiểm tra cuối khóa';
    const setup = await quizCourse(trainer, traineeApi, title, quizTitle, QUESTIONS, {
      timeLimitMinutes: 15,
      review: 'correct_answers',
      maxAttempts: 1,
      passMark: 60,
    });

    // Her phone's clock is two hours behind: the countdown must follow the server's, not the phone's.
    const phone = await newAppContext(journey.browser, PHONE, { hasTouch: true });
    journey.track(phone);
    await phone.clock.install({ time: Date.now() - 2 * 3600_000 });
    const page = await phone.newPage();
    const saves: number[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().endsWith('/answers')) {
        saves.push((request.postDataJSON() as { revision: number }).revision);
      }
    });

    // 1. From her learning to the course outline, where the quiz step has its own icon.
    await page.goto('/sign-in');
    await signIn(page, 'trainee@example.org');
    await page.getByRole('heading', { name: 'Học tập của tôi', level: 1 }).waitFor();
    await page.getByRole('link', { name: new RegExp(`: ${title}$`) }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByRole('img', { name: 'Bài kiểm tra' }).waitFor();
    await screenshot(page, 'quiz-journey-01-outline');

    // 2. The quiz step: a card with the rules in short, no "mark done".
    await page.getByRole('link', { name: quizTitle }).click();
    await page.getByRole('heading', { name: quizTitle, level: 1 }).waitFor();
    const card = page.getByRole('region', { name: 'Bài kiểm tra' });
    await card.getByText('5 câu hỏi · đạt từ 60% · 15 phút · còn 1 lượt').waitFor();
    expect(await page.getByRole('button', { name: 'Đánh dấu đã học xong' }).count()).toBe(0);
    await screenshot(page, 'quiz-journey-02-lesson-card');

    // 3. The quiz: its rules, then Start — which asks first, because the clock starts at once.
    await card.getByRole('link', { name: 'Vào bài kiểm tra' }).click();
    await page.waitForURL(`**/learn/quizzes/${setup.quizId}`);
    await page.getByRole('heading', { name: quizTitle, level: 1 }).waitFor();
    const rules = page.getByRole('region', { name: 'Quy định' });
    await rules.getByText('Đã dùng 0/1, còn 1').waitFor();
    await rules.getByText('15 phút').waitFor();
    await rules.getByText(/xem được cả đáp án đúng/).waitFor();
    await screenshot(page, 'quiz-journey-03-rules');
    await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
    const startDialog = page.getByRole('dialog', { name: 'Bắt đầu làm bài?' });
    await startDialog.getByText('Đồng hồ bắt đầu tính ngay bây giờ: bạn có 15 phút.', { exact: false }).waitFor();
    await startDialog.getByRole('button', { name: 'Bắt đầu' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/learn/attempts/'));
    const attemptId = new URL(page.url()).pathname.split('/').pop()!;
    expect(attemptId).toMatch(UUID);
    await page.getByText('Đã trả lời 0/5 câu').waitFor();
    expect(await shownSeconds(page)).toBeGreaterThan(14 * 60);

    // 4. Two answers, saved.
    for (const number of [1, 2]) await answerQuestion(page, setup.questions, number);
    await page.getByRole('status').filter({ hasText: 'Đã lưu' }).waitFor();
    await page.getByText('Đã trả lời 2/5 câu').waitFor();

    // 5. The connection drops while she answers a third: kept on the phone.
    await page.route('**/api/v1/me/attempts/*/answers', (route) => route.abort('internetdisconnected'));
    await answerQuestion(page, setup.questions, 3);
    await page.getByText('Ngoại tuyến — câu trả lời được giữ trên điện thoại này').waitFor();
    await screenshot(page, 'quiz-journey-04-offline');
    const before = await shownSeconds(page);

    // 6. She reloads: the answers are all there, the phone's copy is sent, the clock goes on.
    await page.unroute('**/api/v1/me/attempts/*/answers');
    await page.reload();
    await page.getByRole('heading', { name: /^Câu 3\/5$/, level: 2 }).waitFor();
    await page.getByText('Đã trả lời 3/5 câu').waitFor();
    await page.getByRole('status').filter({ hasText: 'Đã lưu' }).waitFor();
    const after = await shownSeconds(page);
    const serverLeft = await serverSecondsLeft(traineeApi.request, attemptId);
    expect(after).toBeLessThanOrEqual(before);
    expect(Math.abs(after - serverLeft)).toBeLessThanOrEqual(3);
    const navigator = page.getByRole('navigation', { name: 'Danh sách câu hỏi' });
    for (const number of [1, 2, 3])
      await navigator.getByRole('button', { name: `Câu ${number}: đã trả lời` }).waitFor();
    await screenshot(page, 'quiz-journey-05-after-reload');
    const [saved] = (
      await journey.db.query<{ revision: number; answers: Record<string, QuestionAnswer> }>(
        `SELECT revision, answers FROM quiz_attempts WHERE id = $1`,
        [attemptId],
      )
    ).rows;
    expect(Object.keys(saved!.answers)).toHaveLength(3);
    expect(saved!.revision).toBe(Math.max(...saves));
    // Each question shows what she chose before the reload.
    await go(page, 1);
    const first = await shownQuestion(page, setup.questions);
    if (first.question.content.type === 'single_choice') {
      expect(await first.section.getByRole('radio', { name: 'Sông Hồng' }).isChecked()).toBe(true);
    }

    // 7. The last two, then Submit: nothing left unanswered.
    for (const number of [4, 5]) await answerQuestion(page, setup.questions, number);
    await page.getByText('Đã trả lời 5/5 câu').waitFor();
    await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
    const submitDialog = page.getByRole('dialog', { name: 'Nộp bài?' });
    await submitDialog.getByText(/Bạn đã trả lời tất cả các câu/).waitFor();
    await submitDialog.getByRole('button', { name: 'Nộp bài', exact: true }).click();

    // 8. The result and, her attempts being over, the review with the correct answers.
    const result = page.getByRole('region', { name: 'Kết quả' });
    await result.getByText('Đạt', { exact: true }).waitFor();
    await result.getByText('4/5 điểm · 80%').waitFor();
    const review = page.getByRole('region', { name: 'Xem lại bài làm' });
    await review.waitFor();
    expect(await review.getByRole('article').count()).toBe(5);
    const trueFalse = review.getByRole('article').filter({ hasText: plain(QUESTIONS[2].stem) });
    await trueFalse.getByText('Sai · 0/1 điểm').waitFor();
    await trueFalse.getByText('Đáp án đúng: Sai').waitFor();
    await trueFalse.getByText('Ngân hàng không bao giờ hỏi mã OTP.').waitFor();
    const single = review.getByRole('article').filter({ hasText: plain(QUESTIONS[0].stem) });
    await single.getByText('Đúng · 1/1 điểm').waitFor();
    await single.getByText('Nam Định nằm bên bờ sông Hồng.').waitFor();
    await review.getByText('Đáp án được chấp nhận: Hà Nội').waitFor();
    await review.getByText('Thứ tự đúng').waitFor();
    await screenshot(page, 'quiz-journey-06-result');

    // 9. The server agrees: the answers she gave, the grade, and the step completed.
    const [attempt] = (
      await journey.db.query<{
        status: string;
        answers: Record<string, QuestionAnswer>;
        score: string;
        percent: string;
        passed: boolean;
        late: boolean;
      }>(`SELECT status, answers, score, percent, passed, late FROM quiz_attempts WHERE id = $1`, [attemptId])
    ).rows;
    expect(attempt).toMatchObject({ status: 'submitted', score: '4.00', percent: '80.00', passed: true, late: false });
    const expected = Object.fromEntries(setup.questions.map((q) => [q.id, rightAnswer(q)]));
    const tf = setup.questions.find((q) => q.content.type === 'true_false')!;
    expected[tf.id] = { type: 'true_false', answer: true };
    const sortChoices = (a: QuestionAnswer) =>
      a.type === 'multiple_choice' ? { ...a, optionIds: [...a.optionIds].sort() } : a;
    expect(Object.fromEntries(Object.entries(attempt!.answers).map(([id, a]) => [id, sortChoices(a)]))).toEqual(
      Object.fromEntries(Object.entries(expected).map(([id, a]) => [id, sortChoices(a)])),
    );
    const outcomes = await journey.db.query<{ question_id: string; outcome: string }>(
      `SELECT question_id, outcome FROM quiz_attempt_questions WHERE attempt_id = $1`,
      [attemptId],
    );
    expect(Object.fromEntries(outcomes.rows.map((r) => [r.question_id, r.outcome]))).toEqual(
      Object.fromEntries(setup.questions.map((q) => [q.id, q.id === tf.id ? 'incorrect' : 'correct'])),
    );
    const outline = await apiGet(traineeApi.request, `/v1/me/enrolments/${setup.enrolmentId}`, LearnerOutline);
    const lessons = outline.modules.flatMap((m) => m.lessons);
    expect(lessons.find((l) => l.id === setup.quizLessonId)?.completed).toBe(true);

    // 10. On to the course: the step is ticked.
    await page.getByRole('link', { name: 'Mục lục khóa học' }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const step = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: quizTitle }) });
    await step.getByRole('img', { name: 'Đã hoàn thành' }).waitFor();
    await page.getByText('Đã học 1/2 bài').waitFor();
    await screenshot(page, 'quiz-journey-07-ticked');
  });

  it('a quiz that shows the score only lists no question after submitting', async () => {
    const stamp = Date.now();
    const trainer = await journey.apiUser('trainer@example.org');
    const traineeApi = await journey.apiUser('trainee@example.org');
    const title = `Ôn tập nhanh ${stamp}`;
    const setup = await quizCourse(trainer, traineeApi, title, 'Câu hỏi ôn tập', [QUESTIONS[0], QUESTIONS[2]], {
      review: 'score',
      maxAttempts: null,
      timeLimitMinutes: null,
    });
    const phone = await newAppContext(journey.browser, PHONE, { hasTouch: true });
    journey.track(phone);
    const page = await phone.newPage();
    await page.goto('/sign-in');
    await signIn(page, 'trainee@example.org');
    await page.goto(`/learn/quizzes/${setup.quizId}`);
    await page.getByRole('region', { name: 'Quy định' }).getByText('Bạn chỉ xem được điểm của mình.').waitFor();

    // Untimed and unlimited: it starts at once, with no timer.
    await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/learn/attempts/'));
    const attemptId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByText('Đã trả lời 0/2 câu').waitFor();
    expect(await page.getByRole('timer').count()).toBe(0);
    const { section, question } = await shownQuestion(page, setup.questions);
    await answer(section, question);

    // Submitting with a question left: the dialog names it.
    await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Nộp bài?' });
    await dialog.getByText('Bạn còn 1 câu chưa trả lời: câu 2.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Nộp bài', exact: true }).click();

    await page.getByRole('region', { name: 'Kết quả' }).waitFor();
    await page.getByText('Bài kiểm tra này chỉ cho xem điểm, không cho xem lại câu hỏi.').waitFor();
    expect(await page.getByRole('region', { name: 'Xem lại bài làm' }).count()).toBe(0);
    for (const q of setup.questions) expect(await page.getByText(plain(q.stem)).count()).toBe(0);
    await screenshot(page, 'quiz-journey-08-score-only');
    const view = await apiGet(traineeApi.request, `/v1/me/attempts/${attemptId}`, AttemptView);
    expect(view).toMatchObject({ status: 'submitted', review: 'score', questions: [] });
  });

  it('warns in the last minute and submits by itself when the time is up', async () => {
    const trainer = await journey.apiUser('trainer@example.org');
    const traineeApi = await journey.apiUser('trainee@example.org');
    const title = `Kiểm tra nhanh một phút ${Date.now()}`;
    const setup = await quizCourse(trainer, traineeApi, title, 'Một phút', [QUESTIONS[0], QUESTIONS[3]], {
      review: 'answers',
      maxAttempts: 2,
      timeLimitMinutes: 1,
    });
    const phone = await newAppContext(journey.browser, PHONE, { hasTouch: true });
    journey.track(phone);
    // The phone's clock is driven by the test, so a minute passes at once for the page (not for the server).
    await phone.clock.install();
    const page = await phone.newPage();
    await page.goto('/sign-in');
    await signIn(page, 'trainee@example.org');
    await page.goto(`/learn/quizzes/${setup.quizId}`);
    await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bắt đầu làm bài?' });
    await dialog.getByText('Lần làm này tính vào số lượt của bạn (còn 2 lượt).').waitFor();
    await dialog.getByRole('button', { name: 'Bắt đầu' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/learn/attempts/'));
    const attemptId = new URL(page.url()).pathname.split('/').pop()!;
    // A one-minute quiz is in its last minute from the start.
    await page.getByRole('alert').filter({ hasText: 'Còn 1 phút!' }).waitFor();
    const { section, question } = await shownQuestion(page, setup.questions);
    await answer(section, question);
    await page.getByRole('status').filter({ hasText: 'Đã lưu' }).waitFor();

    await page.clock.fastForward('01:01');
    await page.getByRole('region', { name: 'Kết quả' }).waitFor();
    // Level `answers`: her answers and their outcome, no key.
    await page.getByRole('region', { name: 'Xem lại bài làm' }).waitFor();
    expect(await page.getByText('Đáp án đúng').count()).toBe(0);
    await screenshot(page, 'quiz-journey-09-time-up');
    const [row] = (
      await journey.db.query<{ status: string; late: boolean; answered: number }>(
        `SELECT status, late, (SELECT count(*)::int FROM jsonb_object_keys(answers)) AS answered
           FROM quiz_attempts WHERE id = $1`,
        [attemptId],
      )
    ).rows;
    expect(row).toEqual({ status: 'submitted', late: false, answered: 1 });
  });
});
