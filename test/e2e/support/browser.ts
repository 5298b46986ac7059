import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from './api';
import { ARTIFACTS, BASE_URL, CHROMIUM, CHROMIUM_ARGS, WORKSPACE } from './e2e-env';

export const DESKTOP = { width: 1280, height: 800 };
/** A small Android phone, the trainee's usual device. */
export const PHONE = { width: 360, height: 740 };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A Vietnamese browser profile of its own (cookies, service worker, caches) on the app. */
export async function newAppContext(
  browser: Browser,
  viewport: { width: number; height: number },
  options: { hasTouch?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport, locale: 'vi-VN', ...options });
  // Well under Jest's test timeout, so a missing element fails with its own locator in the message.
  context.setDefaultTimeout(15_000);
  return context;
}

/** Screenshots are artifacts of the run, kept out of git (test/e2e/artifacts is ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * Signs in through the Vietnamese form the page shows, as a person types it, and waits for the signed-in
 * shell (its sign-out button sits in the header on phones too).
 */
export async function signIn(page: Page, identifier: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Đăng nhập' });
  await form.getByLabel('E-mail hoặc số điện thoại').fill(identifier);
  await form.getByLabel(/^Mật khẩu/).fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

/** Signs out from the header and waits for the sign-in form. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await page.getByRole('form', { name: 'Đăng nhập' }).waitFor();
}

/** Waits until an image has really loaded: a broken or pending image has no natural width. */
export async function waitForImageLoaded(page: Page, image: Locator): Promise<void> {
  await image.waitFor();
  const handle = await image.elementHandle();
  await page.waitForFunction((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0, handle);
  await handle?.dispose();
}

/** The id at the end of the page's path, e.g. a course's after it was created. */
export function lastPathSegment(page: Page): string {
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

const DICTIONARIES = join(WORKSPACE, 'apps', 'web', 'src', 'i18n');
const TOP_LEVEL_KEYS = ['vi.json', 'vi.staff.json'].flatMap((file) =>
  Object.keys(JSON.parse(readFileSync(join(DICTIONARIES, file), 'utf8')) as object),
);
/** A translation key shown as is (e.g. `courses.list.title`): i18next's sign of texts not loaded. */
const RAW_KEY = new RegExp(`\\b(?:${TOP_LEVEL_KEYS.join('|')})\\.[a-z]\\w*`);

/** The page shows translated texts only, from both dictionary parts (trainee and staff), no raw key. */
export async function expectNoRawKeys(page: Page): Promise<void> {
  expect((await page.locator('body').innerText()).match(RAW_KEY)?.[0]).toBeUndefined();
}
