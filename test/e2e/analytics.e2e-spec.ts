import { AnalyticsBreakdown, AnalyticsRosterPage, AnalyticsTrend, type AnalyticsChildRow } from '@sen/contracts';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { apiGet } from './support/api';
import { DESKTOP, expectNoRawKeys, newAppContext, screenshot, signIn } from './support/browser';
import { Journey } from './support/journey';

const journey = Journey.open();

const PROVINCE = 'Hội LHPN tỉnh Nam Định';
const VU_BAN = 'Hội LHPN huyện Vụ Bản';
const Y_YEN = 'Hội LHPN huyện Ý Yên';
const MINH_TAN = 'Hội LHPN xã Minh Tân';

/** A seeded unit's id, by its (unique, in the demo) name. */
async function unitId(name: string): Promise<string> {
  const { rows } = await journey.db.query<{ id: string }>(`SELECT id FROM units WHERE name = $1`, [name]);
  if (rows.length !== 1 || !rows[0]) throw new Error(`the demo data has ${rows.length} units named ${name}`);
  return rows[0].id;
}

async function newPage(): Promise<Page> {
  const context = await newAppContext(journey.browser, DESKTOP);
  journey.track(context);
  return context.newPage();
}

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Điều hướng chính' });
}

/** Numbers as the Vietnamese screen writes them (1.234). */
function vi(value: number): string {
  return new Intl.NumberFormat('vi-VN').format(value);
}

function filtersOf(page: Page): Locator {
  return page.getByRole('search', { name: 'Lọc số liệu' });
}

function childrenTable(page: Page): Locator {
  return page.getByRole('table', { name: /^Các đơn vị trực thuộc/ });
}

/** The unit, required and completed cells of each row of the drill-down table, as shown. */
async function shownChildren(page: Page): Promise<{ name: string; required: string; completed: string }[]> {
  const rows = childrenTable(page).locator('tbody tr');
  const count = await rows.count();
  const shown = [];
  for (let index = 0; index < count; index += 1) {
    const row = rows.nth(index);
    shown.push({
      name: (await row.getByRole('rowheader').textContent())?.trim() ?? '',
      required: (await row.getByRole('cell').nth(0).textContent())?.trim() ?? '',
      completed: (await row.getByRole('cell').nth(1).textContent())?.trim() ?? '',
    });
  }
  return shown;
}

/** The table lists the API's children with their numbers, in its order (then the unit's own positions). */
async function expectChildrenAsApi(page: Page, breakdown: AnalyticsBreakdown): Promise<void> {
  await childrenTable(page).locator('tbody tr').first().waitFor();
  const shown = await shownChildren(page);
  expect(shown.slice(0, breakdown.children.length)).toEqual(
    breakdown.children.map((row) => ({
      name: row.unit.name,
      required: vi(row.indicators.required),
      completed: vi(row.indicators.completed),
    })),
  );
}

async function breakdownOf(page: Page, unitId: string, query = ''): Promise<AnalyticsBreakdown> {
  return apiGet(page.context().request, `/v1/analytics/units/${unitId}${query}`, AnalyticsBreakdown);
}

/** A child someone is required in, to drill into (the demo's own unit first when it qualifies). */
function childToOpen(breakdown: AnalyticsBreakdown, preferred: string): AnalyticsChildRow {
  const withCadres = breakdown.children.filter((row) => row.indicators.required > 0);
  const chosen = withCadres.find((row) => row.unit.name === preferred) ?? withCadres[0];
  if (!chosen) throw new Error(`nobody is required under ${breakdown.unit.name} in the demo data`);
  return chosen;
}

