import { CourseDetail, CoursePage, EnrolmentPage, RequirementList } from '@sen/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { apiGet } from './support/api';
import { DESKTOP, PHONE, launchBrowser, newAppContext, screenshot, signIn } from './support/browser';

/** A seeded programme required only of presidents and vice-presidents, so branch heads are new to it. */
const COURSE = 'Ứng dụng công nghệ thông tin cho Chủ tịch, Phó Chủ tịch Hội cơ sở';
const VU_BAN = 'Hội LHPN huyện Vụ Bản';
/** The demo trainee: branch head of "Chi hội thôn Đông", xã Minh Tân, huyện Vụ Bản. */
const TRAINEE = { name: 'Nguyễn Thị Hoa', unit: 'Chi hội thôn Đông', search: 'nguyen thi hoa' };
/** The Vụ Bản reviewer: a member of the district union who holds no position, so no requirement enrols her. */
const BY_HAND = { name: 'Lê Thị Ngọc Anh', unit: VU_BAN, search: 'le thi ngoc anh' };
const DUE_DAY = '2027-03-31';
const DUE_SHOWN = /31 thg 3, 2027|31\/03\/2027|31 tháng 3, 2027/;

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function signedInPage(identifier: string): Promise<Page> {
  const context = await newAppContext(browser, DESKTOP);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await signIn(page, identifier);
  return page;
}

function learnersTable(page: Page): Locator {
  return page.getByRole('table', { name: /^Học viên trong phạm vi của bạn/ });
}

