import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, expectNoRawKeys, newAppContext, screenshot, signIn } from './support/browser';
import { Journey } from './support/journey';
import { mailsTo } from './support/mail-sink';

const journey = Journey.open();

async function newPage(viewport = DESKTOP): Promise<Page> {
  const context = journey.track(await newAppContext(journey.browser, viewport));
  return context.newPage();
}

/** From the first day of this month to today in Vietnam: the demo data's requirements start when it is seeded. */
function thisMonthSoFar(): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** Waits (up to 30 s) until `done` holds: the worker builds and sends in the background. */
async function eventually(done: () => Promise<boolean> | boolean): Promise<void> {
  const until = Date.now() + 30_000;
  while (!(await done())) {
    if (Date.now() > until) throw new Error('the worker did not get there within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('committee reports', () => {
  it('the province admin runs a report on demand, watches the delivery log fill, and a recipient confirms receipt', async () => {
    // A committee of the province covering Vụ Bản, with two members and an on-demand schedule.
    const tag = randomUUID().slice(0, 6);
    const committeeName = `Ban Thường vụ Huyện ủy Vụ Bản (${tag})`;
    const recipients = [
      { name: 'Trần Thị Bích Ngọc', email: `bich.ngoc.${randomUUID().slice(0, 8)}@example.org` },
      { name: 'Lê Văn Thành', email: `van.thanh.${randomUUID().slice(0, 8)}@example.org` },
    ];
    const {
      rows: [committee],
    } = await journey.db.query<{ id: string }>(
      `INSERT INTO committees (unit_id, name, name_search, kind)
       SELECT u.id, $1, lower($1), 'party_committee' FROM units u
        WHERE u.parent_id IS NULL AND u.name = 'Hội LHPN tỉnh Nam Định'
       RETURNING id`,
      [committeeName],
    );
    await journey.db.query(
      `INSERT INTO committee_units (committee_id, unit_id)
       SELECT $1, id FROM units WHERE name = 'Hội LHPN huyện Vụ Bản'`,
      [committee!.id],
    );
    for (const r of recipients) {
      await journey.db.query(
        `INSERT INTO committee_recipients (committee_id, full_name, email, role) VALUES ($1, $2, $3, 'Ủy viên')`,
        [committee!.id, r.name, r.email],
      );
    }
    await journey.db.query(
      `INSERT INTO report_schedules (committee_id, kind, created_by)
       SELECT $1, 'on_demand', id FROM users WHERE email = 'admin@example.org'`,
      [committee!.id],
    );

    // 1. The admin finds the reports in the navigation and runs the schedule for this month so far.
    const page = await newPage();
    await page.goto('/sign-in');
    await signIn(page, 'admin@example.org');
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Báo cáo gửi các ban', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Báo cáo gửi các ban', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Lập báo cáo ngay' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lập và gửi báo cáo ngay' });
    await dialog.getByRole('combobox', { name: 'Lịch báo cáo' }).fill(tag);
    await page.getByRole('option', { name: new RegExp(`${tag}.*Theo yêu cầu`) }).click();
    // An on-demand schedule has no calendar of its own: the dates are the only choice.
    expect(await dialog.getByRole('radio', { name: 'Kỳ vừa kết thúc theo lịch' }).isDisabled()).toBe(true);
    const { from, to } = thisMonthSoFar();
    await dialog.getByLabel('Từ ngày').fill(from);
    await dialog.getByLabel('Đến ngày').fill(to);
    await screenshot(page, 'reports-run-dialog');
    await dialog.getByRole('button', { name: 'Lập và gửi' }).click();

    // 2. The report's page follows the worker: built, then each copy sent.
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    const log = page.getByRole('table', { name: /Mỗi người nhận một bản/ });
    await log.waitFor();
    for (const r of recipients) {
      await log
        .getByRole('row', { name: new RegExp(r.name) })
        .getByText('Đã gửi', { exact: true })
        .waitFor({
          timeout: 30_000,
        });
    }
    await page.getByRole('heading', { name: 'Kết quả chung' }).waitFor();
    await page.getByRole('link', { name: 'Tải PDF' }).waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'reports-delivery-log');

    // 3. The first recipient opens the link in her mail, on her phone, without an account.
    await eventually(() => mailsTo(recipients[0]!.email).length > 0);
    expect(mailsTo(recipients[0]!.email)).toHaveLength(1);
    const token = /\/reports\/received\/([A-Za-z0-9_.-]+)/.exec(mailsTo(recipients[0]!.email)[0]!)![1]!;
    const phone = await newPage(PHONE);
    await phone.goto(`/reports/received/${token}`);
    await phone.getByText(`Kính gửi đồng chí ${recipients[0]!.name}`).waitFor();
    await phone.getByRole('heading', { name: 'Kết quả chung' }).waitFor();
    await phone.getByRole('link', { name: 'Mở báo cáo (PDF)' }).waitFor();
    expect(await phone.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    await phone.getByRole('button', { name: 'Xác nhận đã nhận báo cáo' }).click();
    await phone.getByText(/Đã xác nhận nhận báo cáo lúc/).waitFor();
    await expectNoRawKeys(phone);
    await screenshot(phone, 'reports-receipt');

    // Opening the link again shows the receipt as recorded; a changed link shows nothing.
    await phone.reload();
    await phone.getByText(/Đã xác nhận nhận báo cáo lúc/).waitFor();
    await phone.goto(`/reports/received/${token.slice(0, -3)}AAA`);
    await phone.getByText(/Đường dẫn này không đúng/).waitFor();

    // 4. The admin's log shows who confirmed.
    await page.reload();
    const confirmed = log.getByRole('row', { name: new RegExp(recipients[0]!.name) });
    await confirmed.waitFor();
    // Sent, opened and confirmed: three times; the other recipient's copy was only sent.
    expect(await confirmed.locator('time').count()).toBe(3);
    expect(
      await log
        .getByRole('row', { name: new RegExp(recipients[1]!.name) })
        .locator('time')
        .count(),
    ).toBe(1);
    const { rows } = await journey.db.query<{ email: string; received: boolean; status: string }>(
      `SELECT d.email, d.received_at IS NOT NULL AS received, d.status
         FROM report_deliveries d JOIN reports r ON r.id = d.report_id
         JOIN report_schedules s ON s.id = r.schedule_id WHERE s.committee_id = $1 ORDER BY d.full_name`,
      [committee!.id],
    );
    expect(rows).toEqual([
      { email: recipients[1]!.email, received: false, status: 'sent' },
      { email: recipients[0]!.email, received: true, status: 'sent' },
    ]);
    // One mail per recipient.
    expect(recipients.map((r) => mailsTo(r.email).length)).toEqual([1, 1]);
  });
});
