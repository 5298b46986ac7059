import { routes, type AnalyticsBreakdown, type AnalyticsRosterPage, type AnalyticsTrend } from '@sen/contracts';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { vietnamIsoDay } from '../src/core/time/vietnam-time';
import { Fixtures } from './support/fixtures';
import { TestApp, type Session } from './support/test-app';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const dayAgo = (n: number) => vietnamIsoDay(daysAgo(n));

/**
 * The dashboard's numbers on a district built for this test: two communes, each with a president and two
 * branches whose heads (and a reserve) must take one course. Every expected number is counted by hand
 * from what the test wrote.
 */
describe('completion analytics', () => {
  let t: TestApp;
  let fx: Fixtures;
  let admin: Session;
  let districtReviewer: Session;
  let districtId: string;
  const communes: string[] = [];
  const branches: string[][] = [];
  let course: { courseId: string; versionId: string };
  /** person id by role, for the completions below */
  const presidents: string[] = [];
  const branchHeads: string[] = [];
  const reserves: string[] = [];

  async function assign(unitId: string, kind: string, role: 'holder' | 'reserve'): Promise<string> {
    const personId = await fx.person(unitId);
    await t.db.query(
      `INSERT INTO position_assignments (unit_id, kind, role, person_id, valid_from) VALUES ($1, $2, $3, $4, $5)`,
      [unitId, kind, role, personId, daysAgo(60)],
    );
    return personId;
  }

  async function complete(personId: string, at: Date): Promise<void> {
    const enrolmentId = await fx.enrolment(personId, course);
    await t.db.query(`UPDATE enrolments SET started_at = $2, completed_at = $2 WHERE id = $1`, [enrolmentId, at]);
  }

  async function breakdown(
    unitId: string,
    query: Record<string, string | number> = {},
    as: Session = admin,
  ): Promise<AnalyticsBreakdown> {
    const response = await t.call(routes.analyticsBreakdown, { as, params: { id: unitId }, query });
    expect(response.status).toBe(200);
    return response.body as AnalyticsBreakdown;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    // A province of its own, so the demo province keeps its shape for the other suites.
    const provinceId = await fx.unit(null, 'province', 'Hội LHPN tỉnh Thống Kê');
    admin = await t.signIn((await fx.user(provinceId, 'admin')).email);
    districtReviewer = await t.signIn('reviewer.vuban@example.org');
    districtId = await fx.unit(provinceId, 'district', 'Huyện Thống Kê');
    course = await fx.course(districtId, { published: true });
    for (let c = 0; c < 2; c++) {
      const communeId = await fx.unit(districtId, 'commune', `Xã Thống Kê ${c + 1}`);
      communes.push(communeId);
      presidents.push(await assign(communeId, 'president', 'holder'));
      branches.push([]);
      for (let b = 0; b < 2; b++) {
        const branchId = await fx.unit(communeId, 'branch', `Chi hội ${c + 1}.${b + 1}`);
        branches[c]!.push(branchId);
        branchHeads.push(await assign(branchId, 'branch_head', 'holder'));
        reserves.push(await assign(branchId, 'branch_head', 'reserve'));
      }
    }
    // Required since 30 days ago of presidents and branch heads, reserves included.
    await t.db.query(
      `INSERT INTO course_requirements (course_id, unit_id, positions, include_reserves, created_by, created_at)
       SELECT $1, $2, ARRAY['president', 'branch_head'], true, id, $3 FROM users WHERE email = 'trainer@example.org'`,
      [course.courseId, districtId, daysAgo(30)],
    );
    // Commune 1: its president 20 days ago and both branch heads 5 days ago; commune 2: one reserve 10 days ago.
    await complete(presidents[0]!, daysAgo(20));
    await complete(branchHeads[0]!, daysAgo(5));
    await complete(branchHeads[1]!, daysAgo(5));
    await complete(reserves[2]!, daysAgo(10));
  });
  afterAll(async () => {
    await t.stop();
  });

  it('counts people required and completed by unit, from the roster, not from enrolments', async () => {
    const b = await breakdown(districtId, { courseIds: course.courseId });
    // 2 presidents + 4 branch heads + 4 reserves; 4 completed.
    expect(b.total).toMatchObject({ required: 10, completed: 4, completionRate: 0.4 });
    expect(b.own).toMatchObject({ required: 0, completed: 0, completionRate: null });
    expect(b.children.map((c) => [c.unit.name, c.indicators.required, c.indicators.completed])).toEqual([
      ['Xã Thống Kê 1', 5, 3],
      ['Xã Thống Kê 2', 5, 1],
    ]);
    expect(b.coverage).toEqual({ active: 2, units: 2 });
    expect(b.children.map((c) => c.lagging)).toEqual([true, true]);
    const lenient = await breakdown(districtId, { courseIds: course.courseId, threshold: 20 });
    expect(lenient.children.map((c) => c.lagging)).toEqual([false, false]);
  });

  it('splits by position and reserve status, and filters by them', async () => {
    const b = await breakdown(communes[0]!, { courseIds: course.courseId });
    expect(b.own).toMatchObject({ required: 1, completed: 1 });
    const district = await breakdown(districtId, { courseIds: course.courseId });
    expect(district.courses).toEqual([
      { course: { id: course.courseId, name: expect.any(String) }, indicators: district.total },
    ]);
    const reservesOnly = await breakdown(districtId, { courseIds: course.courseId, reserve: 'reserve' });
    expect(reservesOnly.total).toMatchObject({ required: 4, completed: 1 });
    const presidentsOnly = await breakdown(districtId, { courseIds: course.courseId, positions: 'president' });
    expect(presidentsOnly.total).toMatchObject({ required: 2, completed: 1 });
    // The positions table is the subtree's own positions; at the branch: a holder and a reserve.
    const branch = await breakdown(branches[0]![0]!, { courseIds: course.courseId });
    expect(branch.positions.map((p) => [p.position, p.role, p.indicators.required, p.indicators.completed])).toEqual([
      ['branch_head', 'holder', 1, 1],
      ['branch_head', 'reserve', 1, 0],
    ]);
  });

  it('answers as of a past date and counts activity within the period', async () => {
    const tenDaysAgo = await breakdown(districtId, { courseIds: course.courseId, to: dayAgo(7) });
    expect(tenDaysAgo.total).toMatchObject({ required: 10, completed: 2 });
    expect(tenDaysAgo.children.map((c) => c.indicators.completed)).toEqual([1, 1]);
    const beforeRequirement = await breakdown(districtId, { courseIds: course.courseId, to: dayAgo(40) });
    expect(beforeRequirement.total).toMatchObject({ required: 0, completed: 0, completionRate: null });
    // Only commune 1 had a completion in the last week.
    const lastWeek = await breakdown(districtId, { courseIds: course.courseId, from: dayAgo(7) });
    expect(lastWeek.coverage).toEqual({ active: 1, units: 2 });
    expect(lastWeek.children.map((c) => c.active)).toEqual([true, false]);
  });

  it('follows changes as they are written: a position handed over, a completion reopened', async () => {
    const before = await breakdown(districtId, { courseIds: course.courseId });
    // Commune 2's president leaves today; her successor is required from today.
    await t.db.query(`UPDATE position_assignments SET valid_to = now() WHERE person_id = $1 AND valid_to IS NULL`, [
      presidents[1],
    ]);
    const successor = await assign(communes[1]!, 'president', 'holder');
    await t.db.query(`UPDATE position_assignments SET valid_from = now() WHERE person_id = $1`, [successor]);
    // A regrade reopened branch head 2's course.
    await t.db.query(`UPDATE enrolments SET completed_at = NULL WHERE person_id = $1`, [branchHeads[1]]);
    const after = await breakdown(districtId, { courseIds: course.courseId });
    expect(after.total).toMatchObject({ required: before.total.required, completed: before.total.completed - 1 });
    // Yesterday's numbers keep the president who left and do not have her successor.
    const yesterday = await breakdown(communes[1]!, { courseIds: course.courseId, to: dayAgo(1) });
    expect(yesterday.own).toMatchObject({ required: 1 });
    const roster = await t.call(routes.analyticsRoster, {
      as: admin,
      params: { id: communes[1]! },
      query: { courseIds: course.courseId, positions: 'president' },
    });
    expect((roster.body as AnalyticsRosterPage).items.map((r) => r.person.id)).toEqual([successor]);
    // Put it back for the tests below.
    await t.db.query(`UPDATE enrolments SET completed_at = $2 WHERE person_id = $1`, [branchHeads[1], daysAgo(5)]);
  });

  it('draws a trend whose last point is the breakdown', async () => {
    const query = { courseIds: course.courseId, from: dayAgo(45) };
    const response = await t.call(routes.analyticsTrend, { as: admin, params: { id: districtId }, query });
    const trend = response.body as AnalyticsTrend;
    expect(trend.granularity).toBe('week');
    const b = await breakdown(districtId, query);
    const last = trend.points.at(-1)!;
    expect(last.date).toBe(b.to);
    expect({ required: last.required, completed: last.completed }).toEqual({
      required: b.total.required,
      completed: b.total.completed,
    });
    expect(trend.points[0]).toMatchObject({ required: 0, completed: 0 });
  });

  it('lists the roster with names, status filter and pages', async () => {
    const page = async (query: Record<string, string | number>) =>
      (
        await t.call(routes.analyticsRoster, {
          as: admin,
          params: { id: districtId },
          query: { courseIds: course.courseId, ...query },
        })
      ).body as AnalyticsRosterPage;
    const all = await page({ pageSize: 4 });
    expect(all.total).toBe(10);
    expect(all.items).toHaveLength(4);
    const done = await page({ status: 'completed' });
    expect(done.items.map((r) => r.person.id).sort()).toEqual(
      [presidents[0], branchHeads[0], branchHeads[1], reserves[2]].sort(),
    );
    expect(done.items.every((r) => r.completedOn !== null)).toBe(true);
    const missing = await page({ status: 'not_completed' });
    expect(missing.total).toBe(6);
  });

  it('exports every view as CSV and XLSX with the numbers on screen', async () => {
    const b = await breakdown(districtId, { courseIds: course.courseId });
    const csv = await t.call(routes.analyticsExport, {
      as: admin,
      params: { id: districtId },
      query: { courseIds: course.courseId, view: 'children', format: 'csv' },
    });
    expect(csv.status).toBe(200);
    expect(String(csv.headers['content-disposition'])).toContain('tien-do-theo-don-vi');
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parse(text.slice(1));
    expect(rows[0]).toContain('Tỷ lệ hoàn thành (%)');
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['Xã Thống Kê 1', '5', '3', '60.0'],
      ['Xã Thống Kê 2', '5', '1', '20.0'],
      ['Tổng cộng', String(b.total.required), String(b.total.completed), '40.0'],
    ]);

    for (const view of ['courses', 'positions', 'trend', 'children'] as const) {
      const xlsx = await t.call(routes.analyticsExport, {
        as: admin,
        params: { id: districtId },
        query: { courseIds: course.courseId, view, format: 'xlsx' },
      });
      expect(xlsx.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
      expect(book.worksheets).toHaveLength(1);
      expect(book.worksheets[0]!.rowCount).toBeGreaterThan(1);
    }

    const rosterCsv = await t.call(routes.analyticsExport, {
      as: admin,
      params: { id: districtId },
      query: { courseIds: course.courseId, view: 'roster', format: 'csv' },
    });
    const roster: string[][] = parse(rosterCsv.bytes.toString('utf8').slice(1));
    expect(roster[0]![0]).toBe('Họ và tên');
    expect(roster).toHaveLength(11);
    expect(roster.filter((r) => r[2] === 'Chi hội trưởng' && r[3] === 'Dự bị (quy hoạch)')).toHaveLength(4);
    const completedOn = roster.slice(1).filter((r) => r[6] !== '');
    expect(completedOn).toHaveLength(4);
    expect(completedOn.every((r) => /^\d\d\/\d\d\/\d{4}$/.test(r[6]!))).toBe(true);

    const rosterXlsx = await t.call(routes.analyticsExport, {
      as: admin,
      params: { id: districtId },
      query: { courseIds: course.courseId, view: 'roster', format: 'xlsx' },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(rosterXlsx.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(11);
    const names = new Set<string>();
    sheet.eachRow((row, n) => n > 1 && names.add(row.getCell(1).text));
    expect(names.size).toBe(10);
  });

  it('keeps a reviewer inside her subtree, exports included', async () => {
    for (const route of [routes.analyticsBreakdown, routes.analyticsTrend, routes.analyticsRoster]) {
      const response = await t.call(route, { as: districtReviewer, params: { id: districtId } });
      expect(response.status).toBe(404);
    }
    const exported = await t.call(routes.analyticsExport, {
      as: districtReviewer,
      params: { id: communes[0]! },
      query: { view: 'roster', format: 'csv' },
    });
    expect(exported.status).toBe(404);
    const vuBan = await fx.unitNamed('Vụ Bản', 'district');
    const own = await breakdown(vuBan.id, {}, districtReviewer);
    expect(own.ancestors).toEqual([]);
    expect(own.children.length).toBeGreaterThan(0);
  });

  it('refuses bad filters naming the field', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ from: dayAgo(1), to: dayAgo(3) }, 'query.from'],
      [{ positions: 'president,chairman' }, 'query.positions'],
      [{ courseIds: 'not-a-uuid' }, 'query.courseIds'],
      [{ threshold: '120' }, 'query.threshold'],
      [{ reserve: 'maybe' }, 'query.reserve'],
    ];
    for (const [query, field] of cases) {
      const response = await t.call(routes.analyticsBreakdown, { as: admin, params: { id: districtId }, query });
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain(field);
    }
  });
});
