import {
  CertificateDetail,
  CertificatePage,
  CertificateTemplateView,
  CourseDetail,
  FailedCertificateJobs,
} from '@sen/contracts';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { apiGet } from './support/api';
import { apiSend, apiSession } from './support/api-write';
import { DESKTOP, expectNoRawKeys, newAppContext, screenshot, signIn } from './support/browser';
import { e2eEnv } from './support/e2e-env';
import { Journey } from './support/journey';

/** The demo trainee: branch head of "Chi hội thôn Đông", xã Minh Tân; the demo data issues her a certificate. */
const TRAINEE = { name: 'Nguyễn Thị Hoa', search: 'nguyen thi hoa' };
const ADMIN_NAME = 'Phạm Thị Thanh Hương';
const IT_COURSE = 'Ứng dụng công nghệ thông tin cho Chủ tịch, Phó Chủ tịch Hội cơ sở';

const journey = Journey.open();

async function newPage(): Promise<Page> {
  const context = await newAppContext(journey.browser, DESKTOP);
  journey.track(context);
  return context.newPage();
}

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Điều hướng chính' });
}

/**
 * Puts a certificate back as it was before the journey revoked it, so the other journeys (the trainee's
 * list, the public page) find the demo data as seeded whatever order they run in.
 */
async function unrevoke(certificateId: string): Promise<void> {
  await journey.db.query(`DELETE FROM certificate_events WHERE certificate_id = $1 AND kind = 'revoked'`, [
    certificateId,
  ]);
  await journey.db.query(
    `UPDATE certificates SET status = 'valid', revoked_at = NULL, revoked_reason = NULL, revoked_by = NULL WHERE id = $1`,
    [certificateId],
  );
}

