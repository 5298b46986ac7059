import { EnrolmentPage, LearnerOutline, ProgressBatchBody } from '@sen/contracts';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { apiGet, apiSignIn } from './support/api';
import {
  DESKTOP,
  PHONE,
  lastPathSegment,
  newAppContext,
  screenshot,
  signIn,
  signOut,
  waitForImageLoaded,
} from './support/browser';
import { Journey } from './support/journey';
import { BASE_URL } from './support/e2e-env';

/** The province owns the course, so the demo trainee (a branch head in Vụ Bản) sees it in the catalogue. */
const PROVINCE = 'Hội LHPN tỉnh Nam Định';
const UUID = /^[0-9a-f-]{36}$/;
const PENDING = /bước học chờ đồng bộ/;
const DONE = 'Bạn đã hoàn thành bài học này';

const journey = Journey.open();

/** Waits until the service worker's cache holds an answer for a same-origin path (it stores as it serves). */
async function waitUntilCached(page: Page, cacheName: string, path: string): Promise<void> {
  await page.waitForFunction(
    async ({ name, url }) => (await (await caches.open(name)).match(url)) !== undefined,
    { name: cacheName, url: path },
    { polling: 250 },
  );
}

/** Adds a lesson to a module from the course page; the new lesson's editor opens. Returns its id. */
async function addLesson(page: Page, moduleTitle: string, lessonTitle: string): Promise<string> {
  await page.getByRole('button', { name: `Thêm bài học vào chương ${moduleTitle}` }).click();
  const dialog = page.getByRole('dialog', { name: `Thêm bài học vào chương ${moduleTitle}` });
  await dialog.getByLabel('Tên bài học').fill(lessonTitle);
  await dialog.getByRole('button', { name: 'Tạo', exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/lessons/'));
  const lessonId = lastPathSegment(page);
  expect(lessonId).toMatch(UUID);
  return lessonId;
}

/** The trainee marks the lesson done by tapping the button the "marked done" rule shows her. */
async function chooseMarkedDone(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Cách tính hoàn thành' }).click();
  await page.getByRole('option', { name: 'Khi học viên đánh dấu hoàn thành' }).click();
}

async function saveLesson(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByText('Đã lưu bài học').waitFor();
}

describe('course journey', () => {
  it('a trainer publishes a course with a picture; a trainee joins it on her phone and completes a lesson offline', async () => {
    const stamp = Date.now();
    const courseTitle = `Chuyển đổi số ở chi hội ${stamp}`;
    const moduleTitle = 'Bắt đầu với điện thoại';
    const firstTitle = 'Chụp ảnh hoạt động của chi hội';
    const secondTitle = 'Gửi ảnh vào nhóm Zalo';
    const firstText = 'Ảnh rõ nét giúp hội viên thấy được hoạt động của chi hội.';
    const pictureName = 'anh-hoat-dong-chi-hoi';

    // ── The trainer, at her desk ─────────────────────────────────────────────────────────────────────
    const trainerContext = await newAppContext(journey.browser, DESKTOP);
    journey.track(trainerContext);
    const trainer = await trainerContext.newPage();

    // 1. She signs in and creates a course owned by the province.
    await trainer.goto('/sign-in');
    await signIn(trainer, 'trainer@example.org');
    await trainer
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Khóa học', exact: true })
      .click();
    await trainer.getByRole('link', { name: 'Tạo khóa học' }).click();
    await trainer.getByRole('heading', { name: 'Tạo khóa học', level: 1 }).waitFor();
    await trainer.getByRole('combobox', { name: 'Đơn vị sở hữu' }).fill('nam dinh');
    await trainer
      .getByRole('option', { name: new RegExp(PROVINCE) })
      .first()
      .click();
    await trainer.getByLabel('Tên khóa học').fill(courseTitle);
    await trainer.getByRole('combobox', { name: 'Lĩnh vực' }).click();
    await trainer.getByRole('option', { name: 'Kỹ năng số', exact: true }).click();
    await trainer.getByRole('button', { name: 'Tạo', exact: true }).click();
    await trainer.waitForURL((url) => /^\/courses\/[0-9a-f-]{36}$/.test(url.pathname));
    const courseId = lastPathSegment(trainer);
    await trainer.getByRole('heading', { name: courseTitle, level: 1 }).waitFor();
    await screenshot(trainer, 'course-journey-01-course-created');

    // 2. A module, then its first lesson: text and a picture uploaded in place, completed when marked done.
    await trainer.getByRole('button', { name: 'Thêm chương' }).first().click();
    const moduleDialog = trainer.getByRole('dialog', { name: 'Thêm chương' });
    await moduleDialog.getByLabel('Tên chương').fill(moduleTitle);
    await moduleDialog.getByRole('button', { name: 'Tạo', exact: true }).click();
    await trainer.getByRole('heading', { name: moduleTitle }).waitFor();
    const firstId = await addLesson(trainer, moduleTitle, firstTitle);
    await chooseMarkedDone(trainer);
    const editor = trainer.getByRole('textbox', { name: 'Nội dung bài học' });
    await editor.click();
    await trainer.keyboard.type(firstText);
    await trainer.keyboard.press('Enter');
    const picture = await sharp({
      create: { width: 1200, height: 675, channels: 3, background: { r: 40, g: 140, b: 120 } },
    })
      .png()
      .toBuffer();
    const chooser = trainer.waitForEvent('filechooser');
    await trainer.getByRole('toolbar', { name: 'Định dạng văn bản' }).getByRole('button', { name: 'Chèn ảnh' }).click();
    await (await chooser).setFiles({ name: `${pictureName}.png`, mimeType: 'image/png', buffer: picture });
    await editor.locator('img[src^="/api/v1/files/"]').waitFor();
    await saveLesson(trainer);
    await screenshot(trainer, 'course-journey-02-first-lesson');

    // 3. A second, text-only lesson, so the course goes on after the one she completes.
    await trainer.getByRole('link', { name: /Về khóa học/ }).click();
    await trainer.getByRole('heading', { name: moduleTitle }).waitFor();
    const secondId = await addLesson(trainer, moduleTitle, secondTitle);
    await chooseMarkedDone(trainer);
    await trainer.getByRole('textbox', { name: 'Nội dung bài học' }).click();
    await trainer.keyboard.type('Chọn nhóm của chi hội rồi bấm vào biểu tượng ảnh để gửi.');
    await saveLesson(trainer);

    // 4. Publish v1.
    await trainer.getByRole('link', { name: /Về khóa học/ }).click();
    await trainer.getByText(secondTitle).waitFor();
    await trainer.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    const confirmPublish = trainer.getByRole('dialog', { name: 'Xuất bản phiên bản v1?' });
    await confirmPublish.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    await trainer.getByText('Đã xuất bản phiên bản v1').waitFor();
    await confirmPublish.waitFor({ state: 'detached' });

    // 5. Open it to self-enrolment, so members of the province find it themselves.
    await trainer.getByRole('tab', { name: 'Cài đặt' }).click();
    await trainer.waitForURL((url) => url.searchParams.get('tab') === 'settings');
    const open = trainer.getByRole('switch', { name: 'Cho phép tự đăng ký' });
    await open.waitFor({ state: 'attached' });
    expect(await open.isChecked()).toBe(false);
    await open.click();
    await trainer.getByText('Đã mở tự đăng ký').waitFor();
    expect(await open.isChecked()).toBe(true);
    await screenshot(trainer, 'course-journey-03-open-enrolment');
    await signOut(trainer);

    // ── The trainee, on her phone ────────────────────────────────────────────────────────────────────
    const phone = await newAppContext(journey.browser, PHONE, { hasTouch: true });
    journey.track(phone);
    const page = await phone.newPage();
    // Every event id the phone sends, counting resends, to compare with what the server stored.
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/v1/me/progress')) {
        sent.push(...ProgressBatchBody.parse(request.postDataJSON()).events.map((e) => e.id));
      }
    });

    // 6. She signs in; the service worker takes over the page, so what she opens next is kept offline.
    await page.goto('/sign-in');
    await signIn(page, 'trainee@example.org');
    await page.getByRole('heading', { name: 'Học tập của tôi', level: 1 }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

    // 7. She finds the new course among the open ones and joins it.
    const card = page.getByRole('region', { name: 'Khóa học mở' }).getByRole('article', { name: courseTitle });
    await card.scrollIntoViewIfNeeded();
    // Its length is its two 5-minute lessons: the trainer gave the course none of its own.
    await card.getByText(`Khoảng 10 phút · ${PROVINCE}`).waitFor();
    await screenshot(page, 'course-journey-04-open-courses');
    await card.getByRole('button', { name: 'Đăng ký học' }).click();
    const join = page.getByRole('dialog', { name: `Đăng ký khóa học “${courseTitle}”?` });
    await join.getByRole('button', { name: 'Đăng ký học' }).click();
    await page.getByText(`Đã đăng ký khóa học “${courseTitle}”`).waitFor();
    await page.waitForURL((url) => /^\/learn\/[0-9a-f-]{36}$/.test(url.pathname));
    const enrolmentId = lastPathSegment(page);
    await page.getByRole('heading', { name: courseTitle, level: 1 }).waitFor();
    await page.getByText('Đã học 0/2 bài').waitFor();
    await screenshot(page, 'course-journey-05-outline');

    // 8. The first lesson: its text and its picture, which really loads.
    await page.getByRole('link', { name: firstTitle }).click();
    await page.waitForURL(`**/learn/${enrolmentId}/lessons/${firstId}`);
    await page.getByRole('heading', { name: firstTitle, level: 1 }).waitFor();
    await page.getByText(firstText).waitFor();
    const image = page.getByRole('img', { name: pictureName });
    await waitForImageLoaded(page, image);
    // The copy the phone chose from the srcset; it must be in the worker's cache before the signal goes.
    const imagePath = new URL(await image.evaluate((img: HTMLImageElement) => img.currentSrc)).pathname;
    expect(imagePath).toMatch(/^\/api\/v1\/files\/[0-9a-f-]{36}\/w\d+$/);
    const lessonPath = `/api/v1/me/enrolments/${enrolmentId}/lessons/${firstId}`;
    await waitUntilCached(page, 'sen-files', imagePath);
    await waitUntilCached(page, 'sen-api', lessonPath);
    await page.getByRole('button', { name: 'Đánh dấu đã học xong' }).waitFor();
    await screenshot(page, 'course-journey-06-lesson-online');

    // 9. Offline, she marks it done: done on the phone, waiting to sync.
    await phone.setOffline(true);
    await page.getByText('Đang ngoại tuyến').waitFor();
    await page.getByRole('button', { name: 'Đánh dấu đã học xong' }).click();
    await page.getByText(DONE).waitFor();
    await page.getByText(PENDING).waitFor();
    expect(await page.getByRole('button', { name: 'Đánh dấu đã học xong' }).count()).toBe(0);
    await screenshot(page, 'course-journey-07-offline-done');

    // 10. A reload, still offline: the app, the lesson and its picture come from the phone.
    const lessonFromWorker = page.waitForResponse(
      (response) => new URL(response.url()).pathname === lessonPath && response.fromServiceWorker(),
    );
    const imageFromWorker = page.waitForResponse(
      (response) => new URL(response.url()).pathname === imagePath && response.fromServiceWorker(),
    );
    await page.reload();
    expect((await lessonFromWorker).status()).toBe(200);
    expect((await imageFromWorker).status()).toBe(200);
    await page.getByRole('heading', { name: firstTitle, level: 1 }).waitFor();
    await page.getByText(firstText).waitFor();
    await waitForImageLoaded(page, page.getByRole('img', { name: pictureName }));
    await page.getByText('Đang ngoại tuyến').waitFor();
    await page.getByText(PENDING).waitFor();
    await page.getByText(DONE).waitFor();
    await screenshot(page, 'course-journey-08-offline-reload');

    // 11. Back online, the queue drains by itself.
    await phone.setOffline(false);
    await page.getByText(PENDING).waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByText('Đang ngoại tuyến').waitFor({ state: 'detached' });
    await page.getByText(DONE).waitFor();
    await screenshot(page, 'course-journey-09-synced');

    // 12. The server agrees, as she sees it and as the trainer sees it.
    const outline = await apiGet(phone.request, `/v1/me/enrolments/${enrolmentId}`, LearnerOutline);
    expect(outline).toMatchObject({ courseId, status: 'in_progress' });
    expect(outline.modules.flatMap((m) => m.lessons).map((l) => [l.id, l.completed])).toEqual([
      [firstId, true],
      [secondId, false],
    ]);
    const staff = await journey.browser.newContext({ baseURL: BASE_URL });
    journey.track(staff);
    await apiSignIn(staff.request, 'trainer@example.org');
    const learners = await apiGet(staff.request, `/v1/courses/${courseId}/enrolments`, EnrolmentPage);
    expect(learners.items).toEqual([
      expect.objectContaining({
        id: enrolmentId,
        person: expect.objectContaining({ name: 'Nguyễn Thị Hoa' }) as unknown,
        source: 'self',
        versionNo: 1,
        status: 'in_progress',
        completedLessons: 1,
        totalLessons: 2,
      }),
    ]);

    // 13. Every event the phone sent, resends included, is stored once; she marked the lesson done once.
    const stored = await journey.db.query<{ id: string; lesson_id: string; kind: string }>(
      `SELECT id, lesson_id, kind FROM progress_events WHERE enrolment_id = $1`,
      [enrolmentId],
    );
    expect(stored.rows.map((r) => r.id).sort()).toEqual([...new Set(sent)].sort());
    expect(stored.rows.filter((r) => r.kind === 'done').map((r) => r.lesson_id)).toEqual([firstId]);
  });
});
