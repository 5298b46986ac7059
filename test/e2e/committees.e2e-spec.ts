import type { Page } from 'playwright-core';
import { DESKTOP, expectNoRawKeys, newAppContext, screenshot, signIn } from './support/browser';
import { Journey } from './support/journey';

const PROVINCE_COMMITTEE = 'Ban Thường vụ Tỉnh ủy Nam Định';
const VU_BAN_COMMITTEE = 'Ban Thường vụ Huyện ủy Vụ Bản';
const RECIPIENT = { name: 'Đinh Thị Thanh Xuân', email: 'xuan.dtt@example.vn', role: 'Ủy viên Ban Thường vụ Tỉnh ủy' };

const journey = Journey.open();

async function newPage(): Promise<Page> {
  const context = await newAppContext(journey.browser, DESKTOP);
  journey.track(context);
  return context.newPage();
}

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Điều hướng chính' });
}

async function committeeId(name: string): Promise<string> {
  const { rows } = await journey.db.query<{ id: string }>(`SELECT id FROM committees WHERE name = $1`, [name]);
  if (!rows[0]) throw new Error(`the demo data holds no committee named ${name}`);
  return rows[0].id;
}

/**
 * Puts the seeded committee back as it was: the recipient and the schedule the journey added go, even if it
 * failed half-way, so other journeys (and a second run) find the demo data as seeded.
 */
async function restore(id: string, seeded: { recipients: string[]; schedules: string[] }): Promise<void> {
  await journey.db.query(`DELETE FROM report_schedules WHERE committee_id = $1 AND NOT (id = ANY($2::uuid[]))`, [
    id,
    seeded.schedules,
  ]);
  await journey.db.query(`DELETE FROM committee_recipients WHERE committee_id = $1 AND NOT (id = ANY($2::uuid[]))`, [
    id,
    seeded.recipients,
  ]);
}

