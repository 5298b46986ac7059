import type { EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_COURSES } from './demo-ids';

/**
 * The digital-leadership programme's certificates last two years (digital skills date quickly), reminded a
 * month ahead; the other programmes keep the default template and never expire.
 */
export async function seedCertificateTemplates(manager: EntityManager): Promise<number> {
  await manager.query(
    `INSERT INTO certificate_templates (course_id, signatory_title, primary_colour, accent_colour, validity_months,
                                        reminder_days, updated_by)
     VALUES ($1, 'Chủ tịch', '#1565C0', '#B8860B', 24, 30, $2)`,
    [DEMO_COURSES.confidenceDigitalLeadership.id, DEMO_ACCOUNTS.trainer.userId],
  );
  return 1;
}
