import { CourseDetail, CourseOutline, CoursePage, LessonView, QuizSettingsView } from '@sen/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiGet } from './support/api';
import { DESKTOP, lastPathSegment, launchBrowser, newAppContext, screenshot, signIn } from './support/browser';

/** A seeded programme no other journey edits; its bank's categories are its module titles. */
const COURSE = 'Tự tin và chủ động – năng lực lãnh đạo của phụ nữ trong thời đại số';
const MODULE = 'Phụ nữ lãnh đạo tự tin trong thời đại số';
const UUID = /^[0-9a-f-]{36}$/;

let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

function quizSection(page: Page) {
  return page.getByRole('region', { name: 'Quy định bài kiểm tra' });
}

describe('quiz authoring', () => {
  it('a trainer adds a quiz step to a draft, sets its rules, sees them after a reload and publishes', async () => {
    context = await newAppContext(browser, DESKTOP);
    const page = await context.newPage();
    const request = context.request;
    const lessonTitle = `Kiểm tra nhanh ${Date.now()}`;

    // 1. The trainer opens the seeded programme and starts a new draft of it.
    await page.goto('/sign-in');
    await signIn(page, 'trainer@example.org');
    const found = await apiGet(request, `/v1/courses?search=${encodeURIComponent('tu tin va chu dong')}`, CoursePage);
    const courseId = found.items.find((item) => item.title === COURSE)?.id ?? '';
    expect(courseId).toMatch(UUID);
    await page.goto(`/courses/${courseId}`);
    await page.getByRole('heading', { name: COURSE, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Tạo bản nháp mới' }).click();
    await page.getByText('Đã tạo bản nháp v2 từ phiên bản mới nhất').waitFor();

    // 2. A lesson completed by passing its quiz, at the end of the first module.
    await page.getByRole('button', { name: `Thêm bài học vào chương ${MODULE}` }).click();
    const dialog = page.getByRole('dialog', { name: `Thêm bài học vào chương ${MODULE}` });
    await dialog.getByLabel('Tên bài học').fill(lessonTitle);
    await dialog.getByRole('combobox', { name: 'Cách tính hoàn thành' }).click();
    await page.getByRole('option', { name: 'Khi đạt bài kiểm tra' }).click();
    await dialog.getByText('Bạn chọn ngân hàng câu hỏi và đặt quy định của bài kiểm tra ở bước sau.').waitFor();
    await dialog.getByRole('button', { name: 'Tạo', exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/lessons/'));
    const lessonId = lastPathSegment(page);
    expect(lessonId).toMatch(UUID);
    const quiz = quizSection(page);
    await quiz.getByText('Bài kiểm tra chưa có quy định').waitFor();

    // 3. Without rules the draft cannot be published: the dialog names the quiz and links to it.
    await page.getByRole('link', { name: /Về khóa học/ }).click();
    await page.getByRole('link', { name: lessonTitle }).waitFor();
    await page.getByText('Chưa đặt quy định kiểm tra').waitFor();
    await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    const blocked = page.getByRole('dialog', { name: 'Xuất bản phiên bản v2?' });
    await blocked.getByText('Các bài kiểm tra chưa có quy định:').waitFor();
    await blocked.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    await blocked
      .getByRole('alert')
      .getByText(/Bài kiểm tra chưa có quy định/)
      .waitFor();
    await screenshot(page, 'quiz-authoring-01-publish-blocked');
    await blocked.getByRole('link', { name: lessonTitle }).click();
    await page.waitForURL((url) => url.pathname === `/lessons/${lessonId}`);

    // 4. The rules: 5 random questions of the first module's category, 80 %, 2 attempts, 15 minutes, key at the end.
    //    Asking for more than the bank holds is refused at the draw first.
    await quiz.getByRole('combobox', { name: 'Ngân hàng câu hỏi' }).waitFor();
    const line = quiz.getByRole('group', { name: 'Dòng 1' });
    await line.getByRole('combobox', { name: 'Chủ đề' }).click();
    await page.getByRole('option', { name: MODULE, exact: true }).click();
    await line.getByRole('textbox', { name: 'Số câu' }).fill('6');
    await quiz.getByRole('button', { name: 'Lưu quy định' }).click();
    await quiz.getByText('Ngân hàng không đủ câu hỏi cho cách rút câu này.').waitFor();
    await line.getByRole('textbox', { name: 'Số câu' }).fill('5');
    await quiz.getByText('Tổng cộng: 5 câu hỏi mỗi lần làm bài').waitFor();
    await quiz.getByText('Ngân hàng không đủ câu hỏi').waitFor({ state: 'detached' });
    // A given question is found by words of its text, diacritics optional; she tries one, then takes it out.
    await quiz.getByRole('button', { name: 'Thêm câu hỏi cụ thể' }).click();
    const given = quiz.getByRole('group', { name: 'Dòng 2' });
    await given.getByRole('combobox', { name: 'Câu hỏi' }).fill('nang luc so');
    await page.getByRole('option', { name: /“năng lực số” được hiểu đúng nhất/ }).click();
    await quiz.getByText('Tổng cộng: 6 câu hỏi mỗi lần làm bài').waitFor();
    await screenshot(page, 'quiz-authoring-02-given-question');
    await quiz.getByRole('button', { name: 'Xóa dòng 2' }).click();
    await quiz.getByText('Tổng cộng: 5 câu hỏi mỗi lần làm bài').waitFor();
    await quiz.getByLabel('Điểm đạt (%)').fill('80');
    await quiz.getByLabel('Số lần làm bài', { exact: true }).fill('2');
    await quiz.getByRole('checkbox', { name: 'Không giới hạn thời gian' }).uncheck();
    await quiz.getByLabel('Thời gian làm bài (phút)').fill('15');
    await quiz.getByRole('radio', { name: 'Điểm, câu trả lời và đáp án đúng' }).check();
    await quiz.getByText(/chỉ hiện khi học viên đã dùng hết số lần làm bài/).waitFor();
    await quiz.getByRole('button', { name: 'Lưu quy định' }).click();
    await page.getByText('Đã lưu quy định bài kiểm tra').waitFor();
    await screenshot(page, 'quiz-authoring-03-rules-saved');

    // 5. After a reload the form shows the stored rules.
    await page.reload();
    await quiz.getByRole('group', { name: 'Dòng 1' }).waitFor();
    expect(await quiz.getByText('Bài kiểm tra chưa có quy định').count()).toBe(0);
    const reloaded = quiz.getByRole('group', { name: 'Dòng 1' });
    expect(await reloaded.getByRole('combobox', { name: 'Chủ đề' }).inputValue()).toBe(MODULE);
    expect(await reloaded.getByRole('textbox', { name: 'Số câu' }).inputValue()).toBe('5');
    expect(await quiz.getByLabel('Điểm đạt (%)').inputValue()).toBe('80');
    expect(await quiz.getByLabel('Số lần làm bài', { exact: true }).inputValue()).toBe('2');
    expect(await quiz.getByLabel('Thời gian làm bài (phút)').inputValue()).toBe('15');
    expect(await quiz.getByRole('checkbox', { name: 'Không giới hạn thời gian' }).isChecked()).toBe(false);
    expect(await quiz.getByRole('radio', { name: 'Điểm, câu trả lời và đáp án đúng' }).isChecked()).toBe(true);
    await screenshot(page, 'quiz-authoring-04-reloaded');

    // 6. An unsaved change to the rules is not lost silently; she leaves without it, then publishes v2.
    await quiz.getByLabel('Điểm đạt (%)').fill('90');
    await page.getByRole('link', { name: /Về khóa học/ }).click();
    await page
      .getByRole('dialog', { name: 'Rời đi mà không lưu?' })
      .getByRole('button', { name: 'Rời đi và bỏ thay đổi' })
      .click();
    await page.getByRole('link', { name: lessonTitle }).waitFor();
    expect(await page.getByText('Chưa đặt quy định kiểm tra').count()).toBe(0);
    await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Xuất bản phiên bản v2?' });
    expect(await confirm.getByText('Các bài kiểm tra chưa có quy định:').count()).toBe(0);
    await confirm.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    await page.getByText('Đã xuất bản phiên bản v2').waitFor();
    await confirm.waitFor({ state: 'detached' });

    // 7. The server holds exactly these rules on the published lesson.
    const stored = await apiGet(request, `/v1/lessons/${lessonId}/quiz`, QuizSettingsView);
    expect(stored).toMatchObject({
      kind: 'step',
      courseId,
      lessonId,
      draw: [{ kind: 'random', category: MODULE, count: 5 }],
      passMark: 80,
      maxAttempts: 2,
      timeLimitMinutes: 15,
      review: 'correct_answers',
      shuffleQuestions: true,
      shuffleOptions: true,
      opensAt: null,
      closesAt: null,
      questionCount: 5,
    });
    const course = await apiGet(request, `/v1/courses/${courseId}`, CourseDetail);
    expect(course.latestPublished?.versionNo).toBe(2);
    const outline = await apiGet(request, `/v1/course-versions/${course.latestPublished?.versionId}`, CourseOutline);
    const first = outline.modules.find((m) => m.title === MODULE)!;
    expect(first.lessons.at(-1)).toMatchObject({ id: lessonId, completion: 'quiz_passed', quizRulesMissing: false });
    expect((await apiGet(request, `/v1/lessons/${lessonId}`, LessonView)).editable).toBe(false);

    // 8. On the published version the rules are shown read-only.
    await page.goto(`/lessons/${lessonId}`);
    await page.getByRole('alert').filter({ hasText: 'Bài học thuộc phiên bản đã xuất bản' }).waitFor();
    await quiz.getByRole('group', { name: 'Dòng 1' }).waitFor();
    expect(await quiz.getByRole('button', { name: 'Lưu quy định' }).count()).toBe(0);
    expect(await quiz.getByRole('radio', { name: 'Điểm, câu trả lời và đáp án đúng' }).isDisabled()).toBe(true);
    await screenshot(page, 'quiz-authoring-05-read-only');
  });
});
