import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CertificateDetail,
  CertificateExportQuery,
  CertificateListItem,
  CertificateListQuery,
  CertificatePage,
  MyCertificates,
  RecertifyResult,
  Role,
} from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AuthenticatedContext } from '../../core/access/actor';
import { covers, scopePatterns } from '../../core/access/scope';
import { AuditWriter } from '../../core/audit/audit-writer';
import { AppError } from '../../core/http/app-error';
import { vietnamIsoDay } from '../../core/time/vietnam-time';
import { CoursesRepository } from '../courses/courses.repository';
import { LearningRepository } from '../learning/learning.repository';
import { CertificateIssuer } from './certificate-issuer';
import {
  CertificateRecordsRepository,
  type CertificateRow,
  type LockedCertificate,
  type StaffCertificateRow,
} from './certificate-records.repository';
import { CertificateTemplatesRepository } from './certificate-templates.repository';
import { certificatesXlsx } from './certificates-xlsx';
import { buildOpenBadgeCredential, signOpenBadge } from './signing/open-badge';

const VIEWERS: readonly Role[] = ['admin', 'reviewer'];
const ADMIN: readonly Role[] = ['admin'];
/** An export is a report, not a backup: past this many rows, narrow the filter. */
const EXPORT_LIMIT = 50_000;

/** A stored certificate file to send, with the name a phone saves it under. */
export interface CertificateFile {
  filePath: string;
  fileName: string;
}

function fileNameOf(code: string): string {
  return `chung-nhan-${code}.pdf`;
}