describe('committees', () => {
  it('lets the province admin add a recipient and an on-demand schedule to the Party committee, then turn it off', async () => {
    const id = await committeeId(PROVINCE_COMMITTEE);
    const seeded = {
      recipients: (
        await journey.db.query<{ id: string }>(`SELECT id FROM committee_recipients WHERE committee_id = $1`, [id])
      ).rows.map((r) => r.id),
      schedules: (
        await journey.db.query<{ id: string }>(`SELECT id FROM report_schedules WHERE committee_id = $1`, [id])
      ).rows.map((r) => r.id),
    };
    const page = await newPage();
    await page.goto('/sign-in');
    await signIn(page, 'admin@example.org');

    try {
      // 1. The staff navigation leads to the committees; the seeded ones are listed.
      await mainNav(page).getByRole('link', { name: 'Ban nhận báo cáo', exact: true }).click();
      await page.getByRole('heading', { name: 'Ban nhận báo cáo', level: 1 }).waitFor();
      const table = page.getByRole('table', { name: /^Các ban nhận báo cáo/ });
      await table.getByRole('link', { name: VU_BAN_COMMITTEE }).waitFor();
      await page.getByRole('button', { name: 'Thêm ban' }).waitFor();
      await screenshot(page, 'committees-01-list');
      await table.getByRole('link', { name: PROVINCE_COMMITTEE }).click();
      await page.waitForURL((url) => url.pathname === `/committees/${id}`);
      await page.getByRole('heading', { name: PROVINCE_COMMITTEE, level: 1 }).waitFor();

      // 2. A recipient: an address already used in the committee (in other letters) is refused at the field.
      const recipients = page.getByRole('region', { name: 'Người nhận' });
      await recipients.getByRole('rowheader', { name: /Trần Văn Hùng/ }).waitFor();
      await recipients.getByRole('button', { name: 'Thêm người nhận' }).click();
      const dialog = page.getByRole('dialog', { name: 'Thêm người nhận' });
      await dialog.getByRole('textbox', { name: /^Họ và tên/ }).fill(RECIPIENT.name);
      await dialog.getByRole('textbox', { name: /^E-mail/ }).fill('HUNG.TV@example.vn');
      await dialog.getByRole('textbox', { name: /^Chức vụ/ }).fill(RECIPIENT.role);
      await dialog.getByRole('button', { name: 'Thêm', exact: true }).click();
      await dialog.getByText('Ban này đã có người nhận dùng địa chỉ e-mail này.').waitFor();
      await dialog.getByRole('textbox', { name: /^E-mail/ }).fill(RECIPIENT.email);
      await dialog.getByRole('button', { name: 'Thêm', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      const row = recipients.getByRole('row').filter({ hasText: RECIPIENT.name });
      await row.getByText(RECIPIENT.role).waitFor();
      await row.getByRole('cell', { name: RECIPIENT.email, exact: true }).waitFor();
      await screenshot(page, 'committees-02-recipient-added');

      // 3. An on-demand schedule, whose form says in words when each kind runs.
      const schedules = page.getByRole('region', { name: 'Lịch gửi báo cáo' });
      await schedules.getByRole('rowheader', { name: /Hằng tháng/ }).waitFor();
      await schedules.getByRole('button', { name: 'Thêm lịch' }).click();
      const scheduleDialog = page.getByRole('dialog', { name: 'Thêm lịch gửi báo cáo' });
      await scheduleDialog.getByText('Chạy lúc 06:00 ngày 1 hằng tháng, báo cáo tháng trước.').waitFor();
      await scheduleDialog.getByRole('combobox', { name: /^Loại lịch/ }).click();
      await page.getByRole('option', { name: 'Theo yêu cầu', exact: true }).click();
      await scheduleDialog.getByText('Không chạy tự động; báo cáo được lập khi cán bộ yêu cầu.').waitFor();
      await screenshot(page, 'committees-03-schedule-form');
      await scheduleDialog.getByRole('button', { name: 'Thêm lịch', exact: true }).click();
      await scheduleDialog.waitFor({ state: 'detached' });
      const onDemand = schedules.getByRole('row').filter({ hasText: 'Theo yêu cầu' });
      await onDemand.getByText('Đang bật').waitFor();
      await onDemand.getByText('Mọi khóa học bắt buộc trong phạm vi').waitFor();

      // 4. Turned off: the row says so, and so does the database.
      await onDemand.getByRole('button', { name: 'Tắt lịch Theo yêu cầu' }).click();
      await onDemand.getByText('Đã tắt').waitFor();
      const { rows: stored } = await journey.db.query<{ enabled: boolean }>(
        `SELECT enabled FROM report_schedules WHERE committee_id = $1 AND kind = 'on_demand'`,
        [id],
      );
      expect(stored).toEqual([{ enabled: false }]);
      await screenshot(page, 'committees-04-schedule-off');
      await expectNoRawKeys(page);

      // 5. Both go again, each after a confirmation.
      await onDemand.getByRole('button', { name: 'Xóa lịch Theo yêu cầu' }).click();
      const confirmDelete = page.getByRole('dialog', { name: 'Xóa lịch gửi báo cáo?' });
      await confirmDelete.getByRole('button', { name: 'Xóa lịch' }).click();
      await confirmDelete.waitFor({ state: 'detached' });
      await onDemand.waitFor({ state: 'detached' });
      await row.getByRole('button', { name: `Xóa ${RECIPIENT.name}` }).click();
      const confirmRemove = page.getByRole('dialog', { name: 'Xóa người nhận?' });
      await confirmRemove.getByText(new RegExp(`^${RECIPIENT.name} sẽ không nhận`)).waitFor();
      await confirmRemove.getByRole('button', { name: 'Xóa người nhận' }).click();
      await confirmRemove.waitFor({ state: 'detached' });
      await row.waitFor({ state: 'detached' });
    } finally {
      await restore(id, seeded);
    }
  });

  it('shows a Vụ Bản reviewer her district’s committee and the not-found page for the province’s', async () => {
    const page = await newPage();
    await page.goto('/sign-in');
    await signIn(page, 'reviewer.vuban@example.org');
    await mainNav(page).getByRole('link', { name: 'Ban nhận báo cáo', exact: true }).click();
    const table = page.getByRole('table', { name: /^Các ban nhận báo cáo/ });
    await table.getByRole('link', { name: VU_BAN_COMMITTEE }).waitFor();
    expect(await table.getByRole('link', { name: PROVINCE_COMMITTEE }).count()).toBe(0);
    // Reviewers schedule reports but do not manage committees.
    expect(await page.getByRole('button', { name: 'Thêm ban' }).count()).toBe(0);

    await page.goto(`/committees/${await committeeId(PROVINCE_COMMITTEE)}`);
    await page.getByRole('heading', { name: 'Không tìm thấy trang', level: 1 }).waitFor();
    expect(await page.getByText(PROVINCE_COMMITTEE).count()).toBe(0);
    await screenshot(page, 'committees-05-not-found');
  });
});
