import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supervising committees, the report schedules that serve them and every report built and delivered.
 * - A committee belongs to the unit whose admins manage it (`unit_id`) and covers the subtrees of its
 *   `committee_units`; its recipients have no account, only a name, an address and a role.
 * - A schedule's definition lives here, not in Redis: the worker turns each enabled row into a BullMQ job
 *   scheduler at start and after every change, so a flushed Redis gets them back.
 * - `UNIQUE (schedule_id, period_key)` makes a period's report exist once however many runs race for it;
 *   `UNIQUE (report_id, recipient_id)` makes each recipient's delivery one row, whose `message_id` is fixed
 *   when the row is made, so a resend after a crash carries the same Message-ID.
 * - Cohorts are the minimum an end-of-cohort schedule needs (a course, a unit, dates); classes, seats and
 *   attendance extend the table later.
 */
export class CommitteeReports1765100000000 implements MigrationInterface {
  name = 'CommitteeReports1765100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cohorts (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        name text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_cohorts PRIMARY KEY (id),
        CONSTRAINT fk_cohorts_course FOREIGN KEY (course_id) REFERENCES courses(id),
        CONSTRAINT fk_cohorts_unit FOREIGN KEY (unit_id) REFERENCES units(id),
        CONSTRAINT ck_cohorts_dates CHECK (ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX ix_cohorts_unit ON cohorts (unit_id)`);

    await q.query(`
      CREATE TABLE committees (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL,
        name text NOT NULL,
        name_search text NOT NULL,
        kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        CONSTRAINT pk_committees PRIMARY KEY (id),
        CONSTRAINT fk_committees_unit FOREIGN KEY (unit_id) REFERENCES units(id),
        CONSTRAINT ck_committees_kind CHECK (kind IN ('party_committee', 'union_standing_committee', 'other'))
      )`);
    await q.query(`CREATE INDEX ix_committees_unit ON committees (unit_id) WHERE archived_at IS NULL`);
    await q.query(`
      CREATE TABLE committee_units (
        committee_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        CONSTRAINT pk_committee_units PRIMARY KEY (committee_id, unit_id),
        CONSTRAINT fk_committee_units_committee FOREIGN KEY (committee_id) REFERENCES committees(id) ON DELETE CASCADE,
        CONSTRAINT fk_committee_units_unit FOREIGN KEY (unit_id) REFERENCES units(id)
      )`);
    await q.query(`
      CREATE TABLE committee_recipients (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        committee_id uuid NOT NULL,
        full_name text NOT NULL,
        email text NOT NULL,
        role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz,
        CONSTRAINT pk_committee_recipients PRIMARY KEY (id),
        CONSTRAINT fk_committee_recipients_committee FOREIGN KEY (committee_id) REFERENCES committees(id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_committee_recipients_email ON committee_recipients (committee_id, lower(email)) WHERE removed_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE report_schedules (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        committee_id uuid NOT NULL,
        kind text NOT NULL,
        course_ids uuid[] NOT NULL DEFAULT '{}',
        cohort_id uuid,
        enabled boolean NOT NULL DEFAULT true,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_report_schedules PRIMARY KEY (id),
        CONSTRAINT fk_report_schedules_committee FOREIGN KEY (committee_id) REFERENCES committees(id),
        CONSTRAINT fk_report_schedules_cohort FOREIGN KEY (cohort_id) REFERENCES cohorts(id),
        CONSTRAINT fk_report_schedules_created_by FOREIGN KEY (created_by) REFERENCES users(id),
        CONSTRAINT ck_report_schedules_kind CHECK (kind IN ('monthly', 'quarterly', 'cohort_end', 'on_demand')),
        CONSTRAINT ck_report_schedules_cohort CHECK ((kind = 'cohort_end') = (cohort_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_report_schedules_committee ON report_schedules (committee_id)`);

    await q.query(`
      CREATE TABLE reports (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        schedule_id uuid NOT NULL,
        period_key text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        status text NOT NULL DEFAULT 'building',
        pdf_path text,
        pdf_sha256 text,
        xlsx_path text,
        xlsx_sha256 text,
        requested_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        built_at timestamptz,
        last_error text,
        CONSTRAINT pk_reports PRIMARY KEY (id),
        CONSTRAINT fk_reports_schedule FOREIGN KEY (schedule_id) REFERENCES report_schedules(id),
        CONSTRAINT fk_reports_requested_by FOREIGN KEY (requested_by) REFERENCES users(id),
        CONSTRAINT uq_reports_schedule_period UNIQUE (schedule_id, period_key),
        CONSTRAINT ck_reports_status CHECK (status IN ('building', 'ready', 'failed')),
        CONSTRAINT ck_reports_period CHECK (period_end >= period_start)
      )`);
    await q.query(`CREATE INDEX ix_reports_created ON reports (created_at DESC)`);

    await q.query(`
      CREATE TABLE report_deliveries (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL,
        recipient_id uuid NOT NULL,
        email text NOT NULL,
        full_name text NOT NULL,
        message_id text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        last_attempt_at timestamptz,
        sent_at timestamptz,
        opened_at timestamptz,
        received_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_report_deliveries PRIMARY KEY (id),
        CONSTRAINT fk_report_deliveries_report FOREIGN KEY (report_id) REFERENCES reports(id),
        CONSTRAINT fk_report_deliveries_recipient FOREIGN KEY (recipient_id) REFERENCES committee_recipients(id),
        CONSTRAINT uq_report_deliveries_report_recipient UNIQUE (report_id, recipient_id),
        CONSTRAINT uq_report_deliveries_message_id UNIQUE (message_id),
        CONSTRAINT ck_report_deliveries_status CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
        CONSTRAINT ck_report_deliveries_attempts CHECK (attempts >= 0)
      )`);
    await q.query(`CREATE INDEX ix_report_deliveries_unsent ON report_deliveries (report_id) WHERE status <> 'sent'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'report_deliveries',
      'reports',
      'report_schedules',
      'committee_recipients',
      'committee_units',
      'committees',
      'cohorts',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
