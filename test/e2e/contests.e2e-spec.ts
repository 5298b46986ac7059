import { CSRF_HEADER, ContestView, MyContests } from '@sen/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiGet, apiUrl } from './support/api';
import { DESKTOP, PHONE, launchBrowser, newAppContext, screenshot, signIn } from './support/browser';

const COURSE = 'Ứng dụng công nghệ thông tin cho Chủ tịch, Phó Chủ tịch Hội cơ sở';
const VU_BAN = 'Hội LHPN huyện Vụ Bản';
const TITLE = 'Hội thi Tin học huyện Vụ Bản';

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function signedInPage(identifier: string, viewport = DESKTOP): Promise<Page> {
  const context = await newAppContext(browser, viewport);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await signIn(page, identifier);
  return page;
}

/** `YYYY-MM-DDTHH:mm` on Vietnam's clock, `days` from now. */
function vietnamLocal(days: number): string {
  const shifted = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}

describe('contests', () => {
  it('a trainer schedules a contest for a district, and a trainee of it finds it on her learning page', async () => {
    const page = await signedInPage('trainer@example.org');
    await page.getByRole('link', { name: 'Hội thi' }).first().click();
    await page.getByRole('heading', { name: 'Hội thi', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Tạo hội thi' }).first().click();
    await page.getByRole('heading', { name: 'Tạo hội thi', level: 1 }).waitFor();

    // Nothing filled: each missing field says so before the server is asked.
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    await page.getByText('Vui lòng chọn', { exact: true }).first().waitFor();

    await page.getByLabel('Tên hội thi').fill(TITLE);
    await page.getByRole('combobox', { name: 'Khóa học' }).fill('ung dung cong nghe');
    await page
      .getByRole('option', { name: new RegExp(COURSE) })
      .first()
      .click();
    await page.getByRole('combobox', { name: 'Ngân hàng câu hỏi' }).click();
    await page
      .getByRole('option', { name: /Ngân hàng câu hỏi/ })
      .first()
      .click();
    await page.getByText(/^Có \d+ câu hỏi$/).waitFor();
    await page.getByLabel('Số câu').fill('5');
    await page.getByLabel('Thời gian làm bài').fill('15');
    await page.getByLabel('Giờ mở').fill(vietnamLocal(-1));
    await page.getByLabel('Giờ đóng').fill(vietnamLocal(7));
    await page.getByRole('combobox', { name: 'Đơn vị dự thi' }).fill('vu ban');
    await page
      .getByRole('option', { name: new RegExp(VU_BAN) })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Tạo hội thi', level: 1 }).click();
    await screenshot(page, 'contests-01-form');
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();

    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByText('Đang diễn ra', { exact: true }).first().waitFor();
    await page.getByText('Chưa có ai nộp bài.').waitFor();
    await page.getByRole('tab', { name: 'Chi hội' }).click();
    await page.getByText('Chưa có ai nộp bài.').waitFor();
    const contestId = page.url().split('/').pop() ?? '';
    const contest = await apiGet(page.context().request, `/v1/contests/${contestId}`, ContestView);
    expect(contest).toMatchObject({
      questionCount: 5,
      timeLimitMinutes: 15,
      status: 'open',
      units: [{ name: VU_BAN }],
    });
    await screenshot(page, 'contests-02-detail');

    // The demo trainee belongs to a branch of Vụ Bản: the contest is on her learning page, with the province's.
    const trainee = await signedInPage('trainee@example.org', PHONE);
    await trainee.goto('/learn');
    const section = trainee.getByRole('region', { name: 'Hội thi' });
    const card = section.getByRole('article', { name: TITLE });
    await card.getByText('5 câu hỏi · 15 phút').waitFor();
    await card.getByText('Bạn chưa dự thi').waitFor();
    await section.getByRole('article', { name: /Hội thi Tin học cho cán bộ Hội cơ sở/ }).waitFor();
    const mine = await apiGet(trainee.context().request, '/v1/me/contests', MyContests);
    expect(mine.items.map((item) => item.id)).toContain(contestId);
    await screenshot(trainee, 'contests-03-my-learning-phone');

    await card.getByRole('link', { name: 'Bảng xếp hạng' }).click();
    await trainee.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await trainee.getByText('Chưa có ai nộp bài.').waitFor();
    await trainee.getByRole('link', { name: 'Vào thi' }).waitFor();

    // She takes part (through the API: the quiz player is its own journey) and finds her row marked.
    const request = trainee.context().request;
    const session = (await (await request.get(apiUrl('/v1/auth/session'))).json()) as { csrfToken: string };
    const headers = { [CSRF_HEADER]: session.csrfToken };
    const started = await request.post(apiUrl(`/v1/me/quizzes/${contestId}/attempts`), { headers });
    expect(started.status()).toBe(200);
    const attempt = (await started.json()) as { id: string };
    const submitted = await request.post(apiUrl(`/v1/me/attempts/${attempt.id}/submit`), { headers, data: {} });
    expect(submitted.status()).toBe(200);
    await trainee.reload();
    const mineRow = trainee.getByRole('row', { name: /Nguyễn Thị Hoa \(bạn\)/ });
    await mineRow.waitFor();
    expect(await mineRow.getAttribute('aria-current')).toBe('true');
    await trainee.getByText(/^Bạn đứng thứ 1 · 0 % · \d+:\d\d$/).waitFor();
    // Her only attempt is used: the board no longer offers to take part.
    await trainee.getByRole('link', { name: 'Vào thi' }).waitFor({ state: 'detached' });
    await screenshot(trainee, 'contests-04-board-person-phone');
    await trainee.getByRole('tab', { name: 'Xã, phường' }).click();
    await trainee.getByRole('row', { name: /xã Minh Tân/ }).waitFor();
    await screenshot(trainee, 'contests-05-board-communes-phone');
  });
});
