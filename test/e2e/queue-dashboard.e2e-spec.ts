import { QUEUE_DASHBOARD_CSRF_HEADER, QUEUE_DASHBOARD_PATH } from '@sen/contracts';
import { Queue } from 'bullmq';
import type { Page } from 'playwright-core';
import { DESKTOP, expectNoRawKeys, newAppContext, screenshot, signIn } from './support/browser';
import { e2eEnv } from './support/e2e-env';
import { Journey } from './support/journey';

const journey = Journey.open();

async function newPage(): Promise<Page> {
  const context = await newAppContext(journey.browser, DESKTOP);
  journey.track(context);
  return context.newPage();
}

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Điều hướng chính' });
}

describe('queue dashboard', () => {
  it('lets the province admin open Operations and see every queue on the board', async () => {
    const page = await newPage();
    await page.goto('/sign-in');
    await signIn(page, 'admin@example.org');

    await mainNav(page).getByRole('link', { name: 'Vận hành', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/operations/queues');
    await page.getByRole('heading', { name: 'Hàng đợi tác vụ', level: 1 }).waitFor();
    const fullScreen = page.getByRole('link', { name: /Mở toàn màn hình/ });
    expect(await fullScreen.getAttribute('href')).toBe('/api/admin/queues/');
    await expectNoRawKeys(page);

    // The board runs inside the frame: the API let it be framed by this origin, and its scripts loaded and
    // fetched the queues with the admin's session.
    const board = page.frameLocator('iframe[title="Bảng theo dõi hàng đợi (Bull Board)"]');
    await board.getByText('issue-certificate', { exact: true }).first().waitFor();
    await board.getByText('report-deliveries', { exact: true }).first().waitFor();
    // The queues' cards, drawn from the board's JSON.
    await board
      .getByText(/^\d+ Jobs?$/)
      .first()
      .waitFor();
    await screenshot(page, 'queue-dashboard-admin');
  });

  it('promotes a delayed job from the board, which sends the session CSRF token it was handed', async () => {
    const env = e2eEnv();
    const queue = new Queue('maintenance', {
      connection: { url: env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
      prefix: `${env.REDIS_PREFIX}:bull`,
    });
    try {
      // A harmless task, due in an hour.
      const job = await queue.add('e2e-delayed-purge', { task: 'purge-expired-sessions' }, { delay: 3_600_000 });
      const page = await newPage();
      await page.goto('/sign-in');
      await signIn(page, 'admin@example.org');
      await page.goto(`${QUEUE_DASHBOARD_PATH}/queue/maintenance?status=delayed`);
      const card = page
        .locator('div', { has: page.getByText('e2e-delayed-purge', { exact: true }) })
        .filter({ has: page.locator('button') })
        .last();
      // The job card's first action is "promote"; Bull Board asks to confirm.
      await card.locator('button').first().click();
      const sent = page.waitForRequest((request) => request.method() === 'PUT' && request.url().endsWith('/promote'));
      await page.getByRole('button', { name: 'Confirm' }).click();
      const request = await sent;
      expect(request.headers()[QUEUE_DASHBOARD_CSRF_HEADER]).toBeTruthy();
      expect((await request.response())?.status()).toBe(204);
      expect(await job.getState()).not.toBe('delayed');
      const audit = await journey.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'queue.operate' AND details->>'jobId' = $1`,
        [job.id],
      );
      expect(audit.rows[0]!.n).toBe(1);
    } finally {
      await queue.close();
    }
  });

  it('shows a trainer no Operations entry, and refuses the page and the board by address', async () => {
    const page = await newPage();
    await page.goto('/sign-in');
    await signIn(page, 'trainer@example.org');
    await mainNav(page).getByRole('link').first().waitFor();
    expect(await mainNav(page).getByRole('link', { name: 'Vận hành' }).count()).toBe(0);

    await page.goto('/operations/queues');
    await page.getByRole('heading', { name: 'Bạn không có quyền xem trang này' }).waitFor();
    expect(await page.locator('iframe').count()).toBe(0);

    const board = await page.goto('/api/admin/queues/');
    expect(board?.status()).toBe(403);
    await page.getByText('Only administrators of the province').waitFor();
    await screenshot(page, 'queue-dashboard-trainer-refused');
  });
});
