import { AuditPage, PersonPage, SessionView, UnitDetail, UnitPage } from '@sen/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { apiGet, apiSignIn, apiStatus } from './support/api';
import { apiSend, apiSession } from './support/api-write';
import { DESKTOP, PHONE, expectNoRawKeys, launchBrowser, newAppContext, screenshot, signIn } from './support/browser';
import { BASE_URL } from './support/e2e-env';

const VU_BAN = 'Hội LHPN huyện Vụ Bản';
const Y_YEN = 'Hội LHPN huyện Ý Yên';
const PROVINCE = 'Hội LHPN tỉnh Nam Định';

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await newAppContext(browser, viewport);
  contexts.push(context);
  return context.newPage();
}

/** Waits for the document language the app sets on <html> whenever i18next switches. */
async function expectHtmlLang(page: Page, lang: 'vi' | 'en'): Promise<void> {
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
  expect(await page.locator('html').getAttribute('lang')).toBe(lang);
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.viewport);
}

/**
 * Whether an element lies inside the viewport. Mantine's collapsed mobile navbar is slid off-screen
 * with a transform, which Playwright's `isVisible` does not treat as hidden.
 */
async function isOnScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.right > 0 && box.left < window.innerWidth;
  });
}

/** Waits for an element to be wholly inside the viewport, e.g. once the mobile navbar has slid in. */
async function waitUntilFullyOnScreen(page: Page, locator: Locator): Promise<void> {
  const handle = await locator.elementHandle();
  await page.waitForFunction((element) => {
    const box = element?.getBoundingClientRect();
    return box !== undefined && box.width > 0 && box.left >= 0 && box.right <= window.innerWidth;
  }, handle);
  await handle?.dispose();
}

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: /^(Điều hướng chính|Main navigation)$/ });
}

