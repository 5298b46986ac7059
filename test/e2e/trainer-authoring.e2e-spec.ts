import { CourseDetail, CourseOutline, LessonView } from '@sen/contracts';
import type { Browser, BrowserContext } from 'playwright-core';
import sharp from 'sharp';
import { apiGet } from './support/api';
import {
  DESKTOP,
  lastPathSegment,
  launchBrowser,
  newAppContext,
  screenshot,
  signIn,
  waitForImageLoaded,
} from './support/browser';

const PROVINCE = 'Hội LHPN tỉnh Nam Định';
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

describe('trainer authoring', () => {
  it('creates a course with a rich-text lesson, publishes v1 and continues in a new draft', async () => {
    context = await newAppContext(browser, DESKTOP);
    const page = await context.newPage();
    const request = context.request;
    const stamp = Date.now();
    const courseTitle = `Kỹ năng số cho chi hội trưởng ${stamp}`;
    const moduleTitle = 'Làm quen với điện thoại thông minh';
    const lessonTitle = 'Tạo nhóm Zalo cho chi hội';
    const heading = 'Vì sao cần nhóm Zalo';
    const boldWord = 'nhanh chóng';

    // 1. The trainer signs in through the Vietnamese form and opens Khóa học.
    await page.goto('/sign-in');
    await signIn(page, 'trainer@example.org');
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Khóa học', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Khóa học', level: 1 }).waitFor();

    // 2. A new course owned by the province.
    await page.getByRole('link', { name: 'Tạo khóa học' }).click();
    await page.getByRole('heading', { name: 'Tạo khóa học', level: 1 }).waitFor();
    await page.getByRole('combobox', { name: 'Đơn vị sở hữu' }).fill('nam dinh');
    await page
      .getByRole('option', { name: new RegExp(PROVINCE) })
      .first()
      .click();
    await page.getByLabel('Tên khóa học').fill(courseTitle);
    await page.getByRole('combobox', { name: 'Lĩnh vực' }).click();
    await page.getByRole('option', { name: 'Kỹ năng số', exact: true }).click();
    await screenshot(page, 'trainer-authoring-01-create-course');
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    await page.getByRole('tab', { name: 'Nội dung' }).waitFor();
    await page.waitForURL((url) => /^\/courses\/[0-9a-f-]{36}$/.test(url.pathname));
    const courseId = lastPathSegment(page);
    expect(courseId).toMatch(UUID);

    // 3. A module, then a lesson in it; adding the lesson opens its editor.
    await page.getByRole('button', { name: 'Thêm chương' }).first().click();
    const moduleDialog = page.getByRole('dialog', { name: 'Thêm chương' });
    await moduleDialog.getByLabel('Tên chương').fill(moduleTitle);
    await moduleDialog.getByRole('button', { name: 'Tạo', exact: true }).click();
    await page.getByRole('heading', { name: moduleTitle }).waitFor();
    await page.getByRole('button', { name: `Thêm bài học vào chương ${moduleTitle}` }).click();
    const lessonDialog = page.getByRole('dialog', { name: `Thêm bài học vào chương ${moduleTitle}` });
    await lessonDialog.getByLabel('Tên bài học').fill(lessonTitle);
    await lessonDialog.getByRole('button', { name: 'Tạo', exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/lessons/'));
    const lessonId = lastPathSegment(page);
    expect(lessonId).toMatch(UUID);

    // 4. Rich text: a section heading and a bold word, then save.
    const editor = page.getByRole('textbox', { name: 'Nội dung bài học' });
    await editor.click();
    const toolbar = page.getByRole('toolbar', { name: 'Định dạng văn bản' });
    await toolbar.getByRole('button', { name: 'Tiêu đề mục', exact: true }).click();
    await page.keyboard.type(heading);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Nhóm Zalo giúp chi hội báo tin ');
    await toolbar.getByRole('button', { name: 'In đậm' }).click();
    await page.keyboard.type(boldWord);
    await toolbar.getByRole('button', { name: 'In đậm' }).click();
    await page.keyboard.type(' tới hội viên.');
    await editor.getByRole('heading', { name: heading, level: 2 }).waitFor();
    await editor.locator('strong', { hasText: boldWord }).waitFor();

    // An image uploaded in place: a real PNG wide enough to get both phone-sized copies.
    await page.keyboard.press('Enter');
    const picture = await sharp({
      create: { width: 1200, height: 675, channels: 3, background: { r: 230, g: 90, b: 120 } },
    })
      .png()
      .toBuffer();
    const chooser = page.waitForEvent('filechooser');
    await toolbar.getByRole('button', { name: 'Chèn ảnh' }).click();
    await (await chooser).setFiles({ name: 'so-do-nhom-zalo.png', mimeType: 'image/png', buffer: picture });
    const inserted = editor.locator('img[src^="/api/v1/files/"]');
    await inserted.waitFor();
    expect(await inserted.getAttribute('src')).toMatch(/^\/api\/v1\/files\/[0-9a-f-]{36}\/w960$/);
    expect(await inserted.getAttribute('srcset')).toContain('/w480 480w');

    // A 2 × 2 table with a header row, its size picked with the keyboard; the cursor lands in the first cell.
    await page.keyboard.press('Enter');
    await toolbar.getByRole('button', { name: 'Chèn bảng' }).click();
    await page.getByRole('button', { name: 'Chèn bảng 2 cột × 2 hàng' }).press('Enter');
    await page.keyboard.type('Bước');
    await editor.locator('table th', { hasText: 'Bước' }).waitFor();
    expect(await editor.locator('table tr').count()).toBe(2);
    // Row and column buttons appear while the cursor is in the table.
    await toolbar.getByRole('button', { name: 'Thêm một hàng bên dưới' }).waitFor();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu bài học').waitFor();
    await screenshot(page, 'trainer-authoring-02-lesson-saved');

    // 5. The preview shows the saved, formatted text as a trainee would see it.
    await page.getByRole('radiogroup', { name: 'Chế độ hiển thị' }).getByText('Xem trước').click();
    const preview = page.getByRole('region', { name: 'Bản xem trước trên điện thoại' });
    await preview.getByRole('heading', { name: heading, level: 2 }).waitFor();
    expect(await preview.locator('strong').innerText()).toBe(boldWord);
    // The uploaded picture really loads from the file route (a broken image has no natural width).
    await waitForImageLoaded(page, preview.getByRole('img', { name: 'so-do-nhom-zalo' }));
    await preview.getByRole('heading', { name: lessonTitle }).waitFor();
    // The table scrolls inside its own named box, header cell first.
    const table = preview.getByRole('region', { name: 'Bảng: vuốt ngang để xem hết' }).getByRole('table');
    await table.getByRole('columnheader', { name: 'Bước' }).waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    await screenshot(page, 'trainer-authoring-03-preview');

    // 6. Back to the course and publish v1 through the confirm dialog.
    await page.getByRole('link', { name: /Về khóa học/ }).click();
    await page.waitForURL((url) => url.pathname === `/courses/${courseId}`);
    await page.getByRole('heading', { name: moduleTitle }).waitFor();
    await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Xuất bản phiên bản v1?' });
    await confirm.getByText(/giữ nguyên/).waitFor();
    await confirm.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    await page.getByText('Đã xuất bản phiên bản v1').waitFor();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Tạo bản nháp mới' }).waitFor();

    // 7. The server holds a published v1 whose lesson keeps the heading and the bold word.
    const course = await apiGet(request, `/v1/courses/${courseId}`, CourseDetail);
    expect(course).toMatchObject({
      title: courseTitle,
      category: 'digital-skills',
      ownerUnit: { name: PROVINCE },
      latestPublished: { versionNo: 1 },
      draftVersionId: null,
    });
    expect(course.versions.map((version) => [version.versionNo, version.status])).toEqual([[1, 'published']]);
    const versionId = course.latestPublished?.versionId ?? '';
    const outline = await apiGet(request, `/v1/course-versions/${versionId}`, CourseOutline);
    expect(outline.status).toBe('published');
    expect(outline.modules.map((module) => [module.title, module.lessons.map((lesson) => lesson.id)])).toEqual([
      [moduleTitle, [lessonId]],
    ]);
    const published = await apiGet(request, `/v1/lessons/${lessonId}`, LessonView);
    expect(published.editable).toBe(false);
    expect(published.html).toContain(`<h2>${heading}</h2>`);
    expect(published.html).toContain(`<strong>${boldWord}</strong>`);
    expect(published.html).toMatch(
      /<img src="\/api\/v1\/files\/[0-9a-f-]{36}\/w960" srcset="[^"]+" alt="so-do-nhom-zalo"/,
    );

    // 8. The published lesson is read-only in the UI: a notice, no toolbar, no save, a frozen editor.
    await page.goto(`/lessons/${lessonId}`);
    const notice = page.getByRole('alert').filter({ hasText: 'Bài học thuộc phiên bản đã xuất bản' });
    await notice.waitFor();
    await page.getByRole('textbox', { name: 'Nội dung bài học' }).getByRole('heading', { name: heading }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Nội dung bài học' }).getAttribute('contenteditable')).toBe('false');
    expect(await page.getByRole('toolbar', { name: 'Định dạng văn bản' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lưu', exact: true }).count()).toBe(0);
    await screenshot(page, 'trainer-authoring-04-read-only');

    // 9. "Tạo bản nháp mới" opens the lesson's copy in draft v2, editable again.
    await notice.getByRole('button', { name: 'Tạo bản nháp mới' }).click();
    await page.getByText('Đã mở bài học này trong bản nháp').waitFor();
    await page.waitForURL((url) => url.pathname.startsWith('/lessons/') && !url.pathname.endsWith(lessonId));
    const draftLessonId = lastPathSegment(page);
    expect(draftLessonId).toMatch(UUID);
    await page.getByRole('toolbar', { name: 'Định dạng văn bản' }).waitFor();
    await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Bài học thuộc phiên bản đã xuất bản' }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Nội dung bài học' }).getAttribute('contenteditable')).toBe('true');
    const draftLesson = await apiGet(request, `/v1/lessons/${draftLessonId}`, LessonView);
    expect(draftLesson).toMatchObject({ editable: true, title: lessonTitle });
    expect(draftLesson.html).toContain(`<strong>${boldWord}</strong>`);
    const afterDraft = await apiGet(request, `/v1/courses/${courseId}`, CourseDetail);
    expect(afterDraft.draftVersionId).toBe(draftLesson.versionId);
    expect(afterDraft.latestPublished).toMatchObject({ versionId, versionNo: 1 });
  });
});
