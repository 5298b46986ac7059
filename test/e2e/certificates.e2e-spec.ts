import {
  AssignResult,
  CourseDetail,
  CourseOutline,
  LessonView,
  ModuleOutline,
  MyCertificates,
  MyLearning,
  ProgressBatchResult,
} from '@sen/contracts';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { z } from 'zod';
import { apiGet } from './support/api';
import { apiSend } from './support/api-write';
import { PHONE, expectNoRawKeys, newAppContext, screenshot, signIn } from './support/browser';
import { Journey, type ApiUser } from './support/journey';
import { BASE_URL } from './support/e2e-env';

const journey = Journey.open();

async function phoneContext(): Promise<BrowserContext> {
  const context = await newAppContext(journey.browser, PHONE, { hasTouch: true });
  journey.track(context);
  return context;
}

interface TwoLessonCourse {
  courseId: string;
  enrolmentId: string;
  firstLessonId: string;
  lastLessonId: string;
}

/**
 * As the trainer, through the API: a course of the province with two lessons she marks as done, published,
 * and the trainee enrolled by name.
 */
async function twoLessonCourse(
  trainer: ApiUser,
  trainee: ApiUser,
  title: string,
  lastTitle: string,
): Promise<TwoLessonCourse> {
  const send = <S extends z.ZodType>(method: 'POST' | 'PATCH', path: string, body: unknown, schema: S) =>
    apiSend(trainer.request, trainer.session, method, path, body, schema);
  const province = trainer.session.user.roles.find((grant) => grant.role === 'trainer')!.unit.id;
  const course = await send(
    'POST',
    '/v1/courses',
    { ownerUnitId: province, title, category: 'digital-skills' },
    CourseDetail,
  );
  const versionId = course.draftVersionId!;
  const module = await send('POST', `/v1/course-versions/${versionId}/modules`, { title: 'Nhận diện' }, ModuleOutline);
  const lessons: string[] = [];
  for (const [lessonTitle, html] of [
    ['Những chiêu lừa thường gặp', '<p>Giả danh công an, ngân hàng, người thân để xin mã OTP.</p>'],
    [lastTitle, '<p>Không bấm đường dẫn lạ, không chuyển tiền khi chưa gọi lại cho người thân.</p>'],
  ] as const) {
    const lesson = await send(
      'POST',
      `/v1/course-modules/${module.id}/lessons`,
      { title: lessonTitle, completion: 'marked_done', estimatedMinutes: 5 },
      LessonView,
    );
    await send('PATCH', `/v1/lessons/${lesson.id}`, { html }, LessonView);
    lessons.push(lesson.id);
  }
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
  return { courseId: course.id, enrolmentId, firstLessonId: lessons[0]!, lastLessonId: lessons[1]! };
}