describe('completion analytics', () => {
  it('lets the province reviewer drill from the province to a branch’s roster and export what she sees', async () => {
    const page = await newPage();
    await page.goto('/sign-in');
    await signIn(page, 'reviewer@example.org');
    const provinceId = await unitId(PROVINCE);

    // 1. The navigation opens the top of her scope: the province, its nine districts with their numbers.
    await mainNav(page).getByRole('link', { name: 'Tiến độ đào tạo', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/analytics/units/${provinceId}`);
    await page.getByRole('heading', { name: PROVINCE, level: 1 }).waitFor();
    const province = await breakdownOf(page, provinceId);
    expect(province.children).toHaveLength(9);
    // The demo has a training history: something is required and something completed.
    expect(province.total.required).toBeGreaterThan(0);
    expect(province.total.completed).toBeGreaterThan(0);
    await expectChildrenAsApi(page, province);
    const cards = page.getByRole('group', { name: 'Chỉ số chính' });
    await cards
      .getByText(`Đã tổ chức đào tạo ở ${province.coverage.active}/${province.coverage.units} huyện`, { exact: true })
      .waitFor();
    await cards
      .getByText(
        `${vi(province.total.completed)}/${vi(province.total.required)} lượt cán bộ diện bắt buộc đã hoàn thành`,
      )
      .waitFor();
    // Lagging districts say so in words (not colour alone), the others do not.
    for (const row of province.children) {
      const shown = childrenTable(page)
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: row.unit.name }) });
      expect(await shown.getByText('Chậm tiến độ').count()).toBe(row.lagging ? 1 : 0);
    }
    const chart = page.getByRole('figure', { name: `Tỷ lệ hoàn thành theo đơn vị trực thuộc ${PROVINCE}` });
    await chart.locator('svg.recharts-surface').first().waitFor();
    // The chart as a picture for a slide: a real PNG named after its title and day.
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: 'Tải ảnh PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe(
      `ty-le-hoan-thanh-theo-don-vi-truc-thuoc-hoi-lhpn-tinh-nam-dinh-${province.to}.png`,
    );
    const image = readFileSync(await png.path());
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    // Wider than the chart on screen: drawn at twice the size, so it stays sharp when projected.
    expect(image.readUInt32BE(16)).toBeGreaterThan(1000);
    await screenshot(page, 'analytics-01-province');
    await expectNoRawKeys(page);

    // 2. Only the reserves: the URL keeps the filter and the headline follows the API's figures for it.
    await filtersOf(page).getByText('Dự bị', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('reserve') === 'reserve');
    const reserves = await breakdownOf(page, provinceId, '?reserve=reserve');
    await cards
      .getByText(
        `${vi(reserves.total.completed)}/${vi(reserves.total.required)} lượt cán bộ diện bắt buộc đã hoàn thành`,
      )
      .waitFor();
    await filtersOf(page).getByText('Tất cả', { exact: true }).click();
    await page.waitForURL((url) => !url.searchParams.has('reserve'));

    // 3. Drill down: district, then commune; the heading and the trail follow.
    const district = childToOpen(province, VU_BAN);
    await childrenTable(page).getByRole('link', { name: district.unit.name, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/analytics/units/${district.unit.id}`);
    await page.getByRole('heading', { name: district.unit.name, level: 1 }).waitFor();
    const trail = page.getByRole('navigation', { name: 'Đơn vị đang xem' });
    await trail.getByRole('link', { name: PROVINCE }).waitFor();
    const districtFigures = await breakdownOf(page, district.unit.id);
    expect(districtFigures.total.required).toBe(district.indicators.required);
    await expectChildrenAsApi(page, districtFigures);
    await screenshot(page, 'analytics-02-district');

    // The district's view as XLSX: the file's rows are the table's.
    await page.getByRole('button', { name: 'Xuất dữ liệu: theo đơn vị' }).click();
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Excel (XLSX)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/^tien-do-theo-don-vi-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(await xlsx.path())).buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('the workbook has no sheet');
    const fileRows: { name: string; required: number }[] = [];
    sheet.eachRow((row) => {
      const name = row.getCell(1).text;
      const required = row.getCell(3).value;
      if (typeof required === 'number') fileRows.push({ name, required });
    });
    const shownRows = await shownChildren(page);
    expect(fileRows.slice(0, districtFigures.children.length)).toEqual(
      shownRows
        .slice(0, districtFigures.children.length)
        .map((row) => ({ name: row.name, required: Number(row.required.replace(/\./g, '')) })),
    );

    const commune = childToOpen(districtFigures, MINH_TAN);
    await childrenTable(page).getByRole('link', { name: commune.unit.name, exact: true }).click();
    await page.getByRole('heading', { name: commune.unit.name, level: 1 }).waitFor();
    await trail.getByRole('link', { name: district.unit.name }).waitFor();
    const communeFigures = await breakdownOf(page, commune.unit.id);
    await expectChildrenAsApi(page, communeFigures);

    // 4. A branch has no units under it: its link opens its roster.
    const branch = childToOpen(communeFigures, 'Chi hội thôn Đông');
    expect(branch.unit.childCount).toBe(0);
    await childrenTable(page).getByRole('link', { name: branch.unit.name, exact: true }).click();
    await page.waitForURL(
      (url) => url.pathname === `/analytics/units/${branch.unit.id}` && url.searchParams.get('view') === 'roster',
    );
    await page.getByRole('heading', { name: branch.unit.name, level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Danh sách cán bộ', selected: true }).waitFor();
    const rosterTable = page.getByRole('table', { name: /^Cán bộ diện bắt buộc của/ });
    const roster = await apiGet(
      page.context().request,
      `/v1/analytics/units/${branch.unit.id}/roster?pageSize=25`,
      AnalyticsRosterPage,
    );
    expect(roster.total).toBe(branch.indicators.required);
    await rosterTable.locator('tbody tr').first().waitFor();
    expect(await rosterTable.locator('tbody tr').count()).toBe(roster.items.length);
    expect(await rosterTable.getByRole('rowheader').allTextContents()).toEqual(
      roster.items.map((row) => row.person.name),
    );
    await screenshot(page, 'analytics-03-branch-roster');

    // Those who have not completed: the filter reaches the server and the address.
    const filtered = page.waitForResponse(
      (response) => response.url().includes('/roster?') && response.url().includes('status=not_completed'),
    );
    await page.getByText('Chưa hoàn thành', { exact: true }).first().click();
    await filtered;
    await page.waitForURL((url) => url.searchParams.get('status') === 'not_completed');
    const notCompleted = await apiGet(
      page.context().request,
      `/v1/analytics/units/${branch.unit.id}/roster?status=not_completed&pageSize=25`,
      AnalyticsRosterPage,
    );
    expect(notCompleted.total).toBe(branch.indicators.required - branch.indicators.completed);
    if (notCompleted.items.length > 0) {
      // The rows shown before the filter stay until the filtered ones arrive: wait for the list to settle.
      await page.locator('[aria-live="polite"][aria-busy="false"]').filter({ has: rosterTable }).waitFor();
      expect(await rosterTable.getByRole('rowheader').allTextContents()).toEqual(
        notCompleted.items.map((row) => row.person.name),
      );
    } else {
      await page.getByText('Không có cán bộ nào khớp bộ lọc.').waitFor();
    }

    // The roster as CSV, with the same filter: a header and one line per cadre and course.
    await page.getByRole('button', { name: 'Xuất dữ liệu: danh sách cán bộ' }).click();
    const csvLink = page.getByRole('menuitem', { name: 'Tệp CSV' });
    expect(await csvLink.getAttribute('href')).toBe(
      `/api/v1/analytics/units/${branch.unit.id}/export?status=not_completed&view=roster&format=csv`,
    );
    const [csv] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    expect(csv.suggestedFilename()).toMatch(/^tien-do-danh-sach-can-bo-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await csv.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter(Boolean);
    expect(lines[0]).toContain('Họ và tên');
    expect(lines).toHaveLength(notCompleted.total + 1);
    for (const row of notCompleted.items) expect(lines.some((line) => line.includes(row.person.name))).toBe(true);

    // 5. The trail leads back up; the trend tab charts the period and lists its points.
    await trail.getByRole('link', { name: PROVINCE }).click();
    await page.getByRole('heading', { name: PROVINCE, level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Diễn biến' }).click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'trend');
    const trend = await apiGet(page.context().request, `/v1/analytics/units/${provinceId}/trend`, AnalyticsTrend);
    const last = trend.points.at(-1)!;
    const now = await breakdownOf(page, provinceId);
    expect([last.date, last.required, last.completed]).toEqual([now.to, now.total.required, now.total.completed]);
    await page
      .getByRole('figure', { name: `Diễn biến tỷ lệ hoàn thành tại ${PROVINCE}` })
      .locator('svg')
      .first()
      .waitFor();
    const trendTable = page.getByRole('table', { name: /^Số liệu của biểu đồ diễn biến/ });
    await trendTable.locator('tbody tr').first().waitFor();
    expect(await trendTable.locator('tbody tr').count()).toBe(trend.points.length);
    await screenshot(page, 'analytics-04-trend');
    await expectNoRawKeys(page);
  });

  it('keeps the Vụ Bản reviewer to her district: another district is not found, her dashboard starts at Vụ Bản', async () => {
    const page = await newPage();
    await page.goto('/sign-in');
    await signIn(page, 'reviewer.vuban@example.org');
    const [vuBanId, yYenId] = [await unitId(VU_BAN), await unitId(Y_YEN)];

    await page.goto(`/analytics/units/${yYenId}`);
    await page.getByRole('heading', { name: 'Không tìm thấy trang', level: 1 }).waitFor();
    expect(await page.getByRole('heading', { name: Y_YEN }).count()).toBe(0);
    await screenshot(page, 'analytics-05-out-of-scope');

    await mainNav(page).getByRole('link', { name: 'Tiến độ đào tạo', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/analytics/units/${vuBanId}`);
    await page.getByRole('heading', { name: VU_BAN, level: 1 }).waitFor();
    const vuBan = await breakdownOf(page, vuBanId);
    // The top of her scope: no trail above it.
    expect(vuBan.ancestors).toEqual([]);
    expect(await page.getByRole('navigation', { name: 'Đơn vị đang xem' }).getByRole('link').count()).toBe(0);
    await expectChildrenAsApi(page, vuBan);
    await page
      .getByRole('group', { name: 'Chỉ số chính' })
      .getByText(`Đã tổ chức đào tạo ở ${vuBan.coverage.active}/${vuBan.coverage.units} xã`, { exact: true })
      .waitFor();
    await screenshot(page, 'analytics-06-vu-ban');
    await expectNoRawKeys(page);
  });
});
