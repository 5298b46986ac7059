import { getQueueToken } from '@nestjs/bullmq';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import {
  routes,
  type ApiError,
  type CourseOutline,
  type EnrolmentPage,
  type LearnerLesson,
  type LearnerOutline,
  type MyLearning,
  type ProgressBatchResult,
  type ProgressEvent,
  type RequirementView,
} from '@sen/contracts';
import { Queue, QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { QueueName } from '../src/core/queue/queues';
import { issueCertificateJobId } from '../src/features/certificates/jobs/issue-certificate-job-id';
import { WorkerModule } from '../src/worker.module';
import { Fixtures } from './support/fixtures';
import { testConfig } from './support/test-config';
import { TestApp, type Session } from './support/test-app';

describe('enrolment and progress', () => {
  let t: TestApp;
  let fx: Fixtures;
  let trainer: Session;
  let trainee: Session;
  let traineeBranch: string;
  let commune: string;

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    trainer = await t.signIn('trainer@example.org');
    trainee = await t.signIn('trainee@example.org');
    traineeBranch = trainee.view.user.unit.id;
    commune = (await fx.unitNamed('Minh Tân', 'commune')).id;
  });
  afterAll(async () => {
    await t.stop();
  });

  /** A published course of two modules (read-to-end and marked-done lessons), assigned to the trainee. */
  async function enrolTrainee(): Promise<{ courseId: string; outline: LearnerOutline }> {
    const course = (
      await t.call<{ id: string; draftVersionId: string }>(routes.createCourse, {
        as: trainer,
        body: { ownerUnitId: commune, title: 'Kỹ năng vận động hội viên', category: 'grassroots-work' },
      })
    ).body;
    for (const [module, lessons] of [
      ['Tập hợp phụ nữ', [['Lắng nghe hội viên', 'read_to_end']]],
      [
        'Thực hành',
        [
          ['Thực hành: lập kế hoạch sinh hoạt', 'marked_done'],
          ['Ghi biên bản', 'opened'],
        ],
      ],
    ] as const) {
      const m = (
        await t.call<{ id: string }>(routes.createModule, {
          as: trainer,
          params: { id: course.draftVersionId },
          body: { title: module },
        })
      ).body;
      for (const [title, completion] of lessons) {
        await t.call(routes.createLesson, { as: trainer, params: { id: m.id }, body: { title, completion } });
      }
    }
    await t.call(routes.publishCourseVersion, { as: trainer, params: { id: course.draftVersionId } });
    const assigned = await t.call<{ enrolled: number }>(routes.assignCourse, {
      as: trainer,
      params: { id: course.id },
      body: { personIds: [trainee.view.user.personId], dueAt: '2026-12-31T17:00:00+07:00' },
    });
    expect(assigned.body.enrolled).toBe(1);
    const learning = await t.call<MyLearning>(routes.myLearning, { as: trainee });
    const item = learning.body.items.find((i) => i.course.id === course.id)!;
    expect(item).toEqual(
      expect.objectContaining({ status: 'not_started', totalLessons: 3, completedLessons: 0, source: 'manual' }),
    );
    const outline = (
      await t.call<LearnerOutline>(routes.myEnrolment, { as: trainee, params: { id: item.enrolmentId } })
    ).body;
    return { courseId: course.id, outline };
  }

  const lessonsOf = (o: LearnerOutline) => o.modules.flatMap((m) => m.lessons);
  const ev = (
    o: LearnerOutline,
    lessonId: string,
    kind: ProgressEvent['kind'],
    extra: Partial<ProgressEvent> = {},
  ): ProgressEvent => ({
    id: randomUUID(),
    enrolmentId: o.enrolmentId,
    lessonId,
    kind,
    occurredAt: new Date().toISOString(),
    ...extra,
  });

  it('stores a batch sent three times once, and counts it once', async () => {
    const { outline } = await enrolTrainee();
    const [read] = lessonsOf(outline);
    const batch = [
      ev(outline, read!.id, 'opened'),
      ev(outline, read!.id, 'scrolled', { value: 0.5, position: { scroll: 0.5 } }),
    ];
    const results: ProgressBatchResult[] = [];
    for (let i = 0; i < 3; i++)
      results.push(
        (await t.call<ProgressBatchResult>(routes.recordProgress, { as: trainee, body: { events: batch } })).body,
      );
    expect(results.map((r) => [r.accepted, r.duplicates])).toEqual([
      [2, 0],
      [0, 2],
      [0, 2],
    ]);
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM progress_events WHERE enrolment_id = $1`,
      [outline.enrolmentId],
    );
    expect(rows[0]!.n).toBe(2);
    const lesson = (
      await t.call<LearnerLesson>(routes.myLesson, {
        as: trainee,
        params: { id: outline.enrolmentId, lessonId: read!.id },
      })
    ).body;
    expect(lesson).toEqual(
      expect.objectContaining({ completed: false, resume: { scroll: 0.5 }, previousLessonId: null }),
    );
  });

  it('completes lessons by their rules, then the course, and the worker records the completion once', async () => {
    const config = testConfig();
    const worker: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
      logger: false,
    });
    try {
      const { outline } = await enrolTrainee();
      const [read, practice, minutes] = lessonsOf(outline);
      // Offline order: events arrive late and shuffled; the result depends only on the set.
      const first = await t.call<ProgressBatchResult>(routes.recordProgress, {
        as: trainee,
        body: {
          events: [
            ev(outline, read!.id, 'scrolled', { value: 0.97, occurredAt: '2026-11-20T08:05:00+07:00' }),
            ev(outline, read!.id, 'opened', { occurredAt: '2026-11-20T08:00:00+07:00' }),
            ev(outline, practice!.id, 'scrolled', { value: 1, occurredAt: '2026-11-20T08:10:00+07:00' }),
          ],
        },
      });
      expect(first.body.lessons.map((l) => [l.lessonId, l.completed]).sort()).toEqual(
        [
          [read!.id, true],
          [practice!.id, false],
        ].sort(),
      );
      expect(first.body.completedEnrolments).toEqual([]);
      const done = await t.call<ProgressBatchResult>(routes.recordProgress, {
        as: trainee,
        body: {
          events: [
            ev(outline, practice!.id, 'done', { occurredAt: '2026-11-21T08:00:00+07:00' }),
            ev(outline, minutes!.id, 'opened', { occurredAt: '2026-11-21T08:01:00+07:00' }),
          ],
        },
      });
      expect(done.body.completedEnrolments).toEqual([outline.enrolmentId]);

      const queue = worker.get<Queue>(getQueueToken(QueueName.CourseCompleted));
      const events = new QueueEvents(QueueName.CourseCompleted, {
        connection: { url: config.redisUrl },
        prefix: `${config.redisPrefix}:bull`,
      });
      await events.waitUntilReady();
      const job = await queue.getJob(`course-completed-${outline.enrolmentId}`);
      expect(job).toBeDefined();
      await job!.waitUntilFinished(events, 20_000).catch(async () => {
        // Already finished before we started listening.
        expect(await job!.getState()).toBe('completed');
      });
      await events.close();
      const recorded: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM course_completions WHERE enrolment_id = $1`,
        [outline.enrolmentId],
      );
      expect(recorded[0]!.n).toBe(1);

      // Recording it asked for the certificate, under an id naming this completion.
      const enrolment: { completed_at: Date }[] = await t.db.query(
        `SELECT completed_at FROM enrolments WHERE id = $1`,
        [outline.enrolmentId],
      );
      const issue = await worker
        .get<Queue>(getQueueToken(QueueName.IssueCertificate))
        .getJob(issueCertificateJobId(outline.enrolmentId, enrolment[0]!.completed_at));
      expect(issue?.data).toEqual({ enrolmentId: outline.enrolmentId });

      // The same completion announced again adds no job and no row.
      await queue.add(
        'course-completed',
        { enrolmentId: outline.enrolmentId },
        { jobId: `course-completed-${outline.enrolmentId}` },
      );
      expect(await queue.getJobCountByTypes('waiting', 'active', 'delayed')).toBe(0);

      const after = (
        await t.call<LearnerOutline>(routes.myEnrolment, { as: trainee, params: { id: outline.enrolmentId } })
      ).body;
      expect(after.status).toBe('completed');
      expect(after.modules.every((m) => m.completed)).toBe(true);
      expect(after.resumeLessonId).toBe(minutes!.id);
    } finally {
      await worker.close();
    }
  });

  it('re-announces a completion whose announcement was lost, and records it once', async () => {
    const config = testConfig({ REDIS_PREFIX: `sen-it-${process.pid}-sweep` });
    const worker: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
      logger: false,
    });
    try {
      const course = await fx.course(commune, { published: true });
      const enrolmentId = await fx.enrolment(await fx.person(commune), course);
      // Completed in PostgreSQL, but Redis never heard of it.
      await t.db.query(`UPDATE enrolments SET completed_at = now() WHERE id = $1`, [enrolmentId]);
      const maintenance = worker.get<Queue>(getQueueToken(QueueName.Maintenance));
      const events = new QueueEvents(QueueName.Maintenance, {
        connection: { url: config.redisUrl },
        prefix: `${config.redisPrefix}:bull`,
      });
      await events.waitUntilReady();
      const job = await maintenance.add('announce-unrecorded-completions', { task: 'announce-unrecorded-completions' });
      // The worker's own schedule sweeps once at start too, so either run may be the one that announces it.
      await job.waitUntilFinished(events, 20_000);
      await events.close();
      const deadline = Date.now() + 10_000;
      let recorded = 0;
      while (recorded === 0 && Date.now() < deadline) {
        const rows: { n: number }[] = await t.db.query(
          `SELECT count(*)::int AS n FROM course_completions WHERE enrolment_id = $1`,
          [enrolmentId],
        );
        recorded = rows[0]!.n;
        if (!recorded) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(recorded).toBe(1);
    } finally {
      await worker.close();
    }
  });

  it('keeps a trainee on the version she started; new enrolments get the latest', async () => {
    const { courseId, outline } = await enrolTrainee();
    await t.call(routes.recordProgress, {
      as: trainee,
      body: { events: [ev(outline, lessonsOf(outline)[0]!.id, 'opened')] },
    });
    const v2 = await t.call<CourseOutline>(routes.updateCourseDraft, {
      as: trainer,
      params: { id: courseId },
      body: { title: 'Phiên bản 2' },
    });
    await t.call(routes.createModule, {
      as: trainer,
      params: { id: v2.body.versionId },
      body: { title: 'Chương bổ sung' },
    });
    const m = (
      await t.call<CourseOutline>(routes.getCourseVersion, { as: trainer, params: { id: v2.body.versionId } })
    ).body.modules.at(-1)!;
    await t.call(routes.createLesson, { as: trainer, params: { id: m.id }, body: { title: 'Bài bổ sung' } });
    expect((await t.call(routes.publishCourseVersion, { as: trainer, params: { id: v2.body.versionId } })).status).toBe(
      200,
    );

    const mine = (
      await t.call<LearnerOutline>(routes.myEnrolment, { as: trainee, params: { id: outline.enrolmentId } })
    ).body;
    expect([mine.versionNo, lessonsOf(mine).length]).toEqual([1, 3]);

    const newcomer = await fx.person(traineeBranch);
    await t.call(routes.assignCourse, { as: trainer, params: { id: courseId }, body: { personIds: [newcomer] } });
    const listed = (await t.call<EnrolmentPage>(routes.listCourseEnrolments, { as: trainer, params: { id: courseId } }))
      .body;
    expect(listed.items.map((e) => [e.person.id, e.versionNo]).sort()).toEqual(
      [
        [trainee.view.user.personId, 1],
        [newcomer, 2],
      ].sort(),
    );
  });

  it('refuses events for a lesson of another version, for someone else’s enrolment, and from the future', async () => {
    const { outline } = await enrolTrainee();
    const other = await enrolTrainee();
    expect(outline.enrolmentId).not.toBe(other.outline.enrolmentId);
    const wrongLesson = await t.call<ApiError>(routes.recordProgress, {
      as: trainee,
      body: { events: [ev(outline, lessonsOf(other.outline)[0]!.id, 'opened')] },
    });
    expect(wrongLesson.body.error).toEqual(expect.objectContaining({ code: 'LESSON_NOT_IN_COURSE' }));
    expect(wrongLesson.body.error.fields?.[0]?.path).toBe('body.events.0.lessonId');

    const reviewer = await t.signIn('reviewer@example.org');
    const foreign = await t.call<ApiError>(routes.recordProgress, {
      as: reviewer,
      body: { events: [ev(outline, lessonsOf(outline)[0]!.id, 'opened')] },
    });
    expect(foreign.status).toBe(404);

    const future = await t.call<ApiError>(routes.recordProgress, {
      as: trainee,
      body: { events: [ev(outline, lessonsOf(outline)[0]!.id, 'opened', { occurredAt: '2099-01-01T00:00:00Z' })] },
    });
    expect(future.body.error.fields?.[0]?.path).toBe('body.events.0.occurredAt');
    const stored: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM progress_events WHERE enrolment_id = $1`,
      [outline.enrolmentId],
    );
    expect(stored[0]!.n).toBe(0);
  });

  it('unenrolling keeps the history; events queued offline afterwards are ignored, not refused', async () => {
    const { courseId, outline } = await enrolTrainee();
    await t.call(routes.recordProgress, {
      as: trainee,
      body: { events: [ev(outline, lessonsOf(outline)[0]!.id, 'opened')] },
    });
    expect((await t.call(routes.endEnrolment, { as: trainer, params: { id: outline.enrolmentId } })).status).toBe(204);
    const late = await t.call<ProgressBatchResult>(routes.recordProgress, {
      as: trainee,
      body: { events: [ev(outline, lessonsOf(outline)[1]!.id, 'done')] },
    });
    expect([late.status, late.body.ignored, late.body.accepted]).toEqual([200, 1, 0]);
    const kept = await t.call<EnrolmentPage>(routes.listCourseEnrolments, {
      as: trainer,
      params: { id: courseId },
      query: { includeEnded: 'true' },
    });
    expect(kept.body.items[0]).toEqual(expect.objectContaining({ endedAt: expect.any(String) }));
    expect((await t.call(routes.myEnrolment, { as: trainee, params: { id: outline.enrolmentId } })).status).toBe(404);
    // Re-enrolling starts a fresh enrolment.
    await t.call(routes.assignCourse, {
      as: trainer,
      params: { id: courseId },
      body: { personIds: [trainee.view.user.personId] },
    });
    const rows: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM enrolments WHERE course_id = $1`, [
      courseId,
    ]);
    expect(rows[0]!.n).toBe(2);
  });

  it('enrols the holders and reserves of positions in a subtree', async () => {
    const { courseId } = await enrolTrainee();
    const branchHeads = await t.call<{ enrolled: number; alreadyEnrolled: number }>(routes.assignCourse, {
      as: trainer,
      params: { id: courseId },
      body: { unitId: commune, positions: ['branch_head'], includeReserves: true },
    });
    const expected: { n: number }[] = await t.db.query(
      `SELECT count(DISTINCT pa.person_id)::int AS n FROM position_assignments pa JOIN units u ON u.id = pa.unit_id
        WHERE pa.valid_to IS NULL AND pa.kind = 'branch_head' AND u.path LIKE (SELECT path FROM units WHERE id = $1) || '%'`,
      [commune],
    );
    // The trainee is a branch head there and was enrolled already.
    expect(branchHeads.body.enrolled + branchHeads.body.alreadyEnrolled).toBe(expected[0]!.n);
    expect(branchHeads.body.alreadyEnrolled).toBe(1);
    const again = await t.call<{ enrolled: number }>(routes.assignCourse, {
      as: trainer,
      params: { id: courseId },
      body: { unitId: commune, positions: ['branch_head'], includeReserves: true },
    });
    expect(again.body.enrolled).toBe(0);
  });

  it('lets members enrol themselves in open courses only', async () => {
    const { courseId } = await enrolTrainee();
    const reviewerMember = await t.signIn((await fx.user(commune, 'trainee')).email);
    const closed = await t.call<ApiError>(routes.selfEnrol, { as: reviewerMember, params: { id: courseId } });
    expect(closed.body.error.code).toBe('ENROLMENT_CLOSED');
    await t.call(routes.updateCourseSettings, { as: trainer, params: { id: courseId }, body: { openEnrolment: true } });
    const catalogue = await t.call<{
      items: { courseId: string; enrolmentId: string | null; estimatedMinutes: number }[];
    }>(routes.catalogue, { as: reviewerMember });
    // The trainer gave the course no length of its own: its three lessons of 5 minutes say how long it is.
    expect(catalogue.body.items.find((c) => c.courseId === courseId)).toMatchObject({
      enrolmentId: null,
      estimatedMinutes: 15,
    });
    const enrolled = await t.call<LearnerOutline>(routes.selfEnrol, { as: reviewerMember, params: { id: courseId } });
    expect(enrolled.status).toBe(200);
    const twice = await t.call<LearnerOutline>(routes.selfEnrol, { as: reviewerMember, params: { id: courseId } });
    expect(twice.body.enrolmentId).toBe(enrolled.body.enrolmentId);
  });
});

