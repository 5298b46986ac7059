import { getQueueToken } from '@nestjs/bullmq';
import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  routes,
  type ApiError,
  type CohortPage,
  type CommitteeCourseOptions,
  type CommitteeDetail,
  type CommitteePage,
  type RecipientView,
  type ReportScheduleView,
} from '@sen/contracts';
import type { Queue } from 'bullmq';
import type { AppConfig } from '../src/core/config/app-config';
import { CoreModule } from '../src/core/core.module';
import { QueueName, type JobPayloads } from '../src/core/queue/queues';
import {
  DEMO_COHORT_ID,
  DEMO_COMMITTEES,
  DEMO_COURSES,
  DEMO_IDS,
  DEMO_REPORT_SCHEDULES,
} from '../src/database/seed/demo-ids';
import { CommitteesJobsModule } from '../src/features/committees/committees-jobs.module';
import { ReportScheduleSync } from '../src/features/committees/report-schedule-sync';
import { cohortEndJobId, schedulerId } from '../src/features/committees/report-schedule-jobs';
import { CommitteeFixtures } from './support/committees';
import { Fixtures } from './support/fixtures';
import { testConfig } from './support/test-config';
import { TestApp, type Session } from './support/test-app';

type RunQueue = Queue<JobPayloads[QueueName.ReportRuns]>;

