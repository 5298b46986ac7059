import { getQueueToken } from '@nestjs/bullmq';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  routes,
  type AnalyticsBreakdown,
  type ReportDetail,
  type ReportLinkView,
  type ReportPage,
  type ReportReceipt,
  type ReportRunResult,
} from '@sen/contracts';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import ExcelJS from 'exceljs';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '../src/core/config/app-config';
import { CoreModule } from '../src/core/core.module';
import { QueueName, type JobPayloads } from '../src/core/queue/queues';
import { vietnamIsoDay } from '../src/core/time/vietnam-time';
import { AnalyticsReader } from '../src/features/analytics/analytics-reader';
import { DeliverReportProcessor } from '../src/features/reports/jobs/deliver-report.job';
import { reportLinkToken } from '../src/features/reports/links/report-link-token';
import { endedPeriod, type ReportPeriod } from '../src/features/reports/periods/report-periods';
import { countVi, percentVi } from '../src/features/reports/render/report-content';
import { REPORT_SHEETS } from '../src/features/reports/render/render-report-xlsx';
import { ReportDeliverySender } from '../src/features/reports/report-delivery-sender';
import { ReportRecovery } from '../src/features/reports/report-recovery';
import { ReportsJobsModule } from '../src/features/reports/reports-jobs.module';
import { Fixtures } from './support/fixtures';
import { pdfText } from './support/pdf';
import { ReportFixtures, type CommitteeFixture } from './support/reports';
import { SmtpTestServer, type ReceivedMail } from './support/smtp-test-server';
import { TEST_UPLOAD_DIR, testConfig } from './support/test-config';
import { TestApp, type Session } from './support/test-app';

type RunQueue = Queue<JobPayloads[QueueName.ReportRuns]>;
type DeliveryQueue = Queue<JobPayloads[QueueName.ReportDeliveries]>;

/**
 * Only the reports' processors, on the API's Redis prefix and upload folder: a whole worker would also run the
 * other maintenance tasks against the database every test file shares.
 */
@Module({})
class ReportsWorker {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ReportsWorker, imports: [CoreModule.forRoot(config), ReportsJobsModule] };
  }
}

const DAY = 86_400_000;
/** Noon in Vietnam on this calendar day. */
const noonOf = (isoDay: string, plusDays = 0) => new Date(Date.parse(`${isoDay}T12:00:00+07:00`) + plusDays * DAY);

