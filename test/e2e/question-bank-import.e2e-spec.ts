import { QuestionPage } from '@sen/contracts';
import { stringify } from 'csv-stringify/sync';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiGet } from './support/api';
import { DESKTOP, lastPathSegment, launchBrowser, newAppContext, screenshot, signIn } from './support/browser';

const COURSE = 'Ứng dụng công nghệ thông tin cho Chủ tịch, Phó Chủ tịch Hội cơ sở';
const CATEGORY = 'Chuyển đổi số';

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

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

/** A CSV as an author saves it: the exported header, then her rows by column name. */
function csvOf(header: string[], rows: Record<string, string>[]): Buffer {
  return Buffer.from(stringify([header, ...rows.map((row) => header.map((column) => row[column] ?? ''))]));
}

/** Picks a file through the dialog's file button, as the browser's file chooser does. */
async function chooseFile(page: Page, name: string, data: Buffer): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page
      .getByRole('dialog')
      .getByRole('button', { name: /^Tệp câu hỏi/ })
      .click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer: data });
}

describe('question bank import', () => {
  it('exports the template, refuses a file with a bad row, then imports the corrected file', async () => {
    const context = await newAppContext(browser, DESKTOP);
    contexts.push(context);
    const page = await context.newPage();
    const request = context.request;
    const bankName = `Ngân hàng nhập từ tệp ${Date.now()}`;

    // 1. A new bank of the seeded course, so the counts below are this test's alone.
    await page.goto('/sign-in');
    await signIn(page, 'trainer@example.org');
    const courseId = await openCourse(page);
    await page.getByRole('tab', { name: 'Ngân hàng câu hỏi' }).click();
    await page.getByRole('button', { name: 'Tạo ngân hàng câu hỏi' }).click();
    const create = page.getByRole('dialog', { name: 'Tạo ngân hàng câu hỏi' });
    await create.getByRole('textbox', { name: 'Tên ngân hàng' }).fill(bankName);
    await create.getByRole('combobox', { name: 'Chủ đề', exact: true }).fill(CATEGORY);
    await page.keyboard.press('Enter');
    await create.getByRole('button', { name: 'Tạo', exact: true }).click();
    await create.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: bankName }).click();
    await page.waitForURL((url) => url.pathname.startsWith(`/courses/${courseId}/banks/`));
    const bankId = lastPathSegment(page);
    await page.getByRole('heading', { name: bankName, level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Xuất XLSX' }).getAttribute('href')).toBe(
      `/api/v1/question-banks/${bankId}/export.xlsx`,
    );

    // 2. The CSV export downloads in the browser: the (empty) bank is the template.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Xuất CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${bankName}.csv`);
    const template = (await readFile(await download.path())).toString('utf8');
    expect(template.startsWith('\uFEFFtype,category,tags,points,stem,option_1,')).toBe(true);
    const header = template
      .replace(/^\uFEFF/, '')
      .trim()
      .split(',');
    expect(header.at(-1)).toBe('id');

    // 3. A file whose second question lacks its key: every problem by row and column, nothing written.
    const single = {
      type: 'single_choice',
      category: CATEGORY,
      stem: '<p>Nên đặt mật khẩu Zalo thế nào?</p>',
      option_1: '<p>Ngày sinh của mình</p>',
      option_2: '<p>Dài, có chữ và số, không dùng lại</p>',
      correct: '2',
    };
    const short = {
      type: 'short_text',
      tags: 'bảo mật',
      points: '2',
      stem: '<p>Mã gồm 6 chữ số gửi qua tin nhắn để đăng nhập gọi là gì?</p>',
      accepted_answers: 'OTP\nmã OTP',
      diacritics_insensitive: 'true',
    };
    await page.getByRole('button', { name: 'Nhập câu hỏi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập câu hỏi từ tệp' });
    await dialog.getByText(/Nhận tệp CSV .* hoặc Excel \(\.xlsx\)/).waitFor();
    expect(await dialog.getByRole('link', { name: 'Tải ngân hàng dạng XLSX' }).getAttribute('href')).toBe(
      `/api/v1/question-banks/${bankId}/export.xlsx`,
    );
    const keyless = { ...single, stem: '<p>Có nên cho người khác mượn mã OTP?</p>', correct: '' };
    await chooseFile(page, 'câu hỏi.csv', csvOf(header, [single, keyless]));
    await dialog.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const problems = dialog.getByRole('table', { name: /Các lỗi trong tệp/ });
    await problems.waitFor();
    // The header row of the table, then the one problem: row 3 of the file has no `correct` cell.
    const problemRows = problems.getByRole('row');
    expect(await problemRows.count()).toBe(2);
    expect(await problemRows.nth(1).getByRole('cell').allInnerTexts()).toEqual([
      '3',
      'correct',
      'Ô này không được để trống.',
    ]);
    await dialog.getByText('chưa câu hỏi nào được nhập', { exact: false }).waitFor();
    await screenshot(page, 'question-bank-import-01-problems');
    expect((await apiGet(request, `/v1/question-banks/${bankId}/questions`, QuestionPage)).total).toBe(0);

    // 4. The corrected file: the dry run counts two new questions, still writing nothing; then the import.
    await chooseFile(page, 'câu hỏi (đã sửa).csv', csvOf(header, [single, short]));
    expect(await problems.count()).toBe(0);
    await dialog.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await dialog.getByText('Tệp hợp lệ: 2 dòng câu hỏi').waitFor();
    await dialog.getByText('2 câu hỏi sẽ được thêm mới').waitFor();
    await dialog.getByText('0 câu hỏi sẽ được cập nhật').waitFor();
    await screenshot(page, 'question-bank-import-02-dry-run');
    expect((await apiGet(request, `/v1/question-banks/${bankId}/questions`, QuestionPage)).total).toBe(0);

    await dialog.getByRole('button', { name: 'Nhập 2 câu hỏi' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Đã nhập câu hỏi: 2 câu mới, 0 câu được cập nhật').waitFor();
    await page.getByRole('link', { name: 'Sửa câu hỏi: Nên đặt mật khẩu Zalo thế nào?' }).waitFor();
    await page
      .getByRole('link', { name: 'Sửa câu hỏi: Mã gồm 6 chữ số gửi qua tin nhắn để đăng nhập gọi là gì?' })
      .waitFor();
    await page.getByText('2 câu hỏi', { exact: true }).waitFor();
    await screenshot(page, 'question-bank-import-03-imported');

    const stored = await apiGet(request, `/v1/question-banks/${bankId}/questions?pageSize=100`, QuestionPage);
    expect(stored.items.map((question) => [question.stem, question.category, question.points])).toEqual([
      [single.stem, CATEGORY, 1],
      [short.stem, null, 2],
    ]);
    expect(stored.items[1]?.content).toEqual({
      type: 'short_text',
      acceptedAnswers: ['OTP', 'mã OTP'],
      diacriticsInsensitive: true,
    });
  });
});
