import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateTemplateBody } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { StoredTemplate } from './certificate-issuer';
import { presidentOf } from './certificates.repository';

export interface TemplateCourse {
  ownerPath: string;
  ownerUnitId: string;
  /** The owning union's president now, who signs when the template names nobody. */
  presidentName: string | null;
}

export interface TemplateRow extends CertificateTemplateBody {
  updatedAt: Date;
}

const TEMPLATE_COLUMNS = `logo_upload_id AS "logoFileId", signatory_name AS "signatoryName",
  signatory_title AS "signatoryTitle", primary_colour AS "primaryColour", accent_colour AS "accentColour",
  validity_months AS "validityMonths", reminder_days AS "reminderDays", updated_at AS "updatedAt"`;

@Injectable()
export class CertificateTemplatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async course(courseId: string, manager: EntityManager = this.db.manager): Promise<TemplateCourse | null> {
    const rows: TemplateCourse[] = await manager.query(
      `SELECT u.path AS "ownerPath", u.id AS "ownerUnitId", ${presidentOf('u')} AS "presidentName"
         FROM courses c JOIN units u ON u.id = c.owner_unit_id WHERE c.id = $1`,
      [courseId],
    );
    return rows[0] ?? null;
  }

  async find(courseId: string, manager: EntityManager = this.db.manager): Promise<TemplateRow | null> {
    const rows: TemplateRow[] = await manager.query(
      `SELECT ${TEMPLATE_COLUMNS} FROM certificate_templates WHERE course_id = $1`,
      [courseId],
    );
    return rows[0] ?? null;
  }

  /** The template as the issuer reads it (the logo's storage key), null when the course has none. */
  async stored(manager: EntityManager, courseId: string): Promise<StoredTemplate | null> {
    const rows: StoredTemplate[] = await manager.query(
      `SELECT up.storage_key AS "logoStorageKey", t.signatory_name AS "signatoryName",
              t.signatory_title AS "signatoryTitle", t.primary_colour AS "primaryColour", t.accent_colour AS "accentColour"
         FROM certificate_templates t LEFT JOIN uploads up ON up.id = t.logo_upload_id
        WHERE t.course_id = $1`,
      [courseId],
    );
    return rows[0] ?? null;
  }

  async uploadType(manager: EntityManager, uploadId: string): Promise<string | null> {
    const rows: { mimeType: string }[] = await manager.query(
      `SELECT mime_type AS "mimeType" FROM uploads WHERE id = $1`,
      [uploadId],
    );
    return rows[0]?.mimeType ?? null;
  }

  async save(manager: EntityManager, courseId: string, body: CertificateTemplateBody, userId: string): Promise<void> {
    await manager.query(
      `INSERT INTO certificate_templates (course_id, logo_upload_id, signatory_name, signatory_title, primary_colour,
                                          accent_colour, validity_months, reminder_days, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), $9)
       ON CONFLICT (course_id) DO UPDATE SET
         logo_upload_id = EXCLUDED.logo_upload_id, signatory_name = EXCLUDED.signatory_name,
         signatory_title = EXCLUDED.signatory_title, primary_colour = EXCLUDED.primary_colour,
         accent_colour = EXCLUDED.accent_colour, validity_months = EXCLUDED.validity_months,
         reminder_days = EXCLUDED.reminder_days, updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [
        courseId,
        body.logoFileId,
        body.signatoryName,
        body.signatoryTitle,
        body.primaryColour,
        body.accentColour,
        body.validityMonths,
        body.reminderDays,
        userId,
      ],
    );
  }
}