/** Waits (up to 15 s) until the worker has done what `done` checks. */
async function eventually(done: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + 15_000;
  while (!(await done())) {
    if (Date.now() > until) throw new Error('the worker did not get there within 15 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('certificate administration', () => {
  it('finds the demo trainee’s certificate, revokes it with a confirmed reason and shows it revoked in its history', async () => {
    const page = await newPage();
    const request = page.context().request;
    await page.goto('/sign-in');
    await signIn(page, 'admin@example.org');

    const seeded = await apiGet(
      request,
      `/v1/certificates?q=${encodeURIComponent(TRAINEE.name)}&status=valid&pageSize=100`,
      CertificatePage,
    );
    const target = seeded.items.find((item) => item.holderName === TRAINEE.name);
    if (!target) throw new Error(`the demo data holds no valid certificate for ${TRAINEE.name}`);

    try {
      // 1. The staff navigation leads to the issued certificates; a search without diacritics finds her.
      await mainNav(page).getByRole('link', { name: 'Chứng nhận đã cấp', exact: true }).click();
      await page.getByRole('heading', { name: 'Chứng nhận đã cấp', level: 1 }).waitFor();
      const search = page.getByRole('searchbox', { name: 'Tìm theo họ tên hoặc mã' });
      await search.fill(TRAINEE.search);
      await search.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === TRAINEE.search);
      const table = page.getByRole('table', { name: /^Chứng nhận của hội viên trong phạm vi của bạn/ });
      const row = table.getByRole('row').filter({ hasText: target.code });
      await row.waitFor();
      // Text content, not inner text: the status badge is upper-cased by CSS only.
      expect(await row.getByRole('cell').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining(TRAINEE.name), target.code, 'Còn hiệu lực']) as unknown,
      );
      // Every row is hers: the filter reached the server.
      const holders = await table
        .getByRole('row')
        .filter({ has: page.getByRole('link') })
        .allInnerTexts();
      expect(holders.length).toBeGreaterThan(0);
      for (const text of holders) expect(text).toContain(TRAINEE.name);
      // The export carries the same filter.
      const exportHref = await page.getByRole('link', { name: 'Xuất Excel (XLSX)' }).getAttribute('href');
      expect(exportHref).toBe(
        `/api/v1/certificates/export.xlsx?q=${encodeURIComponent(TRAINEE.search).replace(/%20/g, '+')}`,
      );
      const workbook = await request.get(exportHref ?? '');
      expect(workbook.status()).toBe(200);
      expect(workbook.headers()['content-type']).toContain('spreadsheetml');
      await screenshot(page, 'certificate-admin-01-list');
      await expectNoRawKeys(page);

      // 2. Her certificate's detail: the printed fields, the PDF and the public link, its history.
      await row.getByRole('link', { name: TRAINEE.name }).click();
      await page.waitForURL((url) => url.pathname === `/issued-certificates/${target.id}`);
      await page.getByRole('heading', { name: new RegExp(`^${TRAINEE.name}`), level: 1 }).waitFor();
      await page.getByText(target.code, { exact: true }).waitFor();
      expect(await page.getByRole('link', { name: 'Tải PDF' }).getAttribute('href')).toBe(
        `/api/v1/certificates/${target.id}/pdf`,
      );
      const pdf = await request.get(`/api/v1/certificates/${target.id}/pdf`);
      expect(pdf.status()).toBe(200);
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
      expect(await page.getByRole('link', { name: 'Mở trang xác thực' }).getAttribute('href')).toBe(
        target.verificationUrl,
      );
      const history = page.getByRole('region', { name: 'Lịch sử' });
      await history.getByText('Cấp chứng nhận', { exact: true }).waitFor();
      await screenshot(page, 'certificate-admin-02-detail');

      // 3. Revoke: a reason of at least 3 characters, then an explicit confirmation.
      await page.getByRole('button', { name: 'Thu hồi', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Thu hồi chứng nhận ${target.code}` });
      const reasonBox = dialog.getByRole('textbox', { name: /^Lý do thu hồi/ });
      await reasonBox.fill('ab');
      await dialog.getByRole('button', { name: 'Tiếp tục' }).click();
      await dialog.getByText('Cần ít nhất 3 ký tự').waitFor();
      const reason = 'Cấp nhầm người, đã xác minh với chi hội';
      await reasonBox.fill(reason);
      await dialog.getByRole('button', { name: 'Tiếp tục' }).click();
      await dialog.getByText(`Thu hồi chứng nhận ${target.code} của ${TRAINEE.name}?`).waitFor();
      await screenshot(page, 'certificate-admin-03-confirm');
      const revoked = page.waitForResponse((response) =>
        response.url().endsWith(`/api/v1/certificates/${target.id}/revoke`),
      );
      await dialog.getByRole('button', { name: 'Xác nhận thu hồi' }).click();
      expect((await revoked).status()).toBe(200);
      await dialog.waitFor({ state: 'detached' });

      // 4. The page shows it revoked, with the reason, and the history names who did it and why.
      await page.getByText('Đã thu hồi', { exact: true }).first().waitFor();
      await page.getByRole('button', { name: 'Thu hồi', exact: true }).and(page.locator('[disabled]')).waitFor();
      const revokedEntry = history.getByRole('listitem').filter({ hasText: 'Thu hồi' });
      await revokedEntry.getByText(`Lý do: ${reason}`).waitFor();
      await revokedEntry.getByText(new RegExp(`^${ADMIN_NAME} ·`)).waitFor();
      await screenshot(page, 'certificate-admin-04-revoked');

      const stored = await apiGet(request, `/v1/certificates/${target.id}`, CertificateDetail);
      expect(stored).toMatchObject({ status: 'revoked', revokedReason: reason });
      expect(stored.history.map((event) => event.kind)).toContain('revoked');
      expect(stored.history.find((event) => event.kind === 'revoked')?.actor?.name).toBe(ADMIN_NAME);

      // 5. Back in the list, filtered to revoked ones, it shows as such.
      await page.goto(`/issued-certificates?q=${encodeURIComponent(TRAINEE.search)}&status=revoked`);
      await table.getByRole('row').filter({ hasText: target.code }).getByText('Đã thu hồi').waitFor();
    } finally {
      await unrevoke(target.id);
    }
  });

  it('shows a reviewer the certificates in her scope to read and export, without revoking or the failed jobs', async () => {
    const page = await newPage();
    await page.goto('/sign-in');
    await signIn(page, 'reviewer@example.org');
    await mainNav(page).getByRole('link', { name: 'Chứng nhận đã cấp', exact: true }).click();
    await page.getByRole('heading', { name: 'Chứng nhận đã cấp', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: /^Chứng nhận của hội viên trong phạm vi của bạn/ });
    await table.getByRole('link', { name: TRAINEE.name }).first().click();
    await page.getByRole('heading', { name: new RegExp(`^${TRAINEE.name}`), level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Tải PDF' }).waitFor();
    await page.getByRole('region', { name: 'Lịch sử' }).waitFor();
    expect(await page.getByRole('button', { name: 'Thu hồi', exact: true }).count()).toBe(0);
    await page.goBack();
    await table.waitFor();
    await page.getByRole('link', { name: 'Xuất Excel (XLSX)' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Tác vụ cấp chứng nhận bị lỗi' }).count()).toBe(0);
  });

  it('lets a trainer choose a course’s certificate template, which stays after a reload', async () => {
    const page = await newPage();
    const request = page.context().request;
    const session = await apiSession(request, 'trainer@example.org');
    // A course of its own, so the longer validity cannot change certificates other journeys issue.
    const course = await apiSend(
      request,
      session,
      'POST',
      '/v1/courses',
      { ownerUnitId: session.user.unit.id, title: `Kỹ năng lãnh đạo chi hội ${Date.now()}`, category: 'leadership' },
      CourseDetail,
    );

    // 1. The course's certificate tab, with the default template.
    await page.goto(`/courses/${course.id}`);
    await page.getByRole('heading', { name: course.title, level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Chứng nhận' }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'certificate');
    const form = page.getByRole('form', { name: 'Mẫu chứng nhận' });
    await form.getByText('Khóa học đang dùng mẫu mặc định.').waitFor();

    // 2. A WebP logo is refused at the field, before it is sent; a PNG one is uploaded.
    const logoInput = form.locator('input[type="file"]');
    const webp = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#C2185B' } })
      .webp()
      .toBuffer();
    await logoInput.setInputFiles({ name: 'logo.webp', mimeType: 'image/webp', buffer: webp });
    await form.getByRole('alert').filter({ hasText: 'Logo phải là ảnh PNG hoặc JPEG đã tải lên.' }).waitFor();
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#1565C0' } })
      .png()
      .toBuffer();
    await logoInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await form.getByRole('img', { name: 'Logo in trên chứng nhận' }).waitFor();

    // 3. Colours, a signatory and a two-year validity; the preview follows as they are typed.
    await form.getByRole('textbox', { name: /^Người ký/ }).fill('Trần Thị Lan');
    await form.getByRole('textbox', { name: /^Chức vụ người ký/ }).fill('Phó Chủ tịch');
    const primary = form.getByRole('textbox', { name: /^Màu chính/ });
    await primary.fill('#1565c0');
    await primary.press('Tab');
    const accent = form.getByRole('textbox', { name: /^Màu nhấn/ });
    await accent.fill('#EF6C00');
    await accent.press('Tab');
    await form.getByRole('textbox', { name: /^Hiệu lực \(tháng\)/ }).fill('24');
    await form
      .getByRole('img', { name: 'Xem trước (minh họa)' })
      .getByText('Có giá trị 24 tháng', { exact: false })
      .waitFor();
    await screenshot(page, 'certificate-admin-05-template');
    const saved = page.waitForResponse(
      (response) =>
        response.url().endsWith(`/api/v1/courses/${course.id}/certificate-template`) &&
        response.request().method() === 'PUT',
    );
    await form.getByRole('button', { name: 'Lưu' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByText('Đã lưu mẫu chứng nhận').waitFor();

    // 4. After a reload the form shows what was saved, as the server holds it.
    await page.reload();
    await page.getByRole('heading', { name: course.title, level: 1 }).waitFor();
    const reloaded = page.getByRole('form', { name: 'Mẫu chứng nhận' });
    await reloaded.getByText(/^Cập nhật lần cuối/).waitFor();
    expect(await reloaded.getByRole('textbox', { name: /^Màu chính/ }).inputValue()).toBe('#1565C0');
    expect(await reloaded.getByRole('textbox', { name: /^Màu nhấn/ }).inputValue()).toBe('#EF6C00');
    expect(await reloaded.getByRole('textbox', { name: /^Hiệu lực \(tháng\)/ }).inputValue()).toBe('24');
    expect(await reloaded.getByRole('textbox', { name: /^Người ký/ }).inputValue()).toBe('Trần Thị Lan');
    await reloaded.getByRole('img', { name: 'Logo in trên chứng nhận' }).waitFor();
    await screenshot(page, 'certificate-admin-06-template-reloaded');
    await expectNoRawKeys(page);

    const template = await apiGet(request, `/v1/courses/${course.id}/certificate-template`, CertificateTemplateView);
    expect(template).toMatchObject({
      primaryColour: '#1565C0',
      accentColour: '#EF6C00',
      validityMonths: 24,
      signatoryName: 'Trần Thị Lan',
      signatoryTitle: 'Phó Chủ tịch',
    });
    expect(template.logoFileId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
  });

  it('shows an admin a certificate job that failed, and runs it again once its cause is fixed', async () => {
    const { db } = journey;
    // A member who completed the IT programme, whose template prints a logo missing from the disk: issuing fails.
    const {
      rows: [course],
    } = await db.query<{ courseId: string; versionId: string }>(
      `SELECT v.course_id AS "courseId", v.id AS "versionId" FROM course_versions v
        WHERE v.title = $1 AND v.status = 'published' ORDER BY v.version_no DESC LIMIT 1`,
      [IT_COURSE],
    );
    const {
      rows: [holder],
    } = await db.query<{ personId: string; name: string; unitId: string }>(
      `SELECT p.id AS "personId", p.full_name AS name, m.unit_id AS "unitId"
         FROM people p JOIN memberships m ON m.person_id = p.id AND m.valid_to IS NULL
        WHERE NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.person_id = p.id AND e.course_id = $1)
          AND NOT EXISTS (SELECT 1 FROM users u WHERE u.person_id = p.id)
        ORDER BY p.full_name LIMIT 1`,
      [course!.courseId],
    );
    const uploadId = randomUUID();
    await db.query(
      `INSERT INTO uploads (id, unit_id, uploaded_by, kind, file_name, mime_type, size_bytes, storage_key, width, height)
       SELECT $1, $2, u.id, 'image', 'logo.png', 'image/png', 100, $3, 10, 10 FROM users u WHERE u.email = 'admin@example.org'`,
      [uploadId, holder!.unitId, `${uploadId.slice(0, 2)}/${uploadId}`],
    );
    await db.query(
      `INSERT INTO certificate_templates (course_id, logo_upload_id, signatory_title, primary_colour, accent_colour)
       VALUES ($1, $2, 'Chủ tịch', '#C2185B', '#B8860B')`,
      [course!.courseId, uploadId],
    );
    const {
      rows: [enrolment],
    } = await db.query<{ id: string }>(
      `INSERT INTO enrolments (person_id, course_id, version_id, source, started_at, completed_at)
       VALUES ($1, $2, $3, 'manual', now(), now()) RETURNING id`,
      [holder!.personId, course!.courseId, course!.versionId],
    );
    const enrolmentId = enrolment!.id;
    const env = e2eEnv();
    const queue = new Queue('issue-certificate', {
      connection: { url: env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
      prefix: `${env.REDIS_PREFIX}:bull`,
    });
    try {
      // One attempt, so the suite's worker fails it at once rather than after its backoff.
      await queue.add('issue-certificate', { enrolmentId }, { jobId: `e2e-failing-${enrolmentId}`, attempts: 1 });
      const page = await newPage();
      const request = page.context().request;
      await page.goto('/sign-in');
      await signIn(page, 'admin@example.org');
      await eventually(async () =>
        (await apiGet(request, '/v1/certificate-jobs/failed', FailedCertificateJobs)).items.some(
          (job) => job.enrolmentId === enrolmentId,
        ),
      );

      // 1. The panel lists it with the holder, the course and the error's first line.
      await page.goto('/issued-certificates');
      const panel = page.getByRole('region', { name: 'Tác vụ cấp chứng nhận bị lỗi' });
      const row = panel.getByRole('row').filter({ hasText: holder!.name });
      await row.waitFor();
      await row.getByText(/ENOENT/).waitFor();
      await screenshot(page, 'certificate-admin-07-failed-job');

      // 2. The cause fixed (the template loses its missing logo), the admin retries: the certificate is issued.
      await db.query(`UPDATE certificate_templates SET logo_upload_id = NULL WHERE course_id = $1`, [course!.courseId]);
      await row.getByRole('button', { name: `Chạy lại tác vụ cấp chứng nhận cho ${holder!.name}` }).click();
      await page.getByText('Đã đưa tác vụ vào hàng đợi để chạy lại').waitFor();
      await eventually(
        async () =>
          (await db.query(`SELECT 1 FROM certificates WHERE enrolment_id = $1`, [enrolmentId])).rowCount === 1,
      );
      await page.reload();
      await panel.getByText('Không có tác vụ nào bị lỗi').waitFor();
      await expectNoRawKeys(page);

      // 3. Her name is corrected in the register: the admin re-issues the certificate under the same number.
      const {
        rows: [issued],
      } = await db.query<{ id: string; code: string }>(`SELECT id, code FROM certificates WHERE enrolment_id = $1`, [
        enrolmentId,
      ]);
      const corrected = `${holder!.name} Ánh`;
      await db.query(`UPDATE people SET full_name = $2 WHERE id = $1`, [holder!.personId, corrected]);
      await page.goto(`/issued-certificates/${issued!.id}`);
      await page.getByRole('button', { name: 'Cấp lại với họ tên mới' }).click();
      const dialog = page.getByRole('dialog', { name: `Cấp lại chứng nhận ${issued!.code}` });
      expect(await dialog.getByLabel('Họ tên đang in').inputValue()).toBe(holder!.name);
      expect(await dialog.getByLabel('Họ tên mới').inputValue()).toBe(corrected);
      await dialog.getByLabel(/^Lý do cấp lại/).fill('Sửa họ tên theo căn cước công dân');
      await dialog.getByRole('button', { name: 'Cấp lại', exact: true }).click();
      await page.getByRole('heading', { name: corrected, level: 1 }).waitFor();
      const history = page.getByRole('region', { name: 'Lịch sử' });
      await history.getByText('Cấp lại sau khi sửa họ tên').waitFor();
      await history.getByText('Sửa họ tên theo căn cước công dân', { exact: false }).waitFor();
      await screenshot(page, 'certificate-admin-08-reissued');
      const detail = await apiGet(request, `/v1/certificates/${issued!.id}`, CertificateDetail);
      expect(detail).toMatchObject({ code: issued!.code, holderName: corrected, reissueNo: 1 });
    } finally {
      await queue.close();
      await db.query(`DELETE FROM certificate_templates WHERE course_id = $1`, [course!.courseId]);
      await db.query(`DELETE FROM uploads WHERE id = $1`, [uploadId]);
    }
  });
});
