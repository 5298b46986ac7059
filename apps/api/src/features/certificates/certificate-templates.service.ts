import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateTemplateBody, CertificateTemplateView, Role } from '@sen/contracts';
import { DataSource } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { DEFAULT_TEMPLATE } from './certificate-issuer';
import { CertificateTemplatesRepository, type TemplateCourse } from './certificate-templates.repository';

const AUTHORS: readonly Role[] = ['admin', 'trainer'];
// What the PDF library embeds; WebP, also accepted as an upload, is not.
const LOGO_TYPES = ['image/png', 'image/jpeg'];

/** A course's certificate template: the authors of the course choose it; later issues print with it. */
@Injectable()
export class CertificateTemplatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly templates: CertificateTemplatesRepository,
    private readonly audit: AuditWriter,
  ) {}

  async get(actor: Actor, courseId: string): Promise<CertificateTemplateView> {
    const course = await this.authorable(actor, courseId);
    return this.view(courseId, course);
  }

  async update(
    ctx: AuthenticatedContext,
    courseId: string,
    body: CertificateTemplateBody,
  ): Promise<CertificateTemplateView> {
    const course = await this.authorable(ctx.actor, courseId);
    await this.db.transaction(async (manager) => {
      if (body.logoFileId !== null) {
        const type = await this.templates.uploadType(manager, body.logoFileId);
        if (!type || !LOGO_TYPES.includes(type)) {
          throw AppError.field('CERTIFICATE_LOGO_INVALID', 'body.logoFileId', 'must be an uploaded PNG or JPEG image');
        }
      }
      await this.templates.save(manager, courseId, body, ctx.actor.userId);
      await this.audit.record(manager, ctx, {
        action: 'certificate.template',
        targetType: 'certificate-template',
        targetId: courseId,
        unitId: course.ownerUnitId,
        details: { ...body },
      });
    });
    return this.view(courseId, course);
  }

  private async authorable(actor: Actor, courseId: string): Promise<TemplateCourse> {
    const course = await this.templates.course(courseId);
    if (!course || !covers(actor, AUTHORS, course.ownerPath)) throw AppError.notFound('Course');
    return course;
  }

  private async view(courseId: string, course: TemplateCourse): Promise<CertificateTemplateView> {
    const row = await this.templates.find(courseId);
    return {
      courseId,
      logoFileId: row?.logoFileId ?? null,
      signatoryName: row?.signatoryName ?? null,
      signatoryTitle: row?.signatoryTitle ?? DEFAULT_TEMPLATE.signatoryTitle,
      primaryColour: row?.primaryColour ?? DEFAULT_TEMPLATE.primaryColour,
      accentColour: row?.accentColour ?? DEFAULT_TEMPLATE.accentColour,
      validityMonths: row?.validityMonths ?? null,
      reminderDays: row?.reminderDays ?? DEFAULT_TEMPLATE.reminderDays,
      defaultSignatoryName: course.presidentName,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }
}
