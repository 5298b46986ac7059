import { getQueueToken } from '@nestjs/bullmq';
import { Logger, Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../src/core/config/app-config';
import { CoreModule } from '../src/core/core.module';
import { QueueName } from '../src/core/queue/queues';
import {
  CertificateRemindersService,
  ReminderSweepError,
} from '../src/features/certificates/certificate-reminders.service';
import { CertificatesJobsModule } from '../src/features/certificates/certificates-jobs.module';
import { REMINDER_SCHEDULER_ID } from '../src/features/certificates/jobs/remind-expiring-certificates.job';
import { generateCode } from '../src/features/certificates/signing/certificate-code';
import { Fixtures } from './support/fixtures';
import { SmtpTestServer } from './support/smtp-test-server';
import { testConfig } from './support/test-config';

const DAY = 86_400_000;

/** The certificate jobs on a Redis prefix of their own, mailing through a real SMTP server this test runs. */
@Module({})
class RemindersOnly {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: RemindersOnly, imports: [CoreModule.forRoot(config), CertificatesJobsModule] };
  }
}

interface Holder {
  personId: string;
  /** Where her reminder goes, null when she has no address. */
  email: string | null;
}

interface Made {
  id: string;
  code: string;
  personId: string;
  courseId: string;
  enrolmentId: string;
  email: string | null;
}

/**
 * Each test sweeps at its own instant decades ahead, so that only the certificates it made fall in a reminder
 * window: other test files share the database and issue certificates that expire within a few years of today.
 */
