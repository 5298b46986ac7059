import { QuestionBankList, QuestionPage, type QuestionView } from '@sen/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiGet } from './support/api';
import { DESKTOP, lastPathSegment, launchBrowser, newAppContext, screenshot, signIn } from './support/browser';

const COURSE = 'Ứng dụng công nghệ thông tin cho Chủ tịch, Phó Chủ tịch Hội cơ sở';
const BANK = 'Ngân hàng câu hỏi: Ứng dụng công nghệ thông tin cho Chủ tịch, Phó Chủ tịch Hội cơ sở';
const UUID = /^[0-9a-f-]{36}$/;

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

/** Types into a rich-text box found by its label, as an author clicks into it and writes. */
async function writeRichText(page: Page, label: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name: label, exact: true }).click();
  await page.keyboard.type(text);
}

/** Picks a Mantine select's option by the names of both. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Saves a new question and waits until the bank's list, still filtered, shows it. */
async function addQuestion(page: Page, stem: string): Promise<void> {
  await page.getByRole('button', { name: 'Thêm câu hỏi', exact: true }).click();
  await page.getByRole('heading', { name: BANK, level: 1 }).waitFor();
  await page.getByRole('link', { name: `Sửa câu hỏi: ${stem}` }).waitFor();
}

/** Finds the seeded course through the list's search, as a person would, and opens it. */
async function openCourse(page: Page): Promise<string> {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Khóa học', exact: true })
    .click();
  await page.getByRole('searchbox', { name: 'Tìm khóa học' }).fill('ung dung cong nghe thong tin');
  // The search is sent after a pause in typing; clicking before it lands would be undone by it.
  await page.waitForURL((url) => url.searchParams.has('search'));
  await page.getByRole('link', { name: COURSE, exact: true }).click();
  await page.waitForURL((url) => /^\/courses\/[0-9a-f-]{36}$/.test(url.pathname));
  return lastPathSegment(page);
}

function byStem(questions: QuestionView[], words: string): QuestionView {
  const found = questions.find((question) => question.stem.includes(words));
  if (!found) throw new Error(`no stored question says "${words}"`);
  return found;
}