describe('admin journey', () => {
  it('signs in, creates a commune and a member in it, switches language and signs out', async () => {
    const page = await newPage(DESKTOP);
    const request = page.context().request;
    const stamp = Date.now();
    const communeName = `Xã Thử Nghiệm ${stamp}`;
    const personName = `Nguyễn Thị Thử ${stamp}`;

    // 1. A visitor without a session lands on the Vietnamese sign-in page.
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await expectHtmlLang(page, 'vi');
    await page.getByRole('heading', { name: 'Đăng nhập', level: 2 }).waitFor();
    await screenshot(page, 'admin-journey-01-sign-in');

    await signIn(page, 'admin@example.org');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await screenshot(page, 'admin-journey-02-home');

    // 2. Organisation screen → the province → Vụ Bản, then a new commune under it.
    await mainNav(page).getByRole('link', { name: 'Tổ chức', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/units');
    const roots = page.getByRole('list', { name: 'Các đơn vị trong phạm vi của bạn' });
    await roots.getByRole('link', { name: new RegExp(PROVINCE) }).click();
    await page.getByRole('heading', { name: PROVINCE, level: 1 }).waitFor();
    const districts = page.getByRole('list', { name: `Đơn vị trực thuộc ${PROVINCE}` });
    await districts.getByRole('link', { name: new RegExp(VU_BAN) }).click();
    await page.getByRole('heading', { name: VU_BAN, level: 1 }).waitFor();
    const vuBanId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await screenshot(page, 'admin-journey-03-vu-ban');

    await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
    const dialog = page.getByRole('dialog', { name: `Thêm đơn vị trực thuộc ${VU_BAN}` });
    await dialog.getByLabel('Tên đơn vị').fill(communeName);
    await dialog.getByRole('combobox', { name: 'Cấp' }).click();
    await page.getByRole('option', { name: 'Xã', exact: true }).click();
    await screenshot(page, 'admin-journey-04-create-commune');
    await dialog.getByRole('button', { name: 'Tạo', exact: true }).click();

    // The app opens the new unit; its breadcrumb leads back to Vụ Bản, whose list now holds it.
    await page.getByRole('heading', { name: communeName, level: 1 }).waitFor();
    await dialog.waitFor({ state: 'detached' });
    const communeId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(communeId).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByText('Xã', { exact: true }).first().waitFor();
    await page
      .getByRole('navigation', { name: 'Vị trí trong cây tổ chức' })
      .getByRole('link', { name: VU_BAN })
      .click();
    await page.getByRole('heading', { name: VU_BAN, level: 1 }).waitFor();
    const vuBanChildren = page.getByRole('list', { name: `Đơn vị trực thuộc ${VU_BAN}` });
    await vuBanChildren.getByRole('link', { name: new RegExp(communeName) }).waitFor();
    await screenshot(page, 'admin-journey-05-commune-listed');

    // 3. From the new commune: its members (none yet) → add one, with the commune preselected.
    await vuBanChildren.getByRole('link', { name: new RegExp(communeName) }).click();
    await page.getByRole('heading', { name: communeName, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Xem hội viên' }).click();
    await page.waitForURL((url) => url.pathname === '/people' && url.searchParams.get('unitId') === communeId);
    await page.getByText('Không tìm thấy hội viên nào').waitFor();
    await page.getByRole('link', { name: 'Thêm hội viên' }).click();
    await page.getByRole('heading', { name: 'Thêm hội viên', level: 1 }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Đơn vị' }).inputValue()).toBe(communeName);
    await page.getByLabel('Họ và tên').fill(personName);
    await page.getByRole('combobox', { name: 'Giới tính' }).click();
    await page.getByRole('option', { name: 'Nữ', exact: true }).click();
    await page.getByLabel('Năm sinh').fill('1990');
    await screenshot(page, 'admin-journey-06-create-person');
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();

    await page.getByRole('heading', { name: personName, level: 1 }).waitFor();
    const personId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(personId).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: communeName }).waitFor();

    await page.goto(`/people?unitId=${communeId}`);
    const members = page.getByRole('table', { name: `Hội viên thuộc ${communeName} và các đơn vị trực thuộc` });
    await members.getByRole('link', { name: personName }).waitFor();
    expect(await members.getByRole('row').count()).toBe(2); // header + the one new member
    await screenshot(page, 'admin-journey-07-person-listed');

    // 4. The server holds both, and the audit trail names their creation.
    const commune = await apiGet(request, `/v1/units/${communeId}`, UnitDetail);
    expect(commune).toMatchObject({ name: communeName, parentId: vuBanId, level: { code: 'commune' } });
    expect(commune.ancestors.map((ancestor) => ancestor.name)).toEqual([PROVINCE, VU_BAN]);
    const people = await apiGet(request, `/v1/people?unitId=${communeId}`, PersonPage);
    expect(people.items.map((person) => [person.id, person.fullName, person.gender, person.birthYear])).toEqual([
      [personId, personName, 'female', 1990],
    ]);
    const unitAudit = await apiGet(request, '/v1/audit?action=unit.create', AuditPage);
    expect(unitAudit.items.find((entry) => entry.targetId === communeId)?.actor?.name).toBe('Phạm Thị Thanh Hương');
    const personAudit = await apiGet(request, '/v1/audit?action=person.create', AuditPage);
    expect(personAudit.items.some((entry) => entry.targetId === personId)).toBe(true);

    await mainNav(page).getByRole('link', { name: 'Nhật ký hoạt động' }).click();
    await page.getByRole('heading', { name: 'Nhật ký hoạt động', level: 1 }).waitFor();
    const audit = page.getByRole('table', { name: /Thời gian theo giờ Việt Nam/ });
    const unitRow = audit.getByRole('row').filter({ has: page.locator(`a[href="/units/${communeId}"]`) });
    const personRow = audit.getByRole('row').filter({ has: page.locator(`a[href="/people/${personId}"]`) });
    await unitRow.waitFor();
    await personRow.waitFor();
    expect(await unitRow.getByRole('cell').allInnerTexts()).toEqual(
      expect.arrayContaining(['Phạm Thị Thanh Hương', 'Tạo đơn vị', communeName]) as unknown,
    );
    expect(await personRow.getByRole('cell').allInnerTexts()).toEqual(
      expect.arrayContaining(['Phạm Thị Thanh Hương', 'Thêm hội viên', communeName]) as unknown,
    );
    await screenshot(page, 'admin-journey-08-audit');
    // Staff screens' texts are a chunk of their own, in before the shell shows a staff screen.
    await expectNoRawKeys(page);

    // 5. English, saved on the account: it survives a reload. The menu's code loads on the first press;
    // by keyboard it still opens with focus inside and gives focus back to its button on Escape.
    const languageButton = page.getByRole('button', { name: 'Đổi ngôn ngữ (đang dùng: Tiếng Việt)' });
    await languageButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'English' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('[role="menu"]') !== null);
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-haspopup') === 'menu');
    expect(await languageButton.evaluate((element) => element === document.activeElement)).toBe(true);
    await languageButton.click();
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/me') && response.request().method() === 'PATCH',
    );
    await page.getByRole('menuitem', { name: 'English' }).click();
    expect((await saved).status()).toBe(200);
    await expectHtmlLang(page, 'en');
    await mainNav(page).getByRole('link', { name: 'Organisation', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Change language (current: English)' }).waitFor();
    await screenshot(page, 'admin-journey-09-english');
    await expectNoRawKeys(page);

    await page.reload();
    await expectHtmlLang(page, 'en');
    await mainNav(page).getByRole('link', { name: 'Organisation', exact: true }).waitFor();
    await mainNav(page).getByRole('link', { name: 'Members', exact: true }).waitFor();
    expect((await apiGet(request, '/v1/auth/session', SessionView)).user.locale).toBe('en');

    // 6. Sign out: back to the (English) sign-in page; the session is gone on the server too.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByRole('heading', { name: 'Sign in', level: 2 }).waitFor();
    expect(await apiStatus(request, '/v1/auth/session')).toBe(401);
    await page.goto('/units');
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === '/units');
    await page
      .getByRole('form', { name: 'Sign in' })
      .getByLabel(/^Password/)
      .waitFor();
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).count()).toBe(0);
    await screenshot(page, 'admin-journey-10-signed-out');

    // The demo admin speaks Vietnamese again for the journeys that sign her in later.
    const session = await apiSession(request, 'admin@example.org');
    await apiSend(request, session, 'PATCH', '/v1/me', { locale: 'vi' }, SessionView);
  });

  it('works on a 360 px phone: sign-in, then navigation through the burger menu', async () => {
    const page = await newPage(PHONE);
    await page.goto('/people');
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === '/people');
    await page.getByRole('heading', { name: 'Đăng nhập', level: 2 }).waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'admin-journey-phone-01-sign-in');

    await signIn(page, 'reviewer@example.org');
    // Back where the visitor was going.
    await page.getByRole('heading', { name: 'Hội viên', level: 1 }).waitFor();
    const nav = mainNav(page);
    const burger = page.getByRole('button', { name: 'Mở menu' });
    expect(await isOnScreen(nav.getByRole('link', { name: 'Tổ chức', exact: true }))).toBe(false);
    expect(await burger.getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('table').getByRole('link').first().waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'admin-journey-phone-02-members');

    await burger.click();
    await page.getByRole('button', { name: 'Đóng menu' }).waitFor();
    await waitUntilFullyOnScreen(page, nav.getByRole('link', { name: 'Tổ chức', exact: true }));
    await screenshot(page, 'admin-journey-phone-03-menu');
    await nav.getByRole('link', { name: 'Tổ chức', exact: true }).click();
    await page.getByRole('heading', { name: 'Tổ chức', level: 1 }).waitFor();
    // Choosing a destination closes the menu again.
    await burger.waitFor();
    expect(await burger.getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('list', { name: 'Các đơn vị trong phạm vi của bạn' }).getByRole('link').first().waitFor();
    await expectNoHorizontalScroll(page);
  });

  it('keeps a district reviewer inside her district', async () => {
    // Ý Yên's id, looked up as the admin through the API.
    const admin = await browser.newContext({ baseURL: BASE_URL });
    contexts.push(admin);
    await apiSignIn(admin.request, 'admin@example.org');
    const found = await apiGet(admin.request, `/v1/units?search=${encodeURIComponent('Y Yen')}`, UnitPage);
    const yYen = found.items.find((unit) => unit.name === Y_YEN);
    expect(yYen).toBeDefined();
    const yYenId = yYen?.id ?? '';

    const page = await newPage(DESKTOP);
    await page.goto('/units');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await signIn(page, 'reviewer.vuban@example.org');
    await page.getByRole('heading', { name: 'Tổ chức', level: 1 }).waitFor();
    const roots = page.getByRole('list', { name: 'Các đơn vị trong phạm vi của bạn' });
    await roots.getByRole('link').first().waitFor();
    expect(await roots.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining(VU_BAN) as unknown]);
    // A reviewer reads, she does not administer.
    expect(await mainNav(page).getByRole('link', { name: 'Nhật ký hoạt động' }).count()).toBe(0);
    await screenshot(page, 'admin-journey-reviewer-01-roots');

    await page.goto(`/units/${yYenId}`);
    const alert = page.getByRole('alert').filter({ hasText: 'Không tải được dữ liệu' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Không tìm thấy dữ liệu');
    expect(await page.getByRole('heading', { name: Y_YEN }).count()).toBe(0);
    expect(await page.getByText(Y_YEN).count()).toBe(0);
    expect(await apiStatus(page.context().request, `/v1/units/${yYenId}`)).toBe(404);
    await screenshot(page, 'admin-journey-reviewer-02-out-of-scope');
  });
});
