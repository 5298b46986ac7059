import { LearnerOutline, MyLearning, ProgressBatchBody } from '@sen/contracts';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiGet } from './support/api';
import { PHONE, expectNoRawKeys, launchBrowser, newAppContext, screenshot, signIn } from './support/browser';
import { e2eEnv } from './support/e2e-env';

let browser: Browser;
let context: BrowserContext | undefined;
let db: Client;

beforeAll(async () => {
  browser = await launchBrowser();
  db = new Client({ connectionString: e2eEnv().DATABASE_URL });
  await db.connect();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await db?.end();
});

async function readToTheEnd(page: Page): Promise<void> {
  // Scroll as a reader does, a screen at a time, so the player sees the text pass by.
  await page.evaluate(async () => {
    while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 2) {
      window.scrollBy(0, window.innerHeight * 0.8);
      await new Promise((resolve) => setTimeout(resolve, 120));
    }
  });
}

describe('trainee learning on a phone', () => {
  it('continues a course, keeps progress made offline and syncs it once back online', async () => {
    context = await newAppContext(browser, PHONE, { hasTouch: true });
    const page = await context.newPage();
    // Every event id the browser sends, counting resends, to compare with what the server stored.
    const sent: string[] = [];
    // Staff screens' texts are chunks of their own that a trainee never downloads.
    const staffTexts: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/\w+\.staff-/.test(request.url())) staffTexts.push(request.url());
      if (request.method() === 'POST' && request.url().endsWith('/api/v1/me/progress')) {
        sent.push(...ProgressBatchBody.parse(request.postDataJSON()).events.map((e) => e.id));
      }
    });
    const startedAt = new Date();

    // 1. She signs in and lands on Học tập của tôi.
    await page.goto('/sign-in');
    await signIn(page, 'trainee@example.org');
    await page.getByRole('heading', { name: 'Học tập của tôi', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/learn');
    // The service worker is revalidated on every load, allowed by the CSP, and serves the page from here on.
    const worker = await context.request.get('/sw.js');
    expect(worker.headers()['cache-control']).toBe('no-cache');
    expect(worker.headers()['content-security-policy']).toContain("worker-src 'self'");
    // It precaches the learner's screens, not the staff ones (those are cached only if opened).
    const precached = await worker.text();
    expect(precached).toMatch(/assets\/lesson-player\.page-[\w-]+\.js/);
    expect(precached).not.toMatch(/assets\/(lesson-editor|users-list)\.page-/);
    expect(precached).not.toMatch(/\.staff-/);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const mine = await apiGet(context.request, '/v1/me/learning', MyLearning);
    // The seeded course she is part-way through (enrolled by its requirement), not one another journey
    // had her join herself.
    const course = mine.items.find(
      (i) => i.source === 'requirement' && i.status === 'in_progress' && i.completedLessons > 0,
    );
    expect(course?.resumeLessonId).toEqual(expect.any(String));
    const { enrolmentId } = course!;
    await page.getByRole('heading', { name: 'Đang học', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Khóa học mở', level: 2 }).waitFor();
    await screenshot(page, 'trainee-learning-01-my-learning');

    // 2. Continue: the lesson she was reading, scrolled back to where she stopped.
    await page.getByRole('link', { name: `Học tiếp: ${course!.course.name}` }).click();
    await page.waitForURL(`**/learn/${enrolmentId}/lessons/${course!.resumeLessonId}`);
    const before = await apiGet(context.request, `/v1/me/enrolments/${enrolmentId}`, LearnerOutline);
    const lessons = before.modules.flatMap((m) => m.lessons);
    const first = lessons.find((l) => l.id === course!.resumeLessonId)!;
    const second = lessons[lessons.indexOf(first) + 1]!;
    expect(first.completed).toBe(false);
    expect(second.completed).toBe(false);
    await page.getByRole('heading', { name: first.title, level: 1 }).waitFor();
    await page.waitForFunction(() => window.scrollY > 0);
    await screenshot(page, 'trainee-learning-02-resumed');
    await expectNoRawKeys(page);

    // 3. She reads it to the end: the lesson shows as done.
    await readToTheEnd(page);
    await page.getByText('Bạn đã hoàn thành bài học này').waitFor();
    await screenshot(page, 'trainee-learning-03-lesson-read');

    // 4. On to the next lesson; everything so far reaches the server.
    await page.getByRole('link', { name: /Bài tiếp theo/ }).click();
    await page.getByRole('heading', { name: second.title, level: 1 }).waitFor();
    await page.getByText(/bước học chờ đồng bộ/).waitFor({ state: 'detached' });
    expect(await page.getByText('Bạn đã hoàn thành bài học này').count()).toBe(0);

    // 5. Offline, she reads the second lesson to the end: done on the phone, waiting to sync.
    await context.setOffline(true);
    await page.getByText('Đang ngoại tuyến').waitFor();
    await readToTheEnd(page);
    await page.getByText('Bạn đã hoàn thành bài học này').waitFor();
    await page.getByText(/bước học chờ đồng bộ/).waitFor();
    await screenshot(page, 'trainee-learning-04-offline-done');

    // 6. A reload while still offline: the app and the lesson come from the phone, progress still queued.
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.method()} ${request.url()}`));
    const fromWorker = page.waitForResponse(
      (response) => response.url().endsWith(`/lessons/${second.id}`) && response.fromServiceWorker(),
    );
    await page.reload();
    expect((await fromWorker).status()).toBe(200);
    // A cold start from the worker's caches can take a while on a loaded machine. If it never comes, the
    // screenshot and the requests that failed say why.
    await page
      .getByRole('heading', { name: second.title, level: 1 })
      .waitFor({ timeout: 45_000 })
      .catch(async (error: unknown) => {
        await screenshot(page, 'trainee-learning-05-offline-reload-failed');
        throw new Error(
          `${String(error)}\nfailed requests: ${failed.join(', ')}\npage: ${await page.innerText('body')}`,
        );
      });
    await page.getByText(/bước học chờ đồng bộ/).waitFor();
    await page.getByText('Bạn đã hoàn thành bài học này').waitFor();
    await screenshot(page, 'trainee-learning-05-offline-reload');

    // 7. Back online, the queue drains by itself.
    await context.setOffline(false);
    await page.getByText(/bước học chờ đồng bộ/).waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByText('Đang ngoại tuyến').waitFor({ state: 'detached' });
    await screenshot(page, 'trainee-learning-06-synced');

    // 8. The server agrees, and stored each event the browser sent exactly once.
    const after = await apiGet(context.request, `/v1/me/enrolments/${enrolmentId}`, LearnerOutline);
    const done = new Map(after.modules.flatMap((m) => m.lessons).map((l) => [l.id, l.completed]));
    expect(done.get(first.id)).toBe(true);
    expect(done.get(second.id)).toBe(true);
    const stored = await db.query<{ id: string }>(
      `SELECT id FROM progress_events WHERE enrolment_id = $1 AND received_at >= $2`,
      [enrolmentId, startedAt],
    );
    const storedIds = stored.rows.map((r) => r.id).sort();
    expect(storedIds).toEqual([...new Set(sent)].sort());
    expect(storedIds.length).toBeGreaterThan(4);

    // 9. The outline ticks both lessons.
    await page.getByRole('link', { name: course!.course.name }).click();
    await page.getByRole('heading', { name: course!.course.name, level: 1 }).waitFor();
    await screenshot(page, 'trainee-learning-07-outline');

    // 10. In English, the course and its lessons go by their English titles; the content stays Vietnamese.
    const titleEn = course!.course.titleEn!;
    expect(titleEn).toEqual(expect.any(String));
    await page.getByRole('button', { name: 'Đổi ngôn ngữ (đang dùng: Tiếng Việt)' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: titleEn, level: 1 }).waitFor();
    await page.getByRole('link', { name: first.titleEn!, exact: true }).waitFor();
    await screenshot(page, 'trainee-learning-08-outline-english');
    await expectNoRawKeys(page);
    await page.getByRole('link', { name: '← My learning' }).click();
    await page.getByRole('heading', { name: titleEn, level: 3 }).waitFor();
    // Back to Vietnamese, the language her account started with.
    await page.getByRole('button', { name: 'Change language (current: English)' }).click();
    await page.getByRole('menuitem', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: course!.course.name, level: 3 }).waitFor();
    await expectNoRawKeys(page);
    expect(staffTexts).toEqual([]);
  });
});