/** Trainees' own certificates, staff views in scope, and the changes admins make (revoke, re-issue). */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly records: CertificateRecordsRepository,
    private readonly templates: CertificateTemplatesRepository,
    private readonly issuer: CertificateIssuer,
    private readonly learning: LearningRepository,
    private readonly courses: CoursesRepository,
    private readonly audit: AuditWriter,
  ) {}

  async mine(actor: Actor): Promise<MyCertificates> {
    const [rows, pending] = await Promise.all([
      this.records.mine(actor.personId),
      this.records.pending(actor.personId),
    ]);
    const now = Date.now();
    return {
      items: rows.map(({ renewableFrom, ...row }) => ({
        ...this.view(row),
        canRecertify: row.status !== 'revoked' && renewableFrom !== null && renewableFrom.getTime() <= now,
      })),
      pending: pending.map((p) => ({
        course: { id: p.courseId, name: p.courseTitle },
        completedAt: p.completedAt.toISOString(),
      })),
    };
  }

  async myFile(actor: Actor, id: string): Promise<CertificateFile> {
    const file = await this.records.ownFile(actor.personId, id);
    if (!file) throw AppError.notFound('Certificate');
    return { filePath: this.issuer.absolutePath(file.filePath), fileName: fileNameOf(file.code) };
  }

  /** Her certificate as an Open Badges 3.0 credential, signed now with the current key. */
  async myBadge(actor: Actor, id: string): Promise<{ fileName: string; json: string }> {
    const record = await this.records.ownSigned(actor.personId, id);
    if (!record) throw AppError.notFound('Certificate');
    const c = record.claims;
    const base = this.issuer.publicUrl;
    const credential = buildOpenBadgeCredential({
      claims: c,
      verificationUrl: this.issuer.verificationUrl(c.code),
      issuerUrl: `${base}/issuers/${c.issuer.unitId}`,
      achievementUrl: `${base}/courses/${c.course.id}/versions/${c.course.version}`,
      achievementDescription: c.course.title,
      criteriaNarrative: 'Hoàn thành mọi bài học và bài kiểm tra của khóa học',
    });
    const signed = signOpenBadge(credential, this.issuer.keys.current, new Date());
    return { fileName: `open-badge-${c.code}.json`, json: JSON.stringify(signed, null, 2) };
  }

  /**
   * Starts the course again to renew her certificate: her finished enrolment ends (its history stays) and a new
   * one on the newest published version begins. Asking twice gives the same new enrolment.
   */
  async recertify(ctx: AuthenticatedContext, id: string): Promise<RecertifyResult> {
    const mine = (await this.records.mine(ctx.actor.personId)).find((c) => c.id === id);
    if (!mine) throw AppError.notFound('Certificate');
    if (mine.status === 'revoked') throw new AppError('CERTIFICATE_REVOKED', 'A revoked certificate cannot be renewed');
    if (mine.renewableFrom === null || mine.renewableFrom.getTime() > Date.now()) {
      throw new AppError('CERTIFICATE_NOT_RENEWABLE', 'This certificate cannot be renewed yet');
    }
    const course = { id: mine.courseId, name: mine.courseTitle };
    const enrolmentId = await this.db.transaction(async (manager) => {
      await this.courses.lockCourse(manager, mine.courseId);
      const current = await this.learning.currentEnrolmentOf(manager, ctx.actor.personId, mine.courseId);
      if (current) {
        const enrolment = await this.learning.findEnrolment(current, manager);
        // Already learning again (an earlier request, or a trainer enrolled her): that is the renewal.
        if (!enrolment?.completedAt) return current;
        await this.learning.end(manager, current);
      }
      const versionId = await this.learning.latestPublishedVersion(manager, mine.courseId);
      if (!versionId) throw new AppError('COURSE_NOT_PUBLISHED', 'This course has no published version');
      const [created] = await this.learning.enrol(manager, {
        personIds: [ctx.actor.personId],
        courseId: mine.courseId,
        versionId,
        source: 'recertification',
        enrolledBy: ctx.actor.userId,
        dueAt: mine.expiresAt?.toISOString() ?? null,
      });
      const member = await this.learning.personPath(ctx.actor.personId);
      await this.audit.record(manager, ctx, {
        action: 'enrolment.recertify',
        targetType: 'enrolment',
        targetId: created!,
        unitId: member?.unitId ?? null,
        details: { certificateId: id, courseId: mine.courseId },
      });
      return created!;
    });
    return { enrolmentId, course };
  }

  async list(actor: Actor, query: CertificateListQuery): Promise<CertificatePage> {
    const { rows, total } = await this.records.page(scopePatterns(actor, VIEWERS), query);
    return { items: rows.map((r) => this.listItem(r)), total, page: query.page, pageSize: query.pageSize };
  }

  async export(actor: Actor, query: CertificateExportQuery): Promise<{ fileName: string; xlsx: Buffer }> {
    const rows = await this.records.all(scopePatterns(actor, VIEWERS), query, EXPORT_LIMIT);
    return {
      fileName: `chung-nhan-${vietnamIsoDay(new Date())}.xlsx`,
      xlsx: await certificatesXlsx(rows.map((r) => this.listItem(r))),
    };
  }

  async detail(actor: Actor, id: string, roles: readonly Role[] = VIEWERS): Promise<CertificateDetail> {
    const row = await this.records.staffRow(id);
    if (!row || !covers(actor, roles, row.unitPath)) throw AppError.notFound('Certificate');
    const history = await this.records.history(id);
    return {
      ...this.listItem(row),
      currentHolderName: row.currentHolderName,
      history: history.map((e) => ({
        kind: e.kind,
        at: e.at.toISOString(),
        actor: e.actorId ? { id: e.actorId, name: e.actorName ?? '' } : null,
        reason: e.reason,
        holderNameBefore: e.holderNameBefore,
        holderNameAfter: e.kind === 'reissued' ? e.holderNameAfter : null,
      })),
    };
  }

  async staffFile(actor: Actor, id: string): Promise<CertificateFile> {
    const row = await this.records.staffRow(id);
    if (!row || !covers(actor, VIEWERS, row.unitPath)) throw AppError.notFound('Certificate');
    return { filePath: this.issuer.absolutePath(row.filePath), fileName: fileNameOf(row.code) };
  }

  async revoke(ctx: AuthenticatedContext, id: string, reason: string): Promise<CertificateDetail> {
    await this.db.transaction(async (manager) => {
      const locked = await this.lockForAdmin(manager, ctx.actor, id);
      if (locked.status === 'revoked') throw new AppError('CERTIFICATE_REVOKED', 'This certificate is already revoked');
      await this.records.revoke(manager, id, { userId: ctx.actor.userId, reason });
      await this.audit.record(manager, ctx, {
        action: 'certificate.revoke',
        targetType: 'certificate',
        targetId: id,
        unitId: locked.unitId,
        details: { code: locked.claims.code, reason },
      });
    });
    return this.detail(ctx.actor, id, ADMIN);
  }

  /**
   * After the holder's name was corrected: the same number, signed again over the new name with the next
   * re-issue number, a new PDF; the history keeps the names before and after and the earlier issue's record.
   */
  async reissue(ctx: AuthenticatedContext, id: string, reason: string): Promise<CertificateDetail> {
    let written: string | null = null;
    try {
      await this.db.transaction(async (manager) => {
        const locked = await this.lockForAdmin(manager, ctx.actor, id);
        if (locked.status === 'revoked')
          throw new AppError('CERTIFICATE_REVOKED', 'A revoked certificate is not re-issued');
        const holderName = locked.currentHolderName.normalize('NFC');
        if (holderName === locked.holderName) {
          throw new AppError(
            'CERTIFICATE_UNCHANGED',
            "The holder's name has not changed since this certificate was issued",
          );
        }
        const claims = { ...locked.claims, holderName, reissue: locked.reissueNo + 1 };
        const course = await this.templates.course(locked.courseId, manager);
        const template = await this.issuer.template(
          await this.templates.stored(manager, locked.courseId),
          course?.presidentName ?? locked.issuerName,
        );
        const produced = await this.issuer.produce(claims, template);
        written = produced.filePath;
        await this.records.reissue(manager, {
          id,
          claims,
          produced,
          holderNameBefore: locked.holderName,
          userId: ctx.actor.userId,
          reason,
        });
        await this.audit.record(manager, ctx, {
          action: 'certificate.reissue',
          targetType: 'certificate',
          targetId: id,
          unitId: locked.unitId,
          details: { code: claims.code, reason, before: locked.holderName, after: holderName, reissue: claims.reissue },
        });
      });
    } catch (error) {
      // The row still names the previous file; the one written for this attempt belongs to nothing.
      if (written) await this.issuer.discard(written);
      throw error;
    }
    return this.detail(ctx.actor, id, ADMIN);
  }

  private async lockForAdmin(manager: EntityManager, actor: Actor, id: string): Promise<LockedCertificate> {
    const locked = await this.records.lock(manager, id);
    if (!locked || !covers(actor, ADMIN, locked.unitPath)) throw AppError.notFound('Certificate');
    return locked;
  }

  private view(row: CertificateRow): Omit<CertificateListItem, 'person' | 'unit'> {
    return {
      id: row.id,
      code: row.code,
      holderName: row.holderName,
      course: { id: row.courseId, name: row.courseTitle },
      courseVersion: row.courseVersion,
      issuerName: row.issuerName,
      issuedAt: row.issuedAt.toISOString(),
      expiresAt: row.expiresAt?.toISOString() ?? null,
      status: row.status,
      revokedAt: row.revokedAt?.toISOString() ?? null,
      revokedReason: row.revokedReason,
      reissueNo: row.reissueNo,
      verificationUrl: this.issuer.verificationUrl(row.code),
    };
  }

  private listItem(row: StaffCertificateRow): CertificateListItem {
    return {
      ...this.view(row),
      person: { id: row.personId, name: row.holderName },
      unit: { id: row.unitId, name: row.unitName },
    };
  }
}