function rowOf(page: Page, person: { name: string; unit: string }): Locator {
  return learnersTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${person.name}`) }) })
    .filter({ hasText: person.unit });
}

/** Finds a learner as a trainer does: by typing her name without diacritics into the list's search. */
async function findLearner(page: Page, person: { name: string; unit: string; search: string }): Promise<Locator> {
  const box = page.getByRole('searchbox', { name: 'Tìm học viên' });
  await box.fill(person.search);
  await box.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('search') === person.search);
  const row = rowOf(page, person);
  await row.waitFor();
  return row;
}

describe('course delivery', () => {
  it('requires a published course of a district’s branch heads, assigns and unenrols one person by hand', async () => {
    const page = await signedInPage('trainer@example.org');
    const request = page.context().request;
    const courses = await apiGet(request, `/v1/courses?search=${encodeURIComponent('ung dung cong nghe')}`, CoursePage);
    const course = courses.items.find((item) => item.title === COURSE);
    expect(course?.latestPublished?.versionNo).toBe(1);
    const courseId = course?.id ?? '';
    const before = await apiGet(request, `/v1/courses/${courseId}/enrolments?pageSize=1`, EnrolmentPage);

    // 1. The course editor opens on its content; the requirements tab is a link of its own.
    await page.goto(`/courses/${courseId}`);
    await page.getByRole('heading', { name: COURSE, level: 1 }).waitFor();
    expect(await page.getByRole('tab', { name: 'Nội dung' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tab', { name: 'Yêu cầu bắt buộc' }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'requirements');
    await page.getByRole('table', { name: 'Các yêu cầu đang áp dụng' }).waitFor();

    // 2. Require it of branch heads and their reserves in Vụ Bản, due at the end of March 2027.
    await page.getByRole('button', { name: 'Thêm yêu cầu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm yêu cầu bắt buộc' });
    await dialog.getByRole('button', { name: 'Thêm yêu cầu' }).click();
    // Nothing chosen: the form says what is missing at each field, before asking the server.
    await dialog.getByText('Vui lòng chọn', { exact: true }).waitFor();
    await dialog.getByRole('combobox', { name: 'Đơn vị' }).fill('vu ban');
    await page
      .getByRole('option', { name: new RegExp(VU_BAN) })
      .first()
      .click();
    await dialog.getByRole('checkbox', { name: 'Chi hội trưởng' }).check();
    await dialog.getByRole('checkbox', { name: 'Tính cả người trong diện quy hoạch' }).check();
    await dialog.getByLabel('Hạn hoàn thành').fill(DUE_DAY);
    await screenshot(page, 'course-delivery-01-requirement-form');
    await dialog.getByRole('button', { name: 'Thêm yêu cầu' }).click();
    const added = page.getByText(/^Đã thêm yêu cầu; \d+ người được ghi danh theo yêu cầu này$/);
    await added.waitFor();
    const enrolledByRequirement = Number(/(\d+) người/.exec(await added.innerText())?.[1]);
    expect(enrolledByRequirement).toBeGreaterThan(0);
    await dialog.waitFor({ state: 'detached' });
    const requirementRow = page
      .getByRole('table', { name: 'Các yêu cầu đang áp dụng' })
      .getByRole('row')
      .filter({ hasText: VU_BAN });
    await requirementRow.getByText('Chi hội trưởng').waitFor();
    await requirementRow.getByText('Kể cả quy hoạch').waitFor();
    const requirements = await apiGet(request, `/v1/courses/${courseId}/requirements`, RequirementList);
    expect(requirements.items.find((item) => item.unit.name === VU_BAN)).toMatchObject({
      positions: ['branch_head'],
      includeReserves: true,
      dueAt: expect.stringMatching(/^2027-03-31T16:59:59/) as unknown,
      enrolled: enrolledByRequirement,
    });

    // 3. The learners tab lists them on the published version, with the requirement's due date.
    await page.getByRole('tab', { name: 'Học viên' }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'learners');
    await learnersTable(page)
      .getByText(`Học viên trong phạm vi của bạn: ${before.total + enrolledByRequirement} người`)
      .waitFor();
    const trainee = await findLearner(page, TRAINEE);
    await trainee.getByText('v1', { exact: true }).waitFor();
    await trainee.getByText('Yêu cầu bắt buộc').waitFor();
    await trainee.getByText('Chưa bắt đầu').waitFor();
    await trainee.getByRole('cell', { name: DUE_SHOWN }).waitFor();
    await screenshot(page, 'course-delivery-02-learners-desktop');
    // She has not completed, so the completed ones leave her out; any status brings her back.
    const status = page.getByRole('combobox', { name: 'Trạng thái' });
    await status.click();
    await page.getByRole('option', { name: 'Đã hoàn thành' }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'completed');
    await rowOf(page, TRAINEE).waitFor({ state: 'detached' });
    await status.click();
    await page.getByRole('option', { name: 'Mọi trạng thái' }).click();
    await page.waitForURL((url) => !url.searchParams.has('status'));
    await rowOf(page, TRAINEE).waitFor();

    // 4. One more person, by name, through the assign dialog.
    await page.getByRole('button', { name: 'Ghi danh', exact: true }).click();
    const assign = page.getByRole('dialog', { name: 'Ghi danh học viên' });
    await assign.getByRole('button', { name: 'Ghi danh', exact: true }).click();
    await assign.getByText('Hãy chọn ít nhất một người').waitFor();
    await assign.getByRole('combobox', { name: 'Hội viên' }).fill('le thi ngoc anh');
    const option = page.getByRole('option', { name: new RegExp(`${BY_HAND.name}.*${BY_HAND.unit}`) });
    await option.click();
    // The people list stays open for more picks, over the submit button: a click outside it closes it.
    await assign.getByRole('heading', { name: 'Ghi danh học viên' }).click();
    await option.waitFor({ state: 'hidden' });
    await assign.getByText(BY_HAND.name).waitFor();
    await assign.getByRole('button', { name: 'Ghi danh', exact: true }).click();
    await page.getByText('Đã ghi danh 1 người; 0 người đã có trong danh sách từ trước.').waitFor();
    await assign.waitFor({ state: 'detached' });
    const byHand = await findLearner(page, BY_HAND);
    await byHand.getByText('Ghi danh từng người').waitFor();
    await byHand.getByText('v1', { exact: true }).waitFor();

    // 5. Unenrol her: the confirmation says her history stays; she leaves the current list.
    await byHand.getByRole('button', { name: `Hủy ghi danh ${BY_HAND.name}` }).click();
    const confirm = page.getByRole('dialog', { name: `Hủy ghi danh ${BY_HAND.name}?` });
    await confirm.getByText(/lịch sử ghi danh vẫn được lưu lại/).waitFor();
    await confirm.getByRole('button', { name: 'Hủy ghi danh' }).click();
    await page.getByText(`Đã hủy ghi danh ${BY_HAND.name}`).waitFor();
    await confirm.waitFor({ state: 'detached' });
    await rowOf(page, BY_HAND).waitFor({ state: 'detached' });
    await page.getByText('Không tìm thấy học viên nào').waitFor();

    // 6. With ended enrolments shown she is back, marked as ended, with no unenrol button.
    // By keyboard: scrolled to the top edge, the switch would sit under the fixed header.
    await page.getByRole('switch', { name: 'Hiện cả người đã kết thúc' }).focus();
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('includeEnded') === 'true');
    await learnersTable(page).getByRole('columnheader', { name: 'Ngày kết thúc' }).waitFor();
    const ended = await findLearner(page, BY_HAND);
    await ended.getByText('Đã kết thúc').waitFor();
    expect(await ended.getByRole('button', { name: /Hủy ghi danh/ }).count()).toBe(0);
    const withEnded = await apiGet(
      request,
      `/v1/courses/${courseId}/enrolments?includeEnded=true&pageSize=100&page=1`,
      EnrolmentPage,
    );
    expect(withEnded.total).toBe(before.total + enrolledByRequirement + 1);

    // 7. The same list on a 360-px phone: no page-wide sideways scroll, the table scrolls in its frame.
    await page.setViewportSize(PHONE);
    await page.goto(`/courses/${courseId}?tab=learners`);
    await findLearner(page, TRAINEE);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.viewport);
    await screenshot(page, 'course-delivery-03-learners-phone');
    await page.getByRole('button', { name: 'Ghi danh', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Ghi danh học viên' })
      .getByRole('radio', { name: /^Theo chức danh/ })
      .check();
    await screenshot(page, 'course-delivery-04-assign-phone');
  });

  it('shows a reviewer the learners and requirements read-only', async () => {
    const page = await signedInPage('reviewer@example.org');
    const courses = await apiGet(
      page.context().request,
      `/v1/courses?search=${encodeURIComponent('ung dung cong nghe')}`,
      CoursePage,
    );
    const courseId = courses.items.find((item) => item.title === COURSE)?.id ?? '';
    const course = await apiGet(page.context().request, `/v1/courses/${courseId}`, CourseDetail);
    expect(course.latestPublished).not.toBeNull();

    await page.goto(`/courses/${courseId}?tab=learners`);
    expect(await page.getByRole('tab', { name: 'Học viên' }).getAttribute('aria-selected')).toBe('true');
    await learnersTable(page).getByRole('row').nth(1).waitFor();
    expect(await page.getByRole('button', { name: 'Ghi danh', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Hủy ghi danh/ }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Yêu cầu bắt buộc' }).click();
    await page.getByRole('table', { name: 'Các yêu cầu đang áp dụng' }).getByRole('row').nth(1).waitFor();
    expect(await page.getByRole('button', { name: 'Thêm yêu cầu' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Bỏ yêu cầu/ }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Cài đặt' }).click();
    const open = page.getByRole('switch', { name: 'Cho phép tự đăng ký' });
    await open.waitFor({ state: 'attached' });
    expect(await open.isDisabled()).toBe(true);
    await page.getByText('Bạn chỉ có quyền xem cài đặt này.').waitFor();
  });
});