/** The text of a PDF as `pdftotext` (poppler-utils) reads it, NFC, whitespace runs as one space. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .normalize('NFC')
    .replace(/\s+/g, ' ');
}

function verdictHeading(page: Page, name: string) {
  return page.getByRole('heading', { name, level: 2 });
}

describe('certificates', () => {
  it('issues her certificate as she completes the last lesson, without a reload; she downloads it and anyone verifies it', async () => {
    const stamp = String(Date.now()).slice(-6);
    const title = `Phòng chống lừa đảo qua mạng ${stamp}`;
    const lastTitle = 'Bảo vệ mình và gia đình';
    const trainer = await journey.apiUser('trainer@example.org');
    const traineeApi = await journey.apiUser('trainee@example.org');
    const holderName = traineeApi.session.user.fullName;
    // Her name as the union spells it, diacritics and all: what the PDF must carry exactly.
    expect(holderName).toMatch(/[^\x00-\x7F]/);
    const course = await twoLessonCourse(trainer, traineeApi, title, lastTitle);

    // Only the last lesson is left: the first is done through the progress API, as her phone would send it.
    const progress = await apiSend(
      traineeApi.request,
      traineeApi.session,
      'POST',
      '/v1/me/progress',
      {
        events: [
          {
            id: randomUUID(),
            enrolmentId: course.enrolmentId,
            lessonId: course.firstLessonId,
            kind: 'done',
            occurredAt: new Date().toISOString(),
          },
        ],
      },
      ProgressBatchResult,
    );
    expect(progress.completedEnrolments).toEqual([]);

    // 1. On her phone, she opens the last lesson and marks it done.
    const context = await phoneContext();
    const page = await context.newPage();
    await page.goto('/sign-in');
    await signIn(page, 'trainee@example.org');
    await page.goto(`/learn/${course.enrolmentId}/lessons/${course.lastLessonId}`);
    await page.getByRole('heading', { name: lastTitle, level: 1 }).waitFor();
    // A mark on this document: a reload or a full navigation would wipe it.
    await page.evaluate(() => {
      (window as unknown as { senMark: string }).senMark = 'same document';
    });
    const lessonUrl = page.url();
    await page.getByRole('button', { name: 'Đánh dấu đã học xong' }).click();
    await page.getByText('Bạn đã hoàn thành bài học này').waitFor();

    // 2. The worker issues the certificate and the lesson shows it within seconds, on the same page.
    await page.getByRole('heading', { name: 'Đã cấp chứng nhận', level: 2 }).waitFor({ timeout: 15_000 });
    expect(page.url()).toBe(lessonUrl);
    expect(await page.evaluate(() => (window as unknown as { senMark?: string }).senMark)).toBe('same document');
    const mine = await apiGet(context.request, '/v1/me/certificates', MyCertificates);
    const certificate = mine.items.find((c) => c.course.id === course.courseId);
    expect(certificate).toMatchObject({ holderName, status: 'valid', reissueNo: 0 });
    expect(mine.pending.map((p) => p.course.id)).not.toContain(course.courseId);
    const { code } = certificate!;
    expect(code).toMatch(/^SEN-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await page.getByText(code).first().waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'certificates-01-issued-on-last-lesson');

    // 3. She downloads the PDF: her exact name and the course title, in Vietnamese, as text.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `Tải PDF: ${title}` }).click(),
    ]);
    const folder = mkdtempSync(join(tmpdir(), 'sen-certificate-'));
    const pdfPath = join(folder, download.suggestedFilename());
    await download.saveAs(pdfPath);
    expect(download.suggestedFilename()).toBe(`chung-nhan-${code}.pdf`);
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdfPath);
    expect(text).toContain(holderName.normalize('NFC'));
    expect(text).toContain(title.normalize('NFC'));
    expect(text).toContain(code);

    // 4. The course outline and My certificates show it too.
    await page.getByRole('link', { name: 'Mục lục khóa học' }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Đã cấp chứng nhận', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Mở menu' }).click();
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Chứng nhận của tôi' })
      .click();
    await page.getByRole('heading', { name: 'Chứng nhận của tôi', level: 1 }).waitFor();
    // The menu slides away after the tap; the screenshot waits until it is off-screen.
    await page.waitForFunction(
      () => (document.getElementById('main-navigation')?.getBoundingClientRect().right ?? 0) <= 0,
    );
    const card = page.getByRole('article', { name: title });
    await card.getByText('Còn hiệu lực').waitFor();
    await card.getByText(code).first().waitFor();
    // Sharing: headless Chromium opens no share sheet, so the verification link goes to the clipboard.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
    await card.getByRole('button', { name: `Chia sẻ: ${title}` }).click();
    await page.getByText('Đã sao chép đường dẫn xác minh chứng nhận').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${BASE_URL}/verify/${code}`);
    await expectNoRawKeys(page);
    await screenshot(page, 'certificates-02-my-certificates');

    // 5. A commune chairwoman scans the QR code: a browser of her own, never signed in.
    const visitor = await phoneContext();
    const check = await visitor.newPage();
    await check.goto(`/verify/${code}`);
    await verdictHeading(check, 'Chứng nhận thật, còn hiệu lực').waitFor();
    expect(new URL(check.url()).pathname).toBe(`/verify/${code}`);
    await check.getByText(holderName, { exact: true }).first().waitFor();
    await check.getByText(title, { exact: true }).first().waitFor();
    await expectNoRawKeys(check);
    // Her name on a shared link stays out of search engines.
    expect(await check.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    await screenshot(check, 'certificates-03-verified-valid');

    // 6. Typed from the paper in lower case without dashes, the code reads the same.
    await check.getByRole('textbox', { name: 'Mã xác thực' }).fill(code.replace(/-/g, '').toLowerCase());
    await check.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await check.waitForURL((url) => url.pathname === `/verify/${code.replace(/-/g, '').toLowerCase()}`);
    await verdictHeading(check, 'Chứng nhận thật, còn hiệu lực').waitFor();
    await check.getByText(holderName, { exact: true }).first().waitFor();

    // 7. The PDF as downloaded is genuine; the same file with one byte changed is not.
    const fileInput = check.locator('input[type="file"]');
    await fileInput.setInputFiles(pdfPath);
    await check.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const fileResult = check.getByText(`Kết quả cho tệp ${download.suggestedFilename()}`);
    await fileResult.waitFor();
    await check.getByRole('heading', { name: 'Chứng nhận thật, còn hiệu lực', level: 2 }).nth(1).waitFor();
    const edited = Buffer.from(pdf);
    const middle = Math.floor(edited.length / 2);
    edited[middle] = edited[middle]! ^ 0x20;
    const editedPath = join(folder, 'edited.pdf');
    writeFileSync(editedPath, edited);
    await fileInput.setInputFiles(editedPath);
    await check.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await check.getByText('Kết quả cho tệp edited.pdf').waitFor();
    await verdictHeading(check, 'Không phải chứng nhận thật').waitFor();
    await screenshot(check, 'certificates-04-edited-file-not-genuine');

    // 8. An invented code is no certificate.
    await check.goto('/verify/SEN-0000-0000-0000');
    await verdictHeading(check, 'Không có chứng nhận nào mang mã này').waitFor();
    expect(await check.getByText(holderName).count()).toBe(0);
    await screenshot(check, 'certificates-05-unknown-code');

    // 9. Two years on, near its expiry, she renews it from My certificates: the course starts again. (The
    //    course now asks for re-certification and the expiry is moved close, straight in the database.)
    await journey.db.query(
      `INSERT INTO certificate_templates (course_id, signatory_title, primary_colour, accent_colour, validity_months, reminder_days)
       VALUES ($1, 'Chủ tịch', '#C2185B', '#B8860B', 24, 30)`,
      [course.courseId],
    );
    await journey.db.query(`UPDATE certificates SET expires_at = now() + interval '10 days' WHERE id = $1`, [
      certificate!.id,
    ]);
    await page.reload();
    await card.getByText(/^Có giá trị đến /).waitFor();
    await card.getByRole('button', { name: `Gia hạn: ${title}` }).click();
    const dialog = page.getByRole('dialog', { name: `Học lại “${title}” để gia hạn?` });
    await dialog.getByRole('button', { name: 'Bắt đầu học lại' }).click();
    await page.waitForURL((url) => /^\/learn\/[0-9a-f-]{36}$/.test(url.pathname));
    const renewal = new URL(page.url()).pathname.split('/').pop();
    expect(renewal).not.toBe(course.enrolmentId);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByText('Đã học 0/2 bài').waitFor();
    const learning = await apiGet(context.request, '/v1/me/learning', MyLearning);
    expect(learning.items.find((i) => i.course.id === course.courseId)).toMatchObject({
      enrolmentId: renewal,
      source: 'recertification',
      status: 'not_started',
    });
    await screenshot(page, 'certificates-06-renewal-started');
  });
});