/** The worker's committee jobs alone (its start-up reconcile), on the same Redis prefix as the API under test. */
@Module({})
class CommitteeJobsOnly {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: CommitteeJobsOnly, imports: [CoreModule.forRoot(config), CommitteesJobsModule] };
  }
}

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe('committees, recipients and report schedules', () => {
  let t: TestApp;
  let fx: Fixtures;
  let cf: CommitteeFixtures;
  let admin: Session;
  let reviewer: Session;
  let vuBanAdmin: Session;
  let vuBanReviewer: Session;
  let trainer: Session;
  let queue: RunQueue;
  let sync: ReportScheduleSync;

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    cf = new CommitteeFixtures(t.db, fx);
    admin = await t.signIn('admin@example.org');
    reviewer = await t.signIn('reviewer@example.org');
    vuBanReviewer = await t.signIn('reviewer.vuban@example.org');
    trainer = await t.signIn('trainer@example.org');
    vuBanAdmin = await t.signIn((await fx.user(DEMO_IDS.vuBan, 'admin')).email);
    queue = t.app.get<RunQueue>(getQueueToken(QueueName.ReportRuns));
    sync = t.app.get(ReportScheduleSync);
  });
  afterAll(async () => {
    await t.stop();
  });

  async function auditOf(response: { headers: Record<string, unknown> }) {
    const rows: {
      action: string;
      targetType: string;
      targetId: string;
      unitId: string;
      details: Record<string, unknown>;
    }[] = await t.db.query(
      `SELECT action, target_type AS "targetType", target_id AS "targetId", unit_id AS "unitId", details
           FROM audit_log WHERE request_id = $1`,
      [String(response.headers['x-request-id'])],
    );
    return rows;
  }

  async function createCommittee(body: Record<string, unknown>, as: Session = admin) {
    return t.call<CommitteeDetail & ApiError>(routes.createCommittee, { as, body });
  }

  describe('committees', () => {
    it('creates a committee covering units inside its own, lists it by a name typed without diacritics, and audits it', async () => {
      const created = await createCommittee({
        unitId: DEMO_IDS.vuBan,
        name: 'Ban Thường vụ Đảng ủy xã Minh Tân',
        kind: 'party_committee',
        unitIds: [DEMO_IDS.minhTan, DEMO_IDS.kimThai],
      });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({
        name: 'Ban Thường vụ Đảng ủy xã Minh Tân',
        kind: 'party_committee',
        unit: { id: DEMO_IDS.vuBan },
        recipients: [],
        schedules: [],
        recipientCount: 0,
        archivedAt: null,
      });
      expect(created.body.units.map((u) => u.id).sort()).toEqual([DEMO_IDS.minhTan, DEMO_IDS.kimThai].sort());
      expect(await auditOf(created)).toEqual([
        expect.objectContaining({
          action: 'committee.create',
          targetType: 'committee',
          targetId: created.body.id,
          unitId: DEMO_IDS.vuBan,
        }),
      ]);

      const found = await t.call<CommitteePage>(routes.listCommittees, {
        as: vuBanReviewer,
        query: { search: 'dang uy xa minh tan' },
      });
      expect(found.status).toBe(200);
      expect(found.body.items.map((c) => c.id)).toEqual([created.body.id]);
    });

    it('lists the seeded committees to the province, and only Vụ Bản’s to a Vụ Bản reviewer', async () => {
      const province = await t.call<CommitteePage>(routes.listCommittees, {
        as: reviewer,
        query: { pageSize: 100 },
      });
      const ids = province.body.items.map((c) => c.id);
      expect(ids).toEqual(expect.arrayContaining(Object.values(DEMO_COMMITTEES)));
      const party = province.body.items.find((c) => c.id === DEMO_COMMITTEES.provinceParty);
      expect(party).toMatchObject({ name: 'Ban Thường vụ Tỉnh ủy Nam Định', recipientCount: 3 });

      const vuBan = await t.call<CommitteePage>(routes.listCommittees, { as: vuBanReviewer, query: { pageSize: 100 } });
      expect(vuBan.body.items.map((c) => c.id)).toContain(DEMO_COMMITTEES.vuBanParty);
      expect(vuBan.body.items.map((c) => c.id)).not.toContain(DEMO_COMMITTEES.provinceParty);

      const detail = await t.call<CommitteeDetail>(routes.getCommittee, {
        as: reviewer,
        params: { id: DEMO_COMMITTEES.provinceParty },
      });
      expect(detail.body.recipients.map((r) => r.email)).toEqual([
        'hung.tv@example.vn',
        'ha.ntt@example.vn',
        'tuan.lm@example.vn',
      ]);
      expect(detail.body.schedules.map((s) => s.kind).sort()).toEqual(['cohort_end', 'monthly']);
      const monthly = detail.body.schedules.find((s) => s.kind === 'monthly')!;
      expect(monthly.courses.map((c) => c.id).sort()).toEqual(
        Object.values(DEMO_COURSES)
          .map((c) => c.id)
          .sort(),
      );
      // The 2025 cohort is over: nothing is due any more.
      expect(detail.body.schedules.find((s) => s.kind === 'cohort_end')).toMatchObject({
        cohort: { id: DEMO_COHORT_ID, endsOn: '2025-09-19' },
        nextRunAt: null,
      });
    });

    it('refuses bad input with a 400 naming the field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ unitId: DEMO_IDS.vuBan, name: 'A', kind: 'other', unitIds: [DEMO_IDS.vuBan] }, 'body.name'],
        [{ unitId: DEMO_IDS.vuBan, name: 'Ban Thường vụ', kind: 'council', unitIds: [DEMO_IDS.vuBan] }, 'body.kind'],
        [{ unitId: DEMO_IDS.vuBan, name: 'Ban Thường vụ', kind: 'other', unitIds: [] }, 'body.unitIds'],
        [
          { unitId: DEMO_IDS.vuBan, name: 'Ban Thường vụ', kind: 'other', unitIds: [DEMO_IDS.vuBan, DEMO_IDS.vuBan] },
          'body.unitIds',
        ],
        [{ unitId: 'not-a-uuid', name: 'Ban Thường vụ', kind: 'other', unitIds: [DEMO_IDS.vuBan] }, 'body.unitId'],
        [
          { unitId: DEMO_IDS.vuBan, name: 'Ban Thường vụ', kind: 'other', unitIds: [DEMO_IDS.vuBan], extra: 1 },
          'body.extra',
        ],
      ];
      for (const [body, path] of cases) {
        const response = await createCommittee(body);
        expect({ path, status: response.status }).toEqual({ path, status: 400 });
        expect(response.body.error.fields?.map((f) => f.path)).toContain(path);
      }
    });

    it('refuses covered units outside the committee’s unit (400) or outside the caller’s scope (404), naming them', async () => {
      const outside = await createCommittee({
        unitId: DEMO_IDS.vuBan,
        name: 'Ban Thường vụ Huyện ủy thử',
        kind: 'party_committee',
        unitIds: [DEMO_IDS.minhTan, DEMO_IDS.yenTrung],
      });
      expect(outside.status).toBe(400);
      expect(outside.body.error).toMatchObject({
        code: 'UNIT_OUTSIDE_COMMITTEE',
        fields: [{ path: 'body.unitIds.1' }],
      });

      const notMine = await createCommittee(
        {
          unitId: DEMO_IDS.vuBan,
          name: 'Ban Thường vụ Huyện ủy thử',
          kind: 'party_committee',
          unitIds: [DEMO_IDS.province],
        },
        vuBanAdmin,
      );
      expect(notMine.status).toBe(404);
      expect(notMine.body.error.fields?.[0]?.path).toBe('body.unitIds.0');

      const otherDistrict = await createCommittee(
        {
          unitId: DEMO_IDS.yYen,
          name: 'Ban Thường vụ Huyện ủy Ý Yên',
          kind: 'party_committee',
          unitIds: [DEMO_IDS.yYen],
        },
        vuBanAdmin,
      );
      expect(otherDistrict.status).toBe(404);
      expect(otherDistrict.body.error.fields?.[0]?.path).toBe('body.unitId');
    });

    it('updates name, kind and covered units, recording before and after', async () => {
      const id = await cf.committee(DEMO_IDS.vuBan, { name: 'Ban Thường vụ cũ' });
      const response = await t.call<CommitteeDetail>(routes.updateCommittee, {
        as: vuBanAdmin,
        params: { id },
        body: { name: 'Ban Thường vụ mới', kind: 'other', unitIds: [DEMO_IDS.lienMinh] },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        name: 'Ban Thường vụ mới',
        kind: 'other',
        units: [{ id: DEMO_IDS.lienMinh }],
      });
      const [entry] = await auditOf(response);
      expect(entry).toMatchObject({
        action: 'committee.update',
        details: {
          before: { name: 'Ban Thường vụ cũ', kind: 'party_committee', unitIds: [DEMO_IDS.vuBan] },
          after: { name: 'Ban Thường vụ mới', kind: 'other', unitIds: [DEMO_IDS.lienMinh] },
        },
      });
      const empty = await t.call<ApiError>(routes.updateCommittee, { as: vuBanAdmin, params: { id }, body: {} });
      expect(empty.status).toBe(400);
    });

    it('keeps a Vụ Bản admin away from a Ý Yên committee: not found, never forbidden', async () => {
      const yYen = await cf.committee(DEMO_IDS.yYen, { name: 'Ban Thường vụ Huyện ủy Ý Yên thử' });
      const recipient = await cf.recipient(yYen);
      const schedule = await cf.schedule(yYen, 'monthly');
      const calls = [
        t.call(routes.getCommittee, { as: vuBanAdmin, params: { id: yYen } }),
        t.call(routes.updateCommittee, { as: vuBanAdmin, params: { id: yYen }, body: { name: 'Đổi tên trái phép' } }),
        t.call(routes.archiveCommittee, { as: vuBanAdmin, params: { id: yYen } }),
        t.call(routes.addCommitteeRecipient, {
          as: vuBanAdmin,
          params: { id: yYen },
          body: { fullName: 'Người lạ', email: 'la@example.vn', role: 'Không rõ' },
        }),
        t.call(routes.updateCommitteeRecipient, { as: vuBanAdmin, params: { id: recipient }, body: { role: 'X Y' } }),
        t.call(routes.removeCommitteeRecipient, { as: vuBanAdmin, params: { id: recipient } }),
        t.call(routes.listReportSchedules, { as: vuBanAdmin, params: { id: yYen } }),
        t.call(routes.createReportSchedule, { as: vuBanAdmin, params: { id: yYen }, body: { kind: 'monthly' } }),
        t.call(routes.updateReportSchedule, { as: vuBanAdmin, params: { id: schedule }, body: { enabled: false } }),
        t.call(routes.deleteReportSchedule, { as: vuBanAdmin, params: { id: schedule } }),
        t.call(routes.listCommitteeCourseOptions, { as: vuBanAdmin, params: { id: yYen } }),
      ];
      expect((await Promise.all(calls)).map((r) => r.status)).toEqual(calls.map(() => 404));
      const list = await t.call<CommitteePage>(routes.listCommittees, { as: vuBanAdmin, query: { pageSize: 100 } });
      expect(list.body.items.map((c) => c.id)).not.toContain(yYen);
      expect((await t.call(routes.listCommittees, { as: vuBanAdmin, query: { unitId: DEMO_IDS.yYen } })).status).toBe(
        404,
      );
      const [row] = await t.db.query(`SELECT name, archived_at FROM committees WHERE id = $1`, [yYen]);
      expect(row).toEqual({ name: 'Ban Thường vụ Huyện ủy Ý Yên thử', archived_at: null });
    });

    it('lets reviewers read and schedule but not manage committees; trainers get 403', async () => {
      const id = await cf.committee(DEMO_IDS.vuBan);
      expect((await t.call(routes.getCommittee, { as: vuBanReviewer, params: { id } })).status).toBe(200);
      expect(
        (await t.call(routes.updateCommittee, { as: reviewer, params: { id }, body: { name: 'Tên mới' } })).status,
      ).toBe(403);
      expect(
        (
          await t.call(routes.addCommitteeRecipient, {
            as: reviewer,
            params: { id },
            body: { fullName: 'Trần Văn A', email: 'a@example.vn', role: 'Ủy viên' },
          })
        ).status,
      ).toBe(403);
      expect(
        (await t.call(routes.createReportSchedule, { as: vuBanReviewer, params: { id }, body: { kind: 'on_demand' } }))
          .status,
      ).toBe(200);
      expect((await t.call(routes.listCommittees, { as: trainer })).status).toBe(403);
      expect((await t.call(routes.getCommittee, { as: trainer, params: { id } })).status).toBe(403);
    });

    it('archives after which the committee takes no change, leaves the active list and its schedules stop', async () => {
      const id = await cf.committee(DEMO_IDS.vuBan, { name: 'Ban lưu trữ thử' });
      const created = await t.call<ReportScheduleView>(routes.createReportSchedule, {
        as: admin,
        params: { id },
        body: { kind: 'quarterly' },
      });
      expect(await queue.getJobScheduler(schedulerId(created.body.id))).toBeDefined();

      const archived = await t.call<CommitteeDetail>(routes.archiveCommittee, { as: vuBanAdmin, params: { id } });
      expect(archived.status).toBe(200);
      expect(archived.body.archivedAt).toEqual(expect.any(String));
      expect(archived.body.schedules[0]).toMatchObject({ enabled: true, nextRunAt: null });
      expect((await auditOf(archived))[0]).toMatchObject({ action: 'committee.archive', targetId: id });
      expect(await queue.getJobScheduler(schedulerId(created.body.id))).toBeUndefined();

      const again = await t.call<ApiError>(routes.updateCommittee, {
        as: vuBanAdmin,
        params: { id },
        body: { name: 'Tên khác' },
      });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('COMMITTEE_ARCHIVED');
      const active = await t.call<CommitteePage>(routes.listCommittees, {
        as: vuBanAdmin,
        query: { search: 'ban luu tru thu' },
      });
      expect(active.body.items).toEqual([]);
      const inArchive = await t.call<CommitteePage>(routes.listCommittees, {
        as: vuBanAdmin,
        query: { search: 'ban luu tru thu', state: 'archived' },
      });
      expect(inArchive.body.items.map((c) => c.id)).toEqual([id]);
    });
  });

  describe('recipients', () => {
    it('adds, edits and removes recipients, an e-mail address once per committee in any letter case', async () => {
      const id = await cf.committee(DEMO_IDS.vuBan);
      const added = await t.call<RecipientView>(routes.addCommitteeRecipient, {
        as: vuBanAdmin,
        params: { id },
        body: { fullName: 'Phạm Thị Lụa', email: 'Lua.PT@Example.vn', role: 'Phó Bí thư Huyện ủy' },
      });
      expect(added.status).toBe(200);
      expect(added.body).toMatchObject({
        fullName: 'Phạm Thị Lụa',
        email: 'lua.pt@example.vn',
        role: 'Phó Bí thư Huyện ủy',
      });
      expect((await auditOf(added))[0]).toMatchObject({ action: 'committee-recipient.add', targetId: added.body.id });

      const duplicate = await t.call<ApiError>(routes.addCommitteeRecipient, {
        as: vuBanAdmin,
        params: { id },
        body: { fullName: 'Người khác', email: 'LUA.pt@example.VN', role: 'Ủy viên' },
      });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.error).toMatchObject({ code: 'RECIPIENT_EMAIL_TAKEN', fields: [{ path: 'body.email' }] });
      // Another committee may have the same person.
      const elsewhere = await t.call(routes.addCommitteeRecipient, {
        as: vuBanAdmin,
        params: { id: await cf.committee(DEMO_IDS.vuBan) },
        body: { fullName: 'Phạm Thị Lụa', email: 'lua.pt@example.vn', role: 'Phó Bí thư Huyện ủy' },
      });
      expect(elsewhere.status).toBe(200);

      const invalid = await t.call<ApiError>(routes.addCommitteeRecipient, {
        as: vuBanAdmin,
        params: { id },
        body: { fullName: 'Trần Văn B', email: 'khong-phai-email', role: 'Ủy viên' },
      });
      expect(invalid.status).toBe(400);
      expect(invalid.body.error.fields?.map((f) => f.path)).toEqual(['body.email']);

      const second = await cf.recipient(id, 'hai@example.vn');
      const clash = await t.call<ApiError>(routes.updateCommitteeRecipient, {
        as: vuBanAdmin,
        params: { id: second },
        body: { email: 'LUA.PT@example.vn' },
      });
      expect(clash.status).toBe(409);
      expect(clash.body.error.fields?.[0]?.path).toBe('body.email');

      const edited = await t.call<RecipientView>(routes.updateCommitteeRecipient, {
        as: vuBanAdmin,
        params: { id: added.body.id },
        body: { role: 'Bí thư Huyện ủy' },
      });
      expect(edited.body).toMatchObject({ email: 'lua.pt@example.vn', role: 'Bí thư Huyện ủy' });
      expect((await auditOf(edited))[0]).toMatchObject({
        action: 'committee-recipient.update',
        details: { before: { role: 'Phó Bí thư Huyện ủy' }, after: { role: 'Bí thư Huyện ủy' } },
      });

      const removed = await t.call(routes.removeCommitteeRecipient, { as: vuBanAdmin, params: { id: added.body.id } });
      expect(removed.status).toBe(204);
      expect((await auditOf(removed))[0]).toMatchObject({ action: 'committee-recipient.remove' });
      const detail = await t.call<CommitteeDetail>(routes.getCommittee, { as: vuBanAdmin, params: { id } });
      expect(detail.body.recipients.map((r) => r.id)).toEqual([second]);
      const [row] = await t.db.query(`SELECT removed_at FROM committee_recipients WHERE id = $1`, [added.body.id]);
      expect(row.removed_at).toBeInstanceOf(Date);
      // Removed, she no longer holds the address: it can be added again.
      expect(
        (
          await t.call(routes.addCommitteeRecipient, {
            as: vuBanAdmin,
            params: { id },
            body: { fullName: 'Phạm Thị Lụa', email: 'lua.pt@example.vn', role: 'Bí thư Huyện ủy' },
          })
        ).status,
      ).toBe(200);
      expect(
        (await t.call(routes.removeCommitteeRecipient, { as: vuBanAdmin, params: { id: added.body.id } })).status,
      ).toBe(404);
    });
  });

  describe('cohorts and course options', () => {
    it('lists cohorts by the unit that runs them', async () => {
      const province = await t.call<CohortPage>(routes.listCohorts, { as: reviewer, query: { pageSize: 100 } });
      expect(province.body.items.find((c) => c.id === DEMO_COHORT_ID)).toMatchObject({
        name: 'Lớp Ứng dụng CNTT cho Chủ tịch, Phó Chủ tịch cơ sở 2025',
        course: { id: DEMO_COURSES.itForGrassrootsPresidents.id },
        unit: { id: DEMO_IDS.province },
        startsOn: '2025-09-08',
        endsOn: '2025-09-19',
      });
      const vuBan = await t.call<CohortPage>(routes.listCohorts, { as: vuBanReviewer, query: { pageSize: 100 } });
      expect(vuBan.body.items.map((c) => c.id)).not.toContain(DEMO_COHORT_ID);
    });

    it('offers the courses required in (or above) a committee’s units first, then those owned there', async () => {
      const ownedHere = await fx.course(DEMO_IDS.minhTan, { published: true });
      const ownedElsewhere = await fx.course(DEMO_IDS.yenTrung, { published: true });
      const draftHere = await fx.course(DEMO_IDS.minhTan);
      const options = await t.call<CommitteeCourseOptions>(routes.listCommitteeCourseOptions, {
        as: vuBanReviewer,
        params: { id: DEMO_COMMITTEES.vuBanParty },
      });
      expect(options.status).toBe(200);
      const ids = options.body.items.map((o) => o.id);
      // The programmes are required province-wide, so in Vụ Bản too (other suites may add requirements here).
      const required = options.body.items.filter((o) => o.required).map((o) => o.id);
      expect(required).toEqual(expect.arrayContaining(Object.values(DEMO_COURSES).map((c) => c.id)));
      expect(options.body.items.find((o) => o.id === ownedHere.courseId)).toMatchObject({ required: false });
      expect(ids).not.toContain(ownedElsewhere.courseId);
      expect(ids).not.toContain(draftHere.courseId);
      // Required ones come first.
      expect(ids.indexOf(ownedHere.courseId)).toBeGreaterThan(ids.indexOf(DEMO_COURSES.grassrootsLeaderSkills.id));
    });
  });

  describe('report schedules and their job schedulers', () => {
    it('turns a monthly schedule into a job scheduler in Vietnam time, removes it when disabled, and audits each change', async () => {
      const committeeId = await cf.committee(DEMO_IDS.vuBan);
      const created = await t.call<ReportScheduleView>(routes.createReportSchedule, {
        as: vuBanReviewer,
        params: { id: committeeId },
        body: { kind: 'monthly', courseIds: [DEMO_COURSES.itForGrassrootsPresidents.id] },
      });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({
        kind: 'monthly',
        enabled: true,
        cohort: null,
        hasReports: false,
        courses: [{ id: DEMO_COURSES.itForGrassrootsPresidents.id }],
        createdBy: { id: vuBanReviewer.view.user.id },
      });
      // The next 1st of a month, 06:00 in Vietnam = 23:00 UTC the day before.
      expect(created.body.nextRunAt).toMatch(/T23:00:00\.000Z$/);
      expect((await auditOf(created))[0]).toMatchObject({
        action: 'report-schedule.create',
        targetId: created.body.id,
        unitId: DEMO_IDS.vuBan,
      });
      const scheduler = await queue.getJobScheduler(schedulerId(created.body.id));
      expect(scheduler).toMatchObject({
        name: 'run-report',
        pattern: '0 6 1 * *',
        tz: 'Asia/Ho_Chi_Minh',
        template: { data: { scheduleId: created.body.id } },
      });

      const quarterly = await t.call<ReportScheduleView>(routes.updateReportSchedule, {
        as: vuBanReviewer,
        params: { id: created.body.id },
        body: { kind: 'quarterly' },
      });
      expect(quarterly.body.kind).toBe('quarterly');
      expect((await queue.getJobScheduler(schedulerId(created.body.id)))?.pattern).toBe('0 6 1 1,4,7,10 *');

      const disabled = await t.call<ReportScheduleView>(routes.updateReportSchedule, {
        as: vuBanReviewer,
        params: { id: created.body.id },
        body: { enabled: false },
      });
      expect(disabled.body).toMatchObject({ enabled: false, nextRunAt: null });
      expect((await auditOf(disabled))[0]).toMatchObject({
        action: 'report-schedule.update',
        details: { before: { enabled: true }, after: { enabled: false } },
      });
      expect(await queue.getJobScheduler(schedulerId(created.body.id))).toBeUndefined();

      await t.call(routes.updateReportSchedule, {
        as: vuBanReviewer,
        params: { id: created.body.id },
        body: { enabled: true },
      });
      expect(await queue.getJobScheduler(schedulerId(created.body.id))).toBeDefined();

      const deleted = await t.call(routes.deleteReportSchedule, { as: vuBanReviewer, params: { id: created.body.id } });
      expect(deleted.status).toBe(204);
      expect((await auditOf(deleted))[0]).toMatchObject({
        action: 'report-schedule.delete',
        targetId: created.body.id,
      });
      expect(await queue.getJobScheduler(schedulerId(created.body.id))).toBeUndefined();
    });

    it('gets lost schedulers back from the rows: on reconcile, and when the worker starts', async () => {
      const committeeId = await cf.committee(DEMO_IDS.vuBan);
      const created = await t.call<ReportScheduleView>(routes.createReportSchedule, {
        as: admin,
        params: { id: committeeId },
        body: { kind: 'monthly' },
      });
      const id = schedulerId(created.body.id);
      // Redis loses it (a flush, a failed sync): the reconcile puts it back, and a second one changes nothing.
      await queue.removeJobScheduler(id);
      expect(await queue.getJobScheduler(id)).toBeUndefined();
      const first = await sync.reconcile();
      expect(first.upserted).toBeGreaterThanOrEqual(1);
      expect(await queue.getJobScheduler(id)).toMatchObject({ pattern: '0 6 1 * *', tz: 'Asia/Ho_Chi_Minh' });
      // Nothing to do the second time (other suites may add rows meanwhile, so this schedule's own sync is asked).
      expect(await sync.sync([created.body.id])).toEqual({ upserted: 0, added: 0, removed: 0 });
      // The seeded monthly and quarterly schedules are among those it holds.
      expect(await queue.getJobScheduler(schedulerId(DEMO_REPORT_SCHEDULES.provincePartyMonthly))).toMatchObject({
        pattern: '0 6 1 * *',
      });
      expect(await queue.getJobScheduler(schedulerId(DEMO_REPORT_SCHEDULES.unionPresidiumQuarterly))).toMatchObject({
        pattern: '0 6 1 1,4,7,10 *',
      });

      // A scheduler left behind by a schedule deleted while the sync failed goes.
      await t.db.query(`DELETE FROM report_schedules WHERE id = $1`, [created.body.id]);
      await sync.reconcile();
      expect(await queue.getJobScheduler(id)).toBeUndefined();

      const again = await t.call<ReportScheduleView>(routes.createReportSchedule, {
        as: admin,
        params: { id: committeeId },
        body: { kind: 'quarterly' },
      });
      await queue.removeJobScheduler(schedulerId(again.body.id));
      Logger.overrideLogger(false);
      const worker = await NestFactory.createApplicationContext(CommitteeJobsOnly.forRoot(testConfig()), {
        logger: false,
      });
      try {
        expect(await queue.getJobScheduler(schedulerId(again.body.id))).toMatchObject({ pattern: '0 6 1 1,4,7,10 *' });
      } finally {
        await worker.close();
      }
    });

    it('queues an end-of-cohort report for the morning after the cohort, and none for a cohort that is over', async () => {
      const committeeId = await cf.committee(DEMO_IDS.vuBan);
      const endsOn = isoDay(30);
      const cohortId = await cf.cohort(DEMO_IDS.vuBan, endsOn);
      const created = await t.call<ReportScheduleView>(routes.createReportSchedule, {
        as: vuBanReviewer,
        params: { id: committeeId },
        body: { kind: 'cohort_end', cohortId },
      });
      expect(created.status).toBe(200);
      const runAt = new Date(`${endsOn}T23:00:00Z`);
      expect(created.body).toMatchObject({ cohort: { id: cohortId, endsOn }, nextRunAt: runAt.toISOString() });
      const job = await queue.getJob(cohortEndJobId(created.body.id, endsOn));
      expect(job?.name).toBe('run-report');
      expect(job?.data).toEqual({ scheduleId: created.body.id });
      expect(await job?.getState()).toBe('delayed');
      expect(Math.abs(job!.timestamp + job!.delay - runAt.getTime())).toBeLessThan(5_000);
      expect(await queue.getJobScheduler(schedulerId(created.body.id))).toBeUndefined();

      // Moving to another cohort replaces the job; leaving the kind drops the cohort and the job.
      const laterEnd = isoDay(60);
      const later = await cf.cohort(DEMO_IDS.vuBan, laterEnd);
      await t.call(routes.updateReportSchedule, {
        as: vuBanReviewer,
        params: { id: created.body.id },
        body: { cohortId: later },
      });
      expect(await queue.getJob(cohortEndJobId(created.body.id, endsOn))).toBeUndefined();
      expect(await queue.getJob(cohortEndJobId(created.body.id, laterEnd))).toBeDefined();
      const monthly = await t.call<ReportScheduleView>(routes.updateReportSchedule, {
        as: vuBanReviewer,
        params: { id: created.body.id },
        body: { kind: 'monthly' },
      });
      expect(monthly.body).toMatchObject({ kind: 'monthly', cohort: null });
      expect(await queue.getJob(cohortEndJobId(created.body.id, laterEnd))).toBeUndefined();
      expect(await queue.getJobScheduler(schedulerId(created.body.id))).toBeDefined();

      const over = await cf.cohort(DEMO_IDS.vuBan, isoDay(-3));
      const past = await t.call<ReportScheduleView>(routes.createReportSchedule, {
        as: vuBanReviewer,
        params: { id: committeeId },
        body: { kind: 'cohort_end', cohortId: over },
      });
      expect(past.body.nextRunAt).toBeNull();
      expect(await queue.getJob(cohortEndJobId(past.body.id, isoDay(-3)))).toBeUndefined();
    });

    it('refuses bad schedules naming the field: a cohort where none belongs or missing, unknown courses, a cohort out of scope', async () => {
      const committeeId = await cf.committee(DEMO_IDS.vuBan);
      const yYenCohort = await cf.cohort(DEMO_IDS.yYen, isoDay(20));
      const call = (body: Record<string, unknown>) =>
        t.call<ApiError>(routes.createReportSchedule, { as: vuBanReviewer, params: { id: committeeId }, body });
      const noCohort = await call({ kind: 'cohort_end' });
      expect(noCohort.status).toBe(400);
      expect(noCohort.body.error.fields?.map((f) => f.path)).toEqual(['body.cohortId']);
      const strayCohort = await call({ kind: 'monthly', cohortId: DEMO_COHORT_ID });
      expect(strayCohort.body.error.fields?.map((f) => f.path)).toEqual(['body.cohortId']);
      const badKind = await call({ kind: 'weekly' });
      expect(badKind.body.error.fields?.map((f) => f.path)).toEqual(['body.kind']);
      const unknownCourse = await call({
        kind: 'monthly',
        courseIds: [DEMO_COURSES.grassrootsLeaderSkills.id, '00000000-0000-4000-8000-000000000000'],
      });
      expect(unknownCourse.status).toBe(400);
      expect(unknownCourse.body.error.fields?.map((f) => f.path)).toEqual(['body.courseIds.1']);
      const otherDistrict = await call({ kind: 'cohort_end', cohortId: yYenCohort });
      expect(otherDistrict.status).toBe(404);
      expect(otherDistrict.body.error.fields?.map((f) => f.path)).toEqual(['body.cohortId']);

      const schedule = await cf.schedule(committeeId, 'monthly');
      const toCohortEnd = await t.call<ApiError>(routes.updateReportSchedule, {
        as: vuBanReviewer,
        params: { id: schedule },
        body: { kind: 'cohort_end' },
      });
      expect(toCohortEnd.status).toBe(400);
      expect(toCohortEnd.body.error.fields?.map((f) => f.path)).toEqual(['body.cohortId']);
      const rows: unknown[] = await t.db.query(`SELECT 1 FROM report_schedules WHERE committee_id = $1`, [committeeId]);
      expect(rows).toHaveLength(1);
    });

    it('keeps a schedule that has built reports: it can be disabled, not deleted', async () => {
      const committeeId = await cf.committee(DEMO_IDS.vuBan);
      const schedule = await cf.schedule(committeeId, 'monthly');
      await cf.report(schedule);
      const deleted = await t.call<ApiError>(routes.deleteReportSchedule, {
        as: vuBanReviewer,
        params: { id: schedule },
      });
      expect(deleted.status).toBe(409);
      expect(deleted.body.error.code).toBe('REPORT_SCHEDULE_HAS_REPORTS');
      const list = await t.call<{ items: ReportScheduleView[] }>(routes.listReportSchedules, {
        as: vuBanReviewer,
        params: { id: committeeId },
      });
      expect(list.body.items).toEqual([expect.objectContaining({ id: schedule, hasReports: true })]);
    });
  });
});