async function until<T>(what: string, probe: () => Promise<T | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('committee reports', () => {
  let t: TestApp;
  let fx: Fixtures;
  let rf: ReportFixtures;
  let smtp: SmtpTestServer;
  let worker: INestApplicationContext | null = null;
  let admin: Session;
  let provinceId: string;
  let vuBanId: string;
  let courseId: string;
  let workDir: string;
  const period: ReportPeriod = endedPeriod('monthly', new Date(), null)!;

  async function startWorker(): Promise<INestApplicationContext> {
    worker = await NestFactory.createApplicationContext(ReportsWorker.forRoot(testConfig({ SMTP_URL: smtp.url })), {
      logger: false,
    });
    return worker;
  }

  async function stopWorker(): Promise<void> {
    await worker?.close();
    worker = null;
  }

  function mailsTo(committee: CommitteeFixture): ReceivedMail[][] {
    return committee.recipients.map((r) => smtp.for(r.email));
  }

  async function reportOf(scheduleId: string): Promise<string> {
    return until('the report row', async () => {
      const rows: { id: string }[] = await t.db.query(`SELECT id FROM reports WHERE schedule_id = $1`, [scheduleId]);
      return rows[0]?.id ?? null;
    });
  }

  async function allSent(reportId: string, expected: number): Promise<void> {
    await until(`${expected} copies sent`, async () => {
      const rows: { sent: number }[] = await t.db.query(
        `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent FROM report_deliveries WHERE report_id = $1`,
        [reportId],
      );
      return rows[0]!.sent === expected;
    });
  }

  async function finished(queue: Queue, job: Job): Promise<void> {
    await until(`job ${job.id}`, async () => ['completed', 'failed'].includes(await queue.getJobState(job.id!)));
  }

  async function deliveries(reportId: string) {
    return t.db.query<
      {
        id: string;
        recipient_id: string;
        email: string;
        status: string;
        attempts: number;
        last_error: string | null;
        message_id: string;
      }[]
    >(
      `SELECT id, recipient_id, email, status, attempts, last_error, message_id FROM report_deliveries WHERE report_id = $1`,
      [reportId],
    );
  }

  /** People of a new commune under `districtId`, required of the course as president (holder and a reserve). */
  async function commune(districtId: string, name: string): Promise<{ president: string; reserve: string }> {
    const communeId = await fx.unit(districtId, 'commune', name);
    const assign = async (role: 'holder' | 'reserve') => {
      const personId = await fx.person(communeId);
      await t.db.query(
        `INSERT INTO position_assignments (unit_id, kind, role, person_id, valid_from) VALUES ($1, 'president', $2, $3, $4)`,
        [communeId, role, personId, noonOf(period.start, -120)],
      );
      return personId;
    };
    return { president: await assign('holder'), reserve: await assign('reserve') };
  }

  async function complete(personId: string, at: Date): Promise<void> {
    const enrolmentId = await fx.enrolment(personId, { courseId, versionId: versionId });
    await t.db.query(`UPDATE enrolments SET started_at = $2, completed_at = $2 WHERE id = $1`, [enrolmentId, at]);
  }
  let versionId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    rf = new ReportFixtures(t.db);
    smtp = await SmtpTestServer.start();
    admin = await t.signIn('admin@example.org');
    workDir = await mkdtemp(join(tmpdir(), 'sen-it-reports-'));
    provinceId = (await fx.unitNamed('Nam Định', 'province')).id;
    vuBanId = (await fx.unitNamed('Vụ Bản', 'district')).id;
    const yYenId = (await fx.unitNamed('Ý Yên', 'district')).id;

    // A course of its own, required of presidents (reserves included) since well before the period.
    const course = await fx.course(provinceId, { published: true });
    courseId = course.courseId;
    versionId = course.versionId;
    await t.db.query(`UPDATE course_versions SET title = 'Kỹ năng số cho cán bộ Hội (báo cáo thử)' WHERE id = $1`, [
      versionId,
    ]);
    for (const unitId of [vuBanId, yYenId]) {
      await t.db.query(
        `INSERT INTO course_requirements (course_id, unit_id, positions, include_reserves, created_by, created_at)
         SELECT $1, $2, ARRAY['president'], true, id, $3 FROM users WHERE email = 'trainer@example.org'`,
        [courseId, unitId, noonOf(period.start, -60)],
      );
    }
    const first = await commune(vuBanId, 'Xã Báo Cáo Một');
    const second = await commune(vuBanId, 'Xã Báo Cáo Hai');
    const outside = await commune(yYenId, 'Xã Ngoài Phạm Vi');
    // In the period: commune one's president and reserve; after it: commune two's president; outside: Ý Yên.
    await complete(first.president, noonOf(period.start, 3));
    await complete(first.reserve, noonOf(period.end, -1));
    await complete(second.president, new Date());
    await complete(outside.president, noonOf(period.start, 5));
  });

  afterAll(async () => {
    await stopWorker();
    await smtp.stop();
    await t.stop();
    await rm(workDir, { recursive: true, force: true });
  });

  describe('a monthly run for a committee covering Vụ Bản', () => {
    let committee: CommitteeFixture;
    let scheduleId: string;
    let reportId: string;

    beforeAll(async () => {
      committee = await rf.committee(provinceId, [vuBanId], { recipients: 3, name: 'Ban Thường vụ Huyện ủy Vụ Bản' });
      scheduleId = await rf.schedule(committee.committeeId, 'monthly', { courseIds: [courseId] });
      const w = await startWorker();
      // What the schedule's job scheduler adds: the schedule only, the period is the one that has just ended.
      await w.get<RunQueue>(getQueueToken(QueueName.ReportRuns)).add('run-report', { scheduleId });
      reportId = await reportOf(scheduleId);
      await allSent(reportId, 3);
    });

    it('builds the report of the month that has just ended, once, with its files hashed', async () => {
      const rows = await t.db.query<
        {
          period_key: string;
          status: string;
          pdf_path: string;
          pdf_sha256: string;
          xlsx_path: string;
          xlsx_sha256: string;
        }[]
      >(`SELECT * FROM reports WHERE schedule_id = $1`, [scheduleId]);
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      expect(row).toMatchObject({ period_key: period.key, status: 'ready' });
      for (const [path, sha] of [
        [row.pdf_path, row.pdf_sha256],
        [row.xlsx_path, row.xlsx_sha256],
      ] as const) {
        expect(
          createHash('sha256')
            .update(await readFile(join(TEST_UPLOAD_DIR, path)))
            .digest('hex'),
        ).toBe(sha);
      }
    });

    it('delivers one mail per recipient, carrying the Message-ID stored for her copy and both files', async () => {
      const stored = await deliveries(reportId);
      expect(stored).toHaveLength(3);
      for (const recipient of committee.recipients) {
        const mails = smtp.for(recipient.email);
        expect(mails).toHaveLength(1);
        const copy = stored.find((d) => d.recipient_id === recipient.id)!;
        expect(copy).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
        expect(copy.message_id).toMatch(/^<report-[0-9a-f-]{36}\.[0-9a-f-]{36}@sen\.local>$/);
        expect(mails[0]!.headers.get('message-id')).toBe(copy.message_id);
        expect(mails[0]!.subject).toContain(`Tháng ${Number(period.key.slice(5))}/${period.key.slice(0, 4)}`);
        expect(mails[0]!.text).toContain(`Kính gửi đồng chí ${recipient.fullName}`);
        expect(mails[0]!.text).toContain(
          `/reports/received/${reportLinkToken(testConfig().reportLinkSecret, copy.id)}`,
        );
        expect(mails[0]!.html).toContain('Xem báo cáo và xác nhận đã nhận');
        expect(mails[0]!.attachments.map((a) => [a.filename, a.contentType])).toEqual([
          [`bao-cao-dao-tao-${period.key}.pdf`, 'application/pdf'],
          [`bao-cao-dao-tao-${period.key}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        ]);
      }
    });

    it("prints the numbers of the analytics for the committee's unit and period, in both files, and nothing outside it", async () => {
      const expected: AnalyticsBreakdown = await t.app.get(AnalyticsReader).breakdown(vuBanId, {
        from: period.start,
        to: period.end,
        courseIds: [courseId],
        reserve: 'all',
        threshold: 80,
      });
      // The data written above, so the comparison is not between two empty reports.
      expect(expected.total).toMatchObject({ completed: 2 });
      expect(expected.total.required).toBeGreaterThanOrEqual(4);
      expect(expected.coverage.active).toBe(1);

      const mail = smtp.for(committee.recipients[0]!.email)[0]!;
      const [pdf, xlsx] = mail.attachments;
      // The files attached are the files stored.
      const [stored] = await t.db.query<{ pdf_path: string; xlsx_path: string }[]>(
        `SELECT pdf_path, xlsx_path FROM reports WHERE id = $1`,
        [reportId],
      );
      expect(pdf!.content.equals(await readFile(join(TEST_UPLOAD_DIR, stored!.pdf_path)))).toBe(true);
      expect(xlsx!.content.equals(await readFile(join(TEST_UPLOAD_DIR, stored!.xlsx_path)))).toBe(true);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx!.content as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(Object.values(REPORT_SHEETS));
      const units = workbook.getWorksheet(REPORT_SHEETS.units)!;
      const unitRows = units.getSheetValues().slice(2) as unknown[][];
      const indicators = (i: AnalyticsBreakdown['total']) => [
        i.required,
        i.completed,
        i.completionRate ?? undefined,
        i.sat,
        i.passed,
        i.passRate ?? undefined,
      ];
      expect(unitRows.map((r) => r.slice(1))).toEqual([
        ...expected.children.map((c) => [
          expected.unit.name,
          c.unit.name,
          ...indicators(c.indicators),
          c.active ? 'Có' : 'Chưa',
        ]),
        [
          expected.unit.name,
          'Tổng cộng',
          ...indicators(expected.total),
          `${expected.coverage.active}/${expected.coverage.units}`,
        ],
      ]);
      expect(units.getCell('E2').numFmt).toBe('0.0%');
      const summary = new Map(
        (workbook.getWorksheet(REPORT_SHEETS.summary)!.getSheetValues().slice(2) as unknown[][]).map((r) => [
          r[1],
          r[2],
        ]),
      );
      expect(summary.get('Số cán bộ phải học')).toBe(expected.total.required);
      expect(summary.get('Đã hoàn thành')).toBe(expected.total.completed);
      expect(summary.get('Tỷ lệ hoàn thành')).toBe(expected.total.completionRate);
      expect(summary.get('Đơn vị đã tổ chức học trong kỳ')).toBe(expected.coverage.active);
      const courses = workbook.getWorksheet(REPORT_SHEETS.courses)!.getSheetValues().slice(2) as unknown[][];
      expect(courses.map((r) => r.slice(1))).toEqual(
        expected.courses.map((c) => [c.course.name, ...indicators(c.indicators)]),
      );
      const positions = workbook.getWorksheet(REPORT_SHEETS.positions)!.getSheetValues().slice(2) as unknown[][];
      expect(positions.map((r) => r.slice(3))).toEqual(expected.positions.map((p) => indicators(p.indicators)));
      expect(positions.map((r) => r[2])).toContain('Dự bị (quy hoạch)');

      const pdfPath = join(workDir, 'report.pdf');
      await writeFile(pdfPath, pdf!.content);
      const text = pdfText(pdfPath);
      for (const line of [
        'HỘI LIÊN HIỆP PHỤ NỮ TỈNH NAM ĐỊNH',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
        `BÁO CÁO KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ Tháng ${Number(period.key.slice(5))}/${period.key.slice(0, 4)}`,
        'Kính gửi: Ban Thường vụ Huyện ủy Vụ Bản',
        `Số cán bộ phải học: ${countVi(expected.total.required)}.`,
        `Đã hoàn thành: ${countVi(expected.total.completed)}, đạt tỷ lệ ${percentVi(expected.total.completionRate)}.`,
        `Đơn vị đã tổ chức học trong kỳ: ${expected.coverage.active}/${expected.coverage.units} đơn vị.`,
        'TM. BAN THƯỜNG VỤ CHỦ TỊCH',
      ]) {
        expect(text).toContain(line);
      }
      expect(text).toMatch(/Nam Định, ngày \d{2} tháng \d{2} năm \d{4}/);
      for (const child of expected.children) {
        const i = child.indicators;
        expect(text).toContain(
          `${child.unit.name} ${countVi(i.required)} ${countVi(i.completed)} ${percentVi(i.completionRate)}`,
        );
      }

      // Scope: Ý Yên has a completion of the same course in the same month, and appears in neither file.
      const cells = workbook.worksheets.flatMap((w) =>
        (w.getSheetValues() as unknown[][]).flatMap((r) =>
          (r ?? []).map((v) => (typeof v === 'string' ? v : JSON.stringify(v ?? ''))),
        ),
      );
      expect(cells.some((c) => c.includes('Ý Yên') || c.includes('Ngoài Phạm Vi'))).toBe(false);
      expect(text).not.toContain('Ý Yên');
      expect(text).not.toContain('Ngoài Phạm Vi');
    });

    it('running the same schedule and period again makes no new report and sends no new mail', async () => {
      const queue = worker!.get<RunQueue>(getQueueToken(QueueName.ReportRuns));
      const again = await queue.add('run-report', { scheduleId });
      const named = await queue.add('run-report', { scheduleId, periodKey: period.key });
      await finished(queue, again);
      await finished(queue, named);
      const response = await t.call<ReportRunResult>(routes.runReportSchedule, {
        as: admin,
        params: { id: scheduleId },
        body: {},
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ created: false, report: { id: reportId, status: 'ready' } });
      const runJob = (await queue.getJob(`report-run-${reportId}`))!;
      await finished(queue, runJob);
      expect(await queue.getJobState(runJob.id!)).toBe('completed');

      expect(await t.db.query(`SELECT id FROM reports WHERE schedule_id = $1`, [scheduleId])).toHaveLength(1);
      expect(mailsTo(committee).map((m) => m.length)).toEqual([1, 1, 1]);
      expect((await deliveries(reportId)).map((d) => d.attempts)).toEqual([1, 1, 1]);
    });

    it('shows staff the delivery log in scope, and nothing outside it', async () => {
      const detail = await t.call<ReportDetail>(routes.getReport, { as: admin, params: { id: reportId } });
      expect(detail.status).toBe(200);
      const stored = await deliveries(reportId);
      expect(detail.body.deliveryLog).toHaveLength(3);
      for (const entry of detail.body.deliveryLog) {
        const copy = stored.find((d) => d.id === entry.id)!;
        expect(entry).toMatchObject({ status: 'sent', attempts: 1, lastError: null, messageId: copy.message_id });
        expect(entry.sentAt).not.toBeNull();
      }
      expect(detail.body.deliveries).toEqual({ total: 3, sent: 3, failed: 0, received: 0 });
      expect(detail.body.headline).toMatchObject({ completed: 2 });
      expect(detail.body.units.map((u) => u.id)).toEqual([vuBanId]);

      const reviewer = await t.signIn('reviewer@example.org');
      const list = await t.call<ReportPage>(routes.listReports, {
        as: reviewer,
        query: { committeeId: committee.committeeId },
      });
      expect(list.body.items.map((r) => r.id)).toEqual([reportId]);
      // The committee belongs to the province: a district reviewer does not see its reports.
      const district = await t.signIn('reviewer.vuban@example.org');
      expect((await t.call(routes.getReport, { as: district, params: { id: reportId } })).status).toBe(404);
      const districtList = await t.call<ReportPage>(routes.listReports, {
        as: district,
        query: { committeeId: committee.committeeId },
      });
      expect(districtList.body.total).toBe(0);

      const pdf = await t.call(routes.downloadReportPdf, { as: reviewer, params: { id: reportId } });
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.bytes.equals(smtp.for(committee.recipients[0]!.email)[0]!.attachments[0]!.content)).toBe(true);
    });

    it("the recipient's link: forged tokens are 404, the first receipt is recorded, the second changes nothing", async () => {
      const recipient = committee.recipients[1]!;
      const copy = (await deliveries(reportId)).find((d) => d.recipient_id === recipient.id)!;
      const link = /\/reports\/received\/(\S+)/.exec(smtp.for(recipient.email)[0]!.text!)![1]!;
      const other = reportLinkToken(testConfig().reportLinkSecret, randomUUID());
      const flipped = `${link.slice(0, -2)}${link.endsWith('A') ? 'B' : 'A'}${link.slice(-1)}`;
      for (const token of [
        `${copy.id}.${'A'.repeat(43)}`,
        flipped,
        reportLinkToken('another secret of at least thirty-two chars', copy.id),
        other,
        'nonsense',
      ]) {
        expect((await t.call(routes.openReportLink, { params: { token } })).status).toBe(404);
        expect((await t.call(routes.confirmReportReceipt, { params: { token } })).status).toBe(404);
        expect((await t.call(routes.reportLinkPdf, { params: { token } })).status).toBe(404);
      }

      const view = await t.call<ReportLinkView>(routes.openReportLink, { params: { token: link } });
      expect(view.status).toBe(200);
      expect(view.headers['x-robots-tag']).toBe('noindex');
      expect(view.body).toMatchObject({
        committee: 'Ban Thường vụ Huyện ủy Vụ Bản',
        issuer: 'Hội LHPN tỉnh Nam Định',
        recipientName: recipient.fullName,
        period: { key: period.key, start: period.start, end: period.end },
        headline: { completed: 2 },
        files: { pdf: `bao-cao-dao-tao-${period.key}.pdf`, xlsx: `bao-cao-dao-tao-${period.key}.xlsx` },
        receivedAt: null,
      });
      const opened = await t.db.query(`SELECT opened_at, received_at FROM report_deliveries WHERE id = $1`, [copy.id]);
      expect(opened[0].opened_at).not.toBeNull();
      expect(opened[0].received_at).toBeNull();
      const xlsx = await t.call(routes.reportLinkXlsx, { params: { token: link } });
      expect(xlsx.status).toBe(200);
      expect(xlsx.bytes.equals(smtp.for(recipient.email)[0]!.attachments[1]!.content)).toBe(true);

      const first = await t.call<ReportReceipt>(routes.confirmReportReceipt, { params: { token: link } });
      expect(first.status).toBe(200);
      const second = await t.call<ReportReceipt>(routes.confirmReportReceipt, { params: { token: link } });
      expect(second.status).toBe(200);
      expect(second.body.receivedAt).toBe(first.body.receivedAt);
      const audit = await t.db.query(
        `SELECT actor_user_id FROM audit_log WHERE action = 'report.receipt' AND target_id = $1`,
        [copy.id],
      );
      expect(audit).toEqual([{ actor_user_id: null }]);
      const again = await t.call<ReportLinkView>(routes.openReportLink, { params: { token: link } });
      expect(again.body.receivedAt).toBe(first.body.receivedAt);
      const detail = await t.call<ReportDetail>(routes.getReport, { as: admin, params: { id: reportId } });
      expect(detail.body.deliveries.received).toBe(1);
    });
  });

  describe('runs asked for by an admin', () => {
    let scheduleId: string;

    beforeAll(async () => {
      const committee = await rf.committee(provinceId, [vuBanId], { recipients: 1 });
      scheduleId = await rf.schedule(committee.committeeId, 'on_demand', { courseIds: [courseId] });
    });

    it('give the same report for the same dates, and refuse a period that has not ended or has no dates', async () => {
      const body = { from: period.start, to: period.end };
      const first = await t.call<ReportRunResult>(routes.runReportSchedule, {
        as: admin,
        params: { id: scheduleId },
        body,
      });
      expect(first.status).toBe(200);
      expect(first.body.created).toBe(true);
      expect(first.body.report.period).toEqual({
        key: `demand-${period.start}-${period.end}`,
        start: period.start,
        end: period.end,
      });
      const second = await t.call<ReportRunResult>(routes.runReportSchedule, {
        as: admin,
        params: { id: scheduleId },
        body,
      });
      expect(second.body).toMatchObject({ created: false, report: { id: first.body.report.id } });
      const audit = await t.db.query<{ details: { created: boolean } }[]>(
        `SELECT details FROM audit_log WHERE action = 'report.run' AND target_id = $1 ORDER BY occurred_at`,
        [first.body.report.id],
      );
      expect(audit.map((a) => a.details.created)).toEqual([true, false]);

      const tomorrow = vietnamIsoDay(new Date(Date.now() + DAY));
      const future = await t.call(routes.runReportSchedule, {
        as: admin,
        params: { id: scheduleId },
        body: { from: period.start, to: tomorrow },
      });
      expect(future.status).toBe(422);
      const noDates = await t.call(routes.runReportSchedule, { as: admin, params: { id: scheduleId }, body: {} });
      expect(noDates.status).toBe(400);
      expect(noDates.body).toMatchObject({ error: { fields: [{ path: 'body.from' }] } });
      const reversed = await t.call(routes.runReportSchedule, {
        as: admin,
        params: { id: scheduleId },
        body: { from: period.end, to: period.start },
      });
      expect(reversed.status).toBe(400);
    });
  });

  describe('delivery you can trust', () => {
    beforeEach(() => {
      smtp.acceptDelayMs = 0;
      smtp.refuseRecipients.clear();
    });

    async function onDemand(recipients: number): Promise<{ committee: CommitteeFixture; scheduleId: string }> {
      const committee = await rf.committee(provinceId, [vuBanId], { recipients });
      return {
        committee,
        scheduleId: await rf.schedule(committee.committeeId, 'on_demand', { courseIds: [courseId] }),
      };
    }

    async function runNow(scheduleId: string): Promise<string> {
      const response = await t.call<ReportRunResult>(routes.runReportSchedule, {
        as: admin,
        params: { id: scheduleId },
        body: { from: period.start, to: period.end },
      });
      expect(response.status).toBe(200);
      return response.body.report.id;
    }

    it('a worker closed half-way: the next worker sends the rest, every recipient gets exactly one mail', async () => {
      await stopWorker();
      const { committee, scheduleId } = await onDemand(8);
      smtp.acceptDelayMs = 400;
      await startWorker();
      const reportId = await runNow(scheduleId);
      await until('two mails', async () => mailsTo(committee).flat().length >= 2);
      await stopWorker();
      const sentByFirst = (await deliveries(reportId)).filter((d) => d.status === 'sent').length;
      expect(sentByFirst).toBeGreaterThanOrEqual(2);
      expect(sentByFirst).toBeLessThan(8);

      await startWorker();
      await allSent(reportId, 8);
      expect(mailsTo(committee).map((m) => m.length)).toEqual(Array(8).fill(1));
      expect((await deliveries(reportId)).every((d) => d.attempts === 1)).toBe(true);
    });

    it('Redis flushed before the build and again during the sends: the maintenance sweep resumes, still exactly once', async () => {
      await stopWorker();
      const { committee, scheduleId } = await onDemand(5);
      // No worker: the run waits in Redis, then Redis loses it.
      const reportId = await runNow(scheduleId);
      await t.app.get<RunQueue>(getQueueToken(QueueName.ReportRuns)).obliterate({ force: true });
      const w = await startWorker();
      expect((await w.get(ReportRecovery).resume(0)).runs).toBeGreaterThanOrEqual(1);

      // A slow relay: copies are being sent when Redis loses their jobs.
      smtp.acceptDelayMs = 600;
      await until('a copy being sent', async () => {
        const rows = await deliveries(reportId);
        return rows.some((d) => d.status === 'sending');
      });
      await w.get<DeliveryQueue>(getQueueToken(QueueName.ReportDeliveries)).obliterate({ force: true });
      // Copies being sent are re-enqueued too: their new job finds the copy locked or sent, and sends nothing.
      await w.get(ReportRecovery).resume(0);
      await allSent(reportId, 5);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(mailsTo(committee).map((m) => m.length)).toEqual([1, 1, 1, 1, 1]);
    });

    it('crash windows: killed after claiming a copy, it is sent once; killed after recording it, nothing is sent', async () => {
      if (!worker) await startWorker();
      const { committee, scheduleId } = await onDemand(2);
      const ready = await rf.readyReport(TEST_UPLOAD_DIR, scheduleId);
      const [claimed, recorded] = ready.deliveryIds;
      // A worker died after counting its attempt and marking the copy `sending`; its job died with Redis.
      await t.db.query(
        `UPDATE report_deliveries SET status = 'sending', attempts = 1, last_attempt_at = now() - interval '10 minutes'
          WHERE id = $1`,
        [claimed],
      );
      // Another died after the copy was recorded sent, before its job was marked done: the job runs again.
      await t.db.query(`UPDATE report_deliveries SET status = 'sent', attempts = 1, sent_at = now() WHERE id = $1`, [
        recorded,
      ]);
      const processor = worker!.get(DeliverReportProcessor);
      const job = (deliveryId: string) =>
        ({ data: { deliveryId }, attemptsMade: 0, opts: { attempts: 5 } }) as Job<
          JobPayloads[QueueName.ReportDeliveries]
        >;
      expect(await processor.process(job(recorded!))).toBe('nothing-to-send');

      await worker!.get(ReportRecovery).resume(0);
      await allSent(ready.reportId, 2);
      const mails = mailsTo(committee);
      expect(mails[0]!.length + mails[1]!.length).toBe(1);
      const rows = await deliveries(ready.reportId);
      expect(rows.find((d) => d.id === claimed)).toMatchObject({ status: 'sent', attempts: 2 });
      expect(rows.find((d) => d.id === recorded)).toMatchObject({ status: 'sent', attempts: 1 });

      // The one window left: the relay accepted, the worker died before recording it. The copy goes again, with
      // the same Message-ID, which the recipient's mail client recognises as the same message.
      await t.db.query(`UPDATE report_deliveries SET status = 'sending' WHERE id = $1`, [claimed]);
      expect(await processor.process(job(claimed!))).toBe('sent');
      const repeated = smtp.received.filter((m) => m.headers.get('message-id') === ready.messageIds[0]);
      expect(repeated).toHaveLength(2);
    });

    it('a relay that is down or refuses: attempts and the error are recorded, and a resend delivers', async () => {
      if (!worker) await startWorker();
      const { scheduleId } = await onDemand(2);
      const ready = await rf.readyReport(TEST_UPLOAD_DIR, scheduleId);
      const sender = worker!.get(ReportDeliverySender);
      const processor = worker!.get(DeliverReportProcessor);
      const [down, refused] = ready.deliveryIds as [string, string];

      await smtp.stop();
      await expect(sender.send(down, false)).rejects.toThrow(/e-mail not accepted/);
      let row = (await deliveries(ready.reportId)).find((d) => d.id === down)!;
      expect(row).toMatchObject({ status: 'pending', attempts: 1 });
      expect(row.last_error).toMatch(/^e-mail not accepted: .*(ECONNREFUSED|connect)/);
      // The last of the queue's attempts: the copy is given up on until someone resends it.
      await expect(
        processor.process({ data: { deliveryId: down }, attemptsMade: 4, opts: { attempts: 5 } } as Job<
          JobPayloads[QueueName.ReportDeliveries]
        >),
      ).rejects.toThrow();
      row = (await deliveries(ready.reportId)).find((d) => d.id === down)!;
      expect(row).toMatchObject({ status: 'failed', attempts: 2 });
      await smtp.restart();

      // A 5xx for the address is permanent: failed at once, no retry.
      const refusedRow = (await deliveries(ready.reportId)).find((d) => d.id === refused)!;
      smtp.refuseRecipients.set(refusedRow.email, { code: 550, message: 'Mailbox unavailable' });
      await expect(
        processor.process({ data: { deliveryId: refused }, attemptsMade: 0, opts: { attempts: 5 } } as Job<
          JobPayloads[QueueName.ReportDeliveries]
        >),
      ).rejects.toBeInstanceOf(UnrecoverableError);
      expect((await deliveries(ready.reportId)).find((d) => d.id === refused)).toMatchObject({
        status: 'failed',
        attempts: 1,
        last_error: expect.stringMatching(/550/),
      });

      // Fixed: the admin resends both; each arrives once, with the Message-ID it always had.
      smtp.refuseRecipients.clear();
      for (const id of [down, refused]) {
        const response = await t.call(routes.resendReportDelivery, { as: admin, params: { id } });
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({ id, status: 'pending' });
      }
      await allSent(ready.reportId, 2);
      const rows = await deliveries(ready.reportId);
      for (const copy of rows) {
        const mails = smtp.for(copy.email);
        expect(mails).toHaveLength(1);
        expect(mails[0]!.headers.get('message-id')).toBe(copy.message_id);
      }
      expect(rows.find((d) => d.id === down)).toMatchObject({ attempts: 3, last_error: null });
      const audit = await t.db.query(
        `SELECT target_id FROM audit_log WHERE action = 'report.resend' AND target_id = ANY($1)`,
        [[down, refused]],
      );
      expect(audit).toHaveLength(2);
    });
  });
});