describe('course requirements', () => {
  let t: TestApp;
  let fx: Fixtures;
  let trainer: Session;
  let admin: Session;

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    trainer = await t.signIn('trainer@example.org');
    admin = await t.signIn('admin@example.org');
  });
  afterAll(async () => {
    await t.stop();
  });

  it('enrols the holders and reserves a requirement names, then newcomers to the position, never twice', async () => {
    const district = (await fx.unitNamed('Giao Thủy', 'district')).id;
    const course = await fx.course(district, { published: true });
    const created = await t.call<{ id: string; enrolled: number }>(routes.createCourseRequirement, {
      as: trainer,
      params: { id: course.courseId },
      body: { unitId: district, positions: ['president'], includeReserves: true, dueAt: '2026-12-31T17:00:00+07:00' },
    });
    expect(created.status).toBe(200);
    const expected: { n: number }[] = await t.db.query(
      `SELECT count(DISTINCT pa.person_id)::int AS n FROM position_assignments pa JOIN units u ON u.id = pa.unit_id
        WHERE pa.valid_to IS NULL AND pa.kind = 'president' AND u.path LIKE (SELECT path FROM units WHERE id = $1) || '%'`,
      [district],
    );
    expect(expected[0]!.n).toBeGreaterThan(3);
    expect(created.body.enrolled).toBe(expected[0]!.n);

    // A new commune president is enrolled by the job the assignment announces.
    const config = testConfig({ REDIS_PREFIX: `sen-it-${process.pid}-req` });
    const app = await TestApp.start({ REDIS_PREFIX: `sen-it-${process.pid}-req` });
    const worker: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
      logger: false,
    });
    try {
      const commune = await fx.unit(district, 'commune');
      const newcomer = await fx.person(commune);
      const admin2 = await app.signIn('admin@example.org');
      const assigned = await app.call(routes.assignPosition, {
        as: admin2,
        params: { id: commune },
        body: { kind: 'president', role: 'holder', personId: newcomer },
      });
      expect(assigned.status).toBe(200);
      const deadline = Date.now() + 10_000;
      let rows: { source: string; due_at: Date }[] = [];
      while (rows.length === 0 && Date.now() < deadline) {
        rows = await t.db.query(`SELECT source, due_at FROM enrolments WHERE person_id = $1 AND course_id = $2`, [
          newcomer,
          course.courseId,
        ]);
        if (!rows.length) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(rows).toEqual([{ source: 'requirement', due_at: new Date('2026-12-31T10:00:00Z') }]);

      // An author unenrols her; the sweep does not enrol her again.
      const enrolment: { id: string }[] = await t.db.query(
        `SELECT id FROM enrolments WHERE person_id = $1 AND course_id = $2`,
        [newcomer, course.courseId],
      );
      expect((await t.call(routes.endEnrolment, { as: admin, params: { id: enrolment[0]!.id } })).status).toBe(204);
      const maintenance = worker.get<Queue>(getQueueToken(QueueName.Maintenance));
      const events = new QueueEvents(QueueName.Maintenance, {
        connection: { url: config.redisUrl },
        prefix: `${config.redisPrefix}:bull`,
      });
      await events.waitUntilReady();
      const sweep = await maintenance.add('apply-requirements', { task: 'apply-requirements' });
      await sweep.waitUntilFinished(events, 20_000);
      await events.close();
      const after: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM enrolments WHERE person_id = $1 AND course_id = $2 AND ended_at IS NULL`,
        [newcomer, course.courseId],
      );
      expect(after[0]!.n).toBe(0);
    } finally {
      await worker.close();
      await app.stop();
    }
    const listed = await t.call<{ items: { enrolled: number }[] }>(routes.listCourseRequirements, {
      as: trainer,
      params: { id: course.courseId },
    });
    expect(listed.body.items[0]!.enrolled).toBe(expected[0]!.n + 1);
  });

  it('refuses a unit outside the course owner’s subtree, and an unpublished course', async () => {
    const vuBan = (await fx.unitNamed('Vụ Bản', 'district')).id;
    const yYen = (await fx.unitNamed('Ý Yên', 'district')).id;
    const course = await fx.course(vuBan, { published: true });
    const outside = await t.call<ApiError>(routes.createCourseRequirement, {
      as: trainer,
      params: { id: course.courseId },
      body: { unitId: yYen, positions: ['president'] },
    });
    expect(outside.body.error.fields?.[0]?.path).toBe('body.unitId');
    const draft = await fx.course(vuBan);
    const unpublished = await t.call<ApiError>(routes.createCourseRequirement, {
      as: trainer,
      params: { id: draft.courseId },
      body: { unitId: vuBan, positions: ['president'] },
    });
    expect(unpublished.body.error.code).toBe('COURSE_NOT_PUBLISHED');
  });
});

describe('a course’s learners list', () => {
  let t: TestApp;
  let fx: Fixtures;
  let trainer: Session;
  let course: { courseId: string; versionId: string };
  let district: string;
  let communeA: string;
  let communeB: string;
  /** One learner per status, named so that only the folded search finds "Ánh Tuyết" by "anh tuyet". */
  const people: Record<'notStarted' | 'inProgress' | 'completed' | 'overdue' | 'overdueDone', string> = {
    notStarted: '',
    inProgress: '',
    completed: '',
    overdue: '',
    overdueDone: '',
  };

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    trainer = await t.signIn('trainer@example.org');
    // An existing district: a new one with two communes would break others' assumptions about the seed's shape.
    district = (await fx.unitNamed('Hải Hậu', 'district')).id;
    communeA = await fx.unit(district, 'commune');
    communeB = await fx.unit(district, 'commune');
    course = await fx.course(district, { published: true });
    people.notStarted = await fx.person(communeA, 'Trần Thị Ánh Tuyết');
    people.inProgress = await fx.person(communeA, 'Phạm Thị Thu');
    people.completed = await fx.person(communeB, 'Đặng Thị Lan');
    people.overdue = await fx.person(communeB, 'Hoàng Thị Yến');
    people.overdueDone = await fx.person(communeB, 'Bùi Thị Tuyết Mai');
    const enrolments = Object.fromEntries(
      await Promise.all(
        Object.entries(people).map(async ([key, personId]) => [key, await fx.enrolment(personId, course)] as const),
      ),
    );
    const past = '2020-01-01T00:00:00Z';
    await t.db.query(`UPDATE enrolments SET started_at = now() WHERE id = $1`, [enrolments.inProgress]);
    await t.db.query(`UPDATE enrolments SET started_at = now(), completed_at = now() WHERE id = $1`, [
      enrolments.completed,
    ]);
    await t.db.query(`UPDATE enrolments SET started_at = now(), due_at = $2 WHERE id = $1`, [enrolments.overdue, past]);
    // Completed after a past due date: completed, not overdue.
    await t.db.query(`UPDATE enrolments SET started_at = now(), completed_at = now(), due_at = $2 WHERE id = $1`, [
      enrolments.overdueDone,
      past,
    ]);
  });
  afterAll(async () => {
    await t.stop();
  });

  async function names(query: Record<string, string>, as: Session = trainer): Promise<string[]> {
    const response = await t.call<EnrolmentPage>(routes.listCourseEnrolments, {
      as,
      params: { id: course.courseId },
      query,
    });
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(response.body.items.length);
    return response.body.items.map((item) => item.person.name);
  }

  it('finds learners by name without diacritics, and matches the text literally', async () => {
    expect(await names({ search: 'anh tuyet' })).toEqual(['Trần Thị Ánh Tuyết']);
    expect(await names({ search: 'TUYẾT' })).toEqual(['Bùi Thị Tuyết Mai', 'Trần Thị Ánh Tuyết']);
    expect(await names({ search: 't%t' })).toEqual([]);
  });

  it.each([
    ['not_started', ['Trần Thị Ánh Tuyết']],
    ['in_progress', ['Phạm Thị Thu']],
    ['completed', ['Bùi Thị Tuyết Mai', 'Đặng Thị Lan']],
    ['overdue', ['Hoàng Thị Yến']],
  ])('filters by the status as shown: %s', async (status, expected) => {
    expect(await names({ status })).toEqual(expected);
  });

  it('narrows to a unit’s subtree, combined with the other filters', async () => {
    expect(await names({ unitId: communeA })).toEqual(['Phạm Thị Thu', 'Trần Thị Ánh Tuyết']);
    expect(await names({ unitId: district })).toHaveLength(5);
    expect(await names({ unitId: communeB, search: 'tuyet', status: 'completed' })).toEqual(['Bùi Thị Tuyết Mai']);
    expect(await names({ unitId: communeA, status: 'completed' })).toEqual([]);
  });

  it('answers 404 for a unit outside the caller’s scope or that does not exist, and 400 for a bad status', async () => {
    const districtTrainer = await t.signIn((await fx.user(district, 'trainer')).email);
    expect(await names({ unitId: communeB }, districtTrainer)).toHaveLength(3);
    const otherDistrict = (await fx.unitNamed('Ý Yên', 'district')).id;
    for (const unitId of [otherDistrict, randomUUID()]) {
      const outside = await t.call<ApiError>(routes.listCourseEnrolments, {
        as: districtTrainer,
        params: { id: course.courseId },
        query: { unitId },
      });
      expect([outside.status, outside.body.error.code]).toEqual([404, 'NOT_FOUND']);
    }
    const bad = await t.call<ApiError>(routes.listCourseEnrolments, {
      as: trainer,
      params: { id: course.courseId },
      query: { status: 'late' },
    });
    expect([bad.status, bad.body.error.fields?.[0]?.path]).toEqual([400, 'query.status']);
  });

  it('names the author of each requirement', async () => {
    const requirement = await t.call<RequirementView>(routes.createCourseRequirement, {
      as: trainer,
      params: { id: course.courseId },
      body: { unitId: communeA, positions: ['president'] },
    });
    expect(requirement.body.createdBy).toEqual({ id: trainer.view.user.id, name: 'Vũ Thị Mai' });
    const listed = await t.call<{ items: RequirementView[] }>(routes.listCourseRequirements, {
      as: trainer,
      params: { id: course.courseId },
    });
    expect(listed.body.items.map((r) => r.createdBy.name)).toEqual(['Vũ Thị Mai']);
  });
});