describe('question bank authoring', () => {
  it('writes, edits and deletes questions of every type in a seeded bank', async () => {
    const context = await newAppContext(browser, DESKTOP);
    contexts.push(context);
    const page = await context.newPage();
    const request = context.request;
    // A word no seeded question has, so the list filtered by it shows only this run's questions.
    const mark = `kt${Date.now()}`;
    const stems = {
      single: `${mark} Hội LHPN Việt Nam được thành lập năm nào?`,
      multiple: `${mark} Những kênh nào dùng để báo tin cho hội viên?`,
      trueFalse: `${mark} Có thể gửi đường link thay cho văn bản đã ký.`,
      short: `${mark} Thủ đô của Việt Nam là gì?`,
      ordering: `${mark} Sắp xếp các bước ban hành văn bản.`,
    };

    // 1. The trainer opens the seeded course from the list, then its question banks tab.
    await page.goto('/sign-in');
    await signIn(page, 'trainer@example.org');
    const courseId = await openCourse(page);
    await page.getByRole('tab', { name: 'Ngân hàng câu hỏi' }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'banks');
    const bankRow = page.getByRole('row').filter({ hasText: BANK });
    await bankRow.waitFor();
    await screenshot(page, 'question-bank-01-course-tab');

    const banks = await apiGet(request, `/v1/courses/${courseId}/question-banks`, QuestionBankList);
    const seeded = banks.items.find((bank) => bank.name === BANK);
    expect(seeded).toBeDefined();
    const categories = seeded?.categories ?? [];
    const category = categories[categories.length - 1] ?? '';
    expect(category).not.toBe('');
    expect(await bankRow.getByRole('cell').nth(1).innerText()).toBe(String(seeded?.questionCount));

    // 2. The bank's page, its list narrowed to this run's questions (none yet).
    await bankRow.getByRole('link', { name: BANK }).click();
    await page.waitForURL((url) => url.pathname.startsWith(`/courses/${courseId}/banks/`));
    const bankId = lastPathSegment(page);
    expect(bankId).toMatch(UUID);
    await page.getByRole('heading', { name: BANK, level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Xuất CSV' }).getAttribute('href')).toBe(
      `/api/v1/question-banks/${bankId}/export.csv`,
    );
    await page.getByRole('searchbox', { name: 'Tìm trong nội dung câu hỏi' }).fill(mark);
    await page.getByText('Không có câu hỏi nào phù hợp').waitFor();

    // 3. Single choice: the second option is the key, the first has its own feedback; 2 points,
    // a category and a tag.
    await page.getByRole('link', { name: 'Thêm câu hỏi' }).click();
    await page.getByRole('heading', { name: 'Thêm câu hỏi', level: 1 }).waitFor();
    await writeRichText(page, 'Nội dung câu hỏi', stems.single);
    await page.getByRole('textbox', { name: 'Điểm', exact: true }).fill('2');
    await choose(page, 'Chủ đề', category);
    await page.getByRole('combobox', { name: 'Nhãn', exact: true }).fill('lịch sử');
    await page.keyboard.press('Enter');
    await writeRichText(page, 'Phương án 1', '1945');
    await writeRichText(page, 'Phương án 2', '1930');
    await page.getByRole('radio', { name: 'Phương án 2 là đáp án đúng' }).check();
    await page.getByRole('button', { name: 'Thêm phản hồi cho phương án 1' }).click();
    await writeRichText(page, 'Phản hồi khi chọn phương án 1', 'Năm 1945 là năm Cách mạng Tháng Tám.');
    await screenshot(page, 'question-bank-02-single-choice');
    await addQuestion(page, stems.single);

    // 4. Multiple choice with three options, two correct, all or nothing.
    await page.getByRole('link', { name: 'Thêm câu hỏi' }).click();
    await choose(page, 'Loại câu hỏi', 'Trắc nghiệm nhiều đáp án');
    await writeRichText(page, 'Nội dung câu hỏi', stems.multiple);
    await page.getByRole('button', { name: 'Thêm phương án' }).click();
    await writeRichText(page, 'Phương án 1', 'Nhóm Zalo của chi hội');
    await writeRichText(page, 'Phương án 2', 'Máy fax');
    await writeRichText(page, 'Phương án 3', 'Loa truyền thanh');
    await page.getByRole('checkbox', { name: 'Phương án 1 là đáp án đúng' }).check();
    await page.getByRole('checkbox', { name: 'Phương án 3 là đáp án đúng' }).check();
    await page.getByRole('switch', { name: 'Tính điểm từng phần' }).uncheck();
    await addQuestion(page, stems.multiple);

    // 5. True/false, with feedback for those who answer "true".
    await page.getByRole('link', { name: 'Thêm câu hỏi' }).click();
    await choose(page, 'Loại câu hỏi', 'Đúng/Sai');
    await writeRichText(page, 'Nội dung câu hỏi', stems.trueFalse);
    await page.getByRole('radio', { name: 'Sai', exact: true }).check();
    await writeRichText(page, 'Phản hồi khi học viên chọn “Đúng”', 'Văn bản chính thức phải được ký.');
    await addQuestion(page, stems.trueFalse);

    // 6. Short text: two accepted answers, accents ignored. Saving with an empty answer names it first.
    await page.getByRole('link', { name: 'Thêm câu hỏi' }).click();
    await choose(page, 'Loại câu hỏi', 'Trả lời ngắn');
    await writeRichText(page, 'Nội dung câu hỏi', stems.short);
    await page.getByRole('button', { name: 'Thêm câu hỏi', exact: true }).click();
    await page.getByText('Câu hỏi chưa lưu được: hãy sửa những chỗ được đánh dấu đỏ.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Đáp án 1', exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await page.getByRole('textbox', { name: 'Đáp án 1', exact: true }).fill('Hà Nội');
    await page.getByRole('button', { name: 'Thêm đáp án' }).click();
    await page.getByRole('textbox', { name: 'Đáp án 2', exact: true }).fill('Thủ đô Hà Nội');
    await page.getByRole('switch', { name: 'Không phân biệt dấu' }).check();
    await addQuestion(page, stems.short);

    // 7. Ordering: three items, the last moved up one place with the keyboard; focus stays on its button.
    await page.getByRole('link', { name: 'Thêm câu hỏi' }).click();
    await choose(page, 'Loại câu hỏi', 'Sắp xếp thứ tự');
    await writeRichText(page, 'Nội dung câu hỏi', stems.ordering);
    await page.getByRole('button', { name: 'Thêm mục' }).click();
    await writeRichText(page, 'Mục 1', 'Soạn dự thảo');
    await writeRichText(page, 'Mục 2', 'Quét bản đã ký');
    await writeRichText(page, 'Mục 3', 'Trình ký');
    const moveUp = page.getByRole('button', { name: 'Chuyển Trình ký lên trên' });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Đã chuyển Trình ký đến vị trí 2').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Chuyển Trình ký lên trên',
    );
    expect(await page.getByRole('textbox', { name: 'Mục 2', exact: true }).innerText()).toBe('Trình ký');
    await screenshot(page, 'question-bank-03-ordering');
    await addQuestion(page, stems.ordering);
    await screenshot(page, 'question-bank-04-list');

    // 8. Edit the short-text question: 3 points and a third accepted answer.
    await page.getByRole('link', { name: `Sửa câu hỏi: ${stems.short}` }).click();
    await page.getByRole('heading', { name: 'Sửa câu hỏi', level: 1 }).waitFor();
    expect(await page.getByRole('switch', { name: 'Không phân biệt dấu' }).isChecked()).toBe(true);
    await page.getByRole('textbox', { name: 'Điểm', exact: true }).fill('3');
    await page.getByRole('button', { name: 'Thêm đáp án' }).click();
    await page.getByRole('textbox', { name: 'Đáp án 3', exact: true }).fill('Ha Noi');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('heading', { name: BANK, level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get('search')).toBe(mark);

    // 9. Delete the true/false question, through the confirmation.
    await page.getByRole('button', { name: `Xóa câu hỏi: ${stems.trueFalse}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Xóa câu hỏi này?' });
    await confirm.getByText(stems.trueFalse).waitFor();
    await confirm.getByRole('button', { name: 'Xóa', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: `Sửa câu hỏi: ${stems.trueFalse}` }).waitFor({ state: 'detached' });
    expect(await page.getByRole('link', { name: /^Sửa câu hỏi: / }).count()).toBe(4);

    // 10. The API holds exactly what was written.
    const stored = await apiGet(
      request,
      `/v1/question-banks/${bankId}/questions?search=${mark}&pageSize=100`,
      QuestionPage,
    );
    expect(stored.total).toBe(4);
    expect(stored.items.some((question) => question.stem.includes(stems.trueFalse))).toBe(false);

    const single = byStem(stored.items, stems.single);
    expect(single).toMatchObject({ points: 2, category, tags: ['lịch sử'] });
    expect(single.content.type).toBe('single_choice');
    if (single.content.type !== 'single_choice') throw new Error('not single choice');
    expect(single.content.options.map((option) => [option.text, option.correct, option.feedback])).toEqual([
      ['<p>1945</p>', false, '<p>Năm 1945 là năm Cách mạng Tháng Tám.</p>'],
      ['<p>1930</p>', true, null],
    ]);

    const multiple = byStem(stored.items, stems.multiple);
    expect(multiple.content).toMatchObject({ type: 'multiple_choice', partialCredit: false });
    if (multiple.content.type !== 'multiple_choice') throw new Error('not multiple choice');
    expect(multiple.content.options.map((option) => option.correct)).toEqual([true, false, true]);

    const short = byStem(stored.items, stems.short);
    expect(short.points).toBe(3);
    expect(short.content).toEqual({
      type: 'short_text',
      acceptedAnswers: ['Hà Nội', 'Thủ đô Hà Nội', 'Ha Noi'],
      diacriticsInsensitive: true,
    });

    const ordering = byStem(stored.items, stems.ordering);
    if (ordering.content.type !== 'ordering') throw new Error('not ordering');
    expect(ordering.content.items.map((item) => item.text)).toEqual([
      '<p>Soạn dự thảo</p>',
      '<p>Trình ký</p>',
      '<p>Quét bản đã ký</p>',
    ]);

    const after = await apiGet(request, `/v1/courses/${courseId}/question-banks`, QuestionBankList);
    expect(after.items.find((bank) => bank.id === bankId)?.questionCount).toBe((seeded?.questionCount ?? 0) + 4);

    // 11. Removing a category that questions use is refused, with the reason at the field.
    await page.getByRole('button', { name: 'Sửa ngân hàng' }).click();
    const bankDialog = page.getByRole('dialog', { name: 'Sửa ngân hàng câu hỏi' });
    await bankDialog.getByRole('combobox', { name: 'Chủ đề', exact: true }).focus();
    await page.keyboard.press('Backspace');
    await bankDialog.getByText(`Sẽ bỏ chủ đề: ${category}`).waitFor();
    await bankDialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await bankDialog.getByText(/Không bỏ được chủ đề vì vẫn còn câu hỏi thuộc chủ đề đó/).waitFor();
    await screenshot(page, 'question-bank-05-category-in-use');
    await bankDialog.getByRole('button', { name: 'Hủy' }).click();
    const unchanged = await apiGet(request, `/v1/courses/${courseId}/question-banks`, QuestionBankList);
    expect(unchanged.items.find((bank) => bank.id === bankId)?.categories).toEqual(categories);
  });

  it('gives reviewers neither the tab nor the bank page', async () => {
    const context = await newAppContext(browser, DESKTOP);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await signIn(page, 'reviewer@example.org');
    const courseId = await openCourse(page);

    // A link to the tab opens the content instead.
    await page.goto(`/courses/${courseId}?tab=banks`);
    await page.getByRole('tab', { name: 'Nội dung', selected: true }).waitFor();
    expect(await page.getByRole('tab', { name: 'Ngân hàng câu hỏi' }).count()).toBe(0);

    await page.goto(`/courses/${courseId}/banks/${courseId}`);
    await page.getByRole('heading', { name: 'Bạn không có quyền xem trang này' }).waitFor();
  });
});