describe('certificate expiry reminders', () => {
  const smtpReady = SmtpTestServer.start();
  let smtp: SmtpTestServer;
  let worker: INestApplicationContext;
  let db: DataSource;
  let fx: Fixtures;
  let reminders: CertificateRemindersService;
  let unitId: string;

  beforeAll(async () => {
    smtp = await smtpReady;
    const config = testConfig({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Sen <no-reply@sen.example.vn>',
      PUBLIC_URL: 'https://sen.example.vn/',
      REDIS_PREFIX: `${testConfig().redisPrefix}-reminders`,
    });
    Logger.overrideLogger(false);
    worker = await NestFactory.createApplicationContext(RemindersOnly.forRoot(config), { logger: false });
    db = worker.get(DataSource);
    fx = new Fixtures(db);
    reminders = worker.get(CertificateRemindersService);
    unitId = (await fx.unitNamed('Minh Tân', 'commune')).id;
  });
  afterAll(async () => {
    await worker.close();
    await smtp.stop();
  });

  async function holder(
    options: { name?: string; address?: 'account' | 'person' | 'none'; locale?: 'vi' | 'en' } = {},
  ): Promise<Holder> {
    const personId = await fx.person(unitId, options.name);
    const email = options.address === 'none' ? null : `hoi-vien.${randomUUID().slice(0, 12)}@example.org`;
    if ((options.address ?? 'account') === 'account') {
      await db.query(
        `INSERT INTO users (person_id, email, password_hash, locale)
         SELECT $1, $2, password_hash, $3 FROM users WHERE email = 'admin@example.org'`,
        [personId, email, options.locale ?? 'vi'],
      );
    } else if (options.address === 'person') {
      await db.query(`UPDATE people SET email = $2 WHERE id = $1`, [personId, email]);
    }
    return { personId, email };
  }

  /** A certificate row as the issuer would store it (content and signature do not matter to reminders). */
  async function certificate(options: {
    expiresAt: Date | null;
    holder?: Holder;
    courseTitle?: string;
    /** A template row with this reminder window; none (the 30-day default) when absent. */
    reminderDays?: number;
    revoked?: boolean;
    reissueNo?: number;
    issuedAt?: Date;
    /** Another certificate of the same completion line: same person, course and enrolment. */
    after?: Made;
  }): Promise<Made> {
    const who = options.holder ?? (await holder());
    let courseId = options.after?.courseId;
    let enrolmentId = options.after?.enrolmentId;
    let versionId: string;
    if (options.after) {
      versionId = (
        await db.query<{ version_id: string }[]>(`SELECT version_id FROM certificates WHERE id = $1`, [
          options.after.id,
        ])
      )[0]!.version_id;
    } else {
      const course = await fx.course(unitId, { published: true });
      courseId = course.courseId;
      versionId = course.versionId;
      enrolmentId = await fx.enrolment(who.personId, course);
    }
    if (options.reminderDays !== undefined) {
      await db.query(
        `INSERT INTO certificate_templates (course_id, signatory_title, primary_colour, accent_colour, validity_months, reminder_days)
         VALUES ($1, 'Chủ tịch', '#0B7285', '#C2255C', 24, $2)`,
        [courseId, options.reminderDays],
      );
    }
    const issuedAt = options.issuedAt ?? new Date((options.expiresAt ?? new Date()).getTime() - 700 * DAY);
    const code = generateCode();
    const rows = await db.query<{ id: string }[]>(
      `INSERT INTO certificates (code, enrolment_id, person_id, course_id, version_id, completed_at, holder_name,
                                 course_title, issuer_unit_id, issuer_name, issued_at, expires_at, reissue_no, claims,
                                 signature, key_id, file_path, status, revoked_at, revoked_reason)
       SELECT $1, $2, $3, $4, $5, $6, p.full_name, $7, $8, 'Hội LHPN xã Minh Tân', $6, $9, $10, '{}', 'chữ ký', 'khóa',
              'certificates/' || gen_random_uuid() || '.pdf',
              CASE WHEN $11 THEN 'revoked' ELSE 'valid' END, CASE WHEN $11 THEN now() END,
              CASE WHEN $11 THEN 'Cấp nhầm' END
         FROM people p WHERE p.id = $3
       RETURNING id`,
      [
        code,
        enrolmentId,
        who.personId,
        courseId,
        versionId,
        issuedAt,
        options.courseTitle ?? `Khóa học thử ${fx.next()}`,
        unitId,
        options.expiresAt,
        options.reissueNo ?? 0,
        options.revoked ?? false,
      ],
    );
    return {
      id: rows[0]!.id,
      code,
      personId: who.personId,
      courseId: courseId!,
      enrolmentId: enrolmentId!,
      email: who.email,
    };
  }

  async function remindedEvents(certificateId: string): Promise<{ reissue_no: number }[]> {
    return db.query(`SELECT reissue_no FROM certificate_events WHERE certificate_id = $1 AND kind = 'reminded'`, [
      certificateId,
    ]);
  }

  it('is scheduled every morning in Vietnam', async () => {
    const queue = worker.get<Queue>(getQueueToken(QueueName.CertificateReminders));
    const scheduler = await queue.getJobScheduler(REMINDER_SCHEDULER_ID);
    expect(scheduler).toMatchObject({ pattern: '0 8 * * *', tz: 'Asia/Ho_Chi_Minh' });
    // Sweeps in this file run at instants of the test's choosing, never on the clock.
    await queue.removeJobScheduler(REMINDER_SCHEDULER_ID);
  });

  it('reminds each holder once within her course window, in Vietnamese, however often and concurrently the sweep runs', async () => {
    const now = new Date('2061-03-15T03:00:00.000Z');
    const title = 'Kỹ năng lãnh đạo Hội cơ sở — khóa 2061';
    const ngocAnh = await holder({ name: 'Nguyễn Thị Ngọc Ánh' });
    // 17:30 UTC is already the next day in Vietnam: the mail must give 26/03, not 25/03.
    const due = await certificate({
      holder: ngocAnh,
      courseTitle: title,
      expiresAt: new Date('2061-03-25T17:30:00.000Z'),
      reissueNo: 2,
    });
    const english = await certificate({
      holder: await holder({ name: 'Trần Thị Mai', locale: 'en' }),
      courseTitle: 'Chuyển đổi số cho cán bộ Hội',
      expiresAt: new Date(now.getTime() + 45 * DAY),
      reminderDays: 60,
    });
    const none = [
      // Outside the default 30 days.
      await certificate({ expiresAt: new Date(now.getTime() + 45 * DAY) }),
      // Outside its course's 7 days.
      await certificate({ expiresAt: new Date(now.getTime() + 10 * DAY), reminderDays: 7 }),
      await certificate({ expiresAt: new Date(now.getTime() + 5 * DAY), revoked: true }),
      // Already expired.
      await certificate({ expiresAt: new Date(now.getTime() - DAY) }),
      await certificate({ expiresAt: null }),
    ];
    // Re-certified already: a later certificate of the same course that lasts longer.
    const renewed = await certificate({ expiresAt: new Date(now.getTime() + 5 * DAY) });
    await certificate({
      after: renewed,
      holder: { personId: renewed.personId, email: renewed.email },
      issuedAt: new Date(now.getTime() - 20 * DAY),
      expiresAt: new Date(now.getTime() + 710 * DAY),
    });

    const concurrent = await Promise.all([reminders.sweep(now), reminders.sweep(now), reminders.sweep(now)]);
    const again = await reminders.sweep(now);

    expect(concurrent.reduce((n, r) => n + r.reminded, 0)).toBe(2);
    expect(concurrent.reduce((n, r) => n + r.mailed, 0)).toBe(2);
    expect(again).toEqual({ reminded: 0, mailed: 0, withoutAddress: 0, undeliverable: 0, failed: 0 });
    expect(await remindedEvents(due.id)).toEqual([{ reissue_no: 2 }]);
    expect(await remindedEvents(english.id)).toEqual([{ reissue_no: 0 }]);
    for (const c of [...none, renewed]) {
      expect(await remindedEvents(c.id)).toEqual([]);
      if (c.email) expect(smtp.for(c.email)).toEqual([]);
    }

    const [mail, ...more] = smtp.for(ngocAnh.email!);
    expect(more).toEqual([]);
    expect(mail!.from).toBe('no-reply@sen.example.vn');
    expect(mail!.subject).toBe(`Chứng nhận “${title}” sẽ hết hạn vào ngày 26/03/2061`);
    expect(mail!.text).toContain('Xin chào Nguyễn Thị Ngọc Ánh,');
    expect(mail!.text).toContain(
      `Chứng nhận hoàn thành khóa học “${title}” của bạn (mã ${due.code}) sẽ hết hạn vào ngày 26/03/2061.`,
    );
    expect(mail!.text).toContain('Để gia hạn, bạn hãy đăng nhập và học lại khóa học để được cấp chứng nhận mới tại:');
    expect(mail!.text).toContain('\nhttps://sen.example.vn/certificates\n');
    expect(mail!.html).toContain(`khóa học “${title}” của bạn (mã ${due.code}) sẽ hết hạn vào ngày 26/03/2061.`);
    expect(mail!.html).toContain('<a href="https://sen.example.vn/certificates">');
    expect(mail!.headers.get('auto-submitted')).toBe('auto-generated');

    const [englishMail, ...moreEnglish] = smtp.for(english.email!);
    expect(moreEnglish).toEqual([]);
    expect(englishMail!.subject).toMatch(
      /^Your certificate “Chuyển đổi số cho cán bộ Hội” expires on \d\d\/\d\d\/2061$/,
    );
  });

  it("records the reminder of a holder without an address but mails nobody; writes to her person record's address when she has no account", async () => {
    const now = new Date('2062-06-01T03:00:00.000Z');
    const before = smtp.received.length;
    const withoutAddress = await certificate({
      holder: await holder({ address: 'none' }),
      expiresAt: new Date(now.getTime() + 3 * DAY),
    });
    const personAddress = await certificate({
      holder: await holder({ address: 'person', name: 'Lê Thị Hồng' }),
      courseTitle: 'Phòng chống bạo lực gia đình',
      expiresAt: new Date(now.getTime() + 3 * DAY),
    });

    expect(await reminders.sweep(now)).toEqual({
      reminded: 2,
      mailed: 1,
      withoutAddress: 1,
      undeliverable: 0,
      failed: 0,
    });
    expect(await remindedEvents(withoutAddress.id)).toHaveLength(1);
    expect(await remindedEvents(personAddress.id)).toHaveLength(1);
    expect(smtp.received.slice(before).map((m) => m.to)).toEqual([[personAddress.email]]);
    expect(smtp.for(personAddress.email!)[0]!.text).toContain('Xin chào Lê Thị Hồng,');
  });

  it('keeps the reminders when the relay is down and sends them at a later sweep; an address refused for good is recorded', async () => {
    const now = new Date('2063-09-10T03:00:00.000Z');
    const waiting = [];
    for (let i = 1; i <= 8; i += 1) {
      waiting.push(await certificate({ expiresAt: new Date(now.getTime() + i * DAY) }));
    }

    await smtp.stop();
    const down = await reminders.sweep(now).catch((e: unknown) => e);
    expect(down).toBeInstanceOf(ReminderSweepError);
    // It gave up after three failures in a row (and those already in flight) instead of trying every holder
    // against a dead relay.
    expect((down as Error).message).toMatch(
      /^[345] certificate reminder\(s\) not sent \(mail relay unavailable: sweep stopped\); 0 sent or recorded$/,
    );
    for (const c of waiting) expect(await remindedEvents(c.id)).toEqual([]);

    await smtp.restart();
    smtp.refuseRecipients.set(waiting[0]!.email!, { code: 550, message: 'No such user' });
    smtp.refuseRecipients.set(waiting[1]!.email!, { code: 450, message: 'Greylisted, try again later' });
    const partly = await reminders.sweep(now).catch((e: unknown) => e);
    expect(partly).toBeInstanceOf(ReminderSweepError);
    expect((partly as Error).message).toMatch(/^1 certificate reminder\(s\) not sent; 7 sent or recorded$/);
    expect(await remindedEvents(waiting[0]!.id)).toHaveLength(1);
    expect(await remindedEvents(waiting[1]!.id)).toEqual([]);
    expect(smtp.for(waiting[0]!.email!)).toEqual([]);
    for (const c of waiting.slice(2)) expect(smtp.for(c.email!)).toHaveLength(1);

    smtp.refuseRecipients.clear();
    expect(await reminders.sweep(now)).toMatchObject({ reminded: 1, mailed: 1, failed: 0 });
    expect(smtp.for(waiting[1]!.email!)).toHaveLength(1);
    for (const c of waiting) expect(await remindedEvents(c.id)).toHaveLength(1);
  });

  it('goes through more certificates than one batch holds', async () => {
    const now = new Date('2064-01-20T03:00:00.000Z');
    const first = await certificate({
      holder: await holder({ address: 'none' }),
      expiresAt: new Date(now.getTime() + DAY),
    });
    // 600 more certificates of the same completion line, expiring one minute apart, from the next day on.
    await db.query(
      `INSERT INTO certificates (code, enrolment_id, person_id, course_id, version_id, completed_at, holder_name,
                                 course_title, issuer_unit_id, issuer_name, issued_at, expires_at, claims, signature,
                                 key_id, file_path)
       SELECT 'LO' || lpad(g::text, 9, '0') || substr(md5($2::text), 1, 6), c.enrolment_id, c.person_id, c.course_id,
              c.version_id, c.completed_at - g * interval '1 second', c.holder_name, c.course_title, c.issuer_unit_id,
              c.issuer_name, c.issued_at, $3::timestamptz + g * interval '1 minute', '{}', 'chữ ký', 'khóa',
              'certificates/' || gen_random_uuid() || '.pdf'
         FROM certificates c, generate_series(1, 600) g WHERE c.id = $1`,
      [first.id, randomUUID(), new Date(now.getTime() + 2 * DAY)],
    );
    expect(await reminders.sweep(now)).toEqual({
      reminded: 601,
      mailed: 0,
      withoutAddress: 601,
      undeliverable: 0,
      failed: 0,
    });
    const [counted] = await db.query<{ count: string }[]>(
      `SELECT count(*) FROM certificate_events e JOIN certificates c ON c.id = e.certificate_id
        WHERE c.enrolment_id = $1 AND e.kind = 'reminded'`,
      [first.enrolmentId],
    );
    expect(Number(counted!.count)).toBe(601);
  });
});
