import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A built report keeps what its files lead with (headline numbers, the units and names as printed), so the
 * e-mail, the recipients' page and the staff screens show the numbers of the files sent, not a recomputation
 * that a late correction of the data could make differ from them.
 */
export class ReportSummary1765100000400 implements MigrationInterface {
  name = 'ReportSummary1765100000400';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reports ADD COLUMN summary jsonb`);
    await q.query(
      `ALTER TABLE reports ADD CONSTRAINT ck_reports_ready_summary CHECK (status <> 'ready' OR summary IS NOT NULL)`,
    );
    // The maintenance sweep looks for reports not built and copies not sent; both lists stay short.
    await q.query(`CREATE INDEX ix_reports_unbuilt ON reports (created_at) WHERE status = 'building'`);
    await q.query(`CREATE INDEX ix_reports_schedule ON reports (schedule_id, created_at DESC)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_reports_schedule`);
    await q.query(`DROP INDEX ix_reports_unbuilt`);
    await q.query(`ALTER TABLE reports DROP CONSTRAINT ck_reports_ready_summary`);
    await q.query(`ALTER TABLE reports DROP COLUMN summary`);
  }
}
