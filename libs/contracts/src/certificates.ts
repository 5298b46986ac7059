import { z } from 'zod';
import { IsoDateTime, PageQueryFields, Ref, SearchText, UuidSchema, pageOf } from './common';

/**
 * `valid` until revoked or past its expiry; `expired` is computed from the expiry date, never stored, so a
 * certificate expires on time without a job having run.
 */
export const CERTIFICATE_STATUSES = ['valid', 'revoked', 'expired'] as const;
export const CertificateStatusSchema = z.enum(CERTIFICATE_STATUSES);
export type CertificateStatus = z.infer<typeof CertificateStatusSchema>;

/** `SEN-XXXX-XXXX-XXXX` in Crockford-like base 32 with a check character; typed in any case, with or without dashes. */
export const CertificateCodeParams = z.strictObject({ code: z.string().trim().min(1).max(40) });

const Colour = z
  .string()
  .trim()
  .regex(/^#[0-9A-Fa-f]{6}$/, 'A colour like #C2185B')
  .transform((c) => c.toUpperCase());
const TemplateText = z.string().trim().min(1).max(120);

/** How one course's certificates look and how long they last; trainers and admins of the course choose it. */
export const CertificateTemplateBody = z.strictObject({
  /** An uploaded PNG or JPEG image; null for no logo. */
  logoFileId: UuidSchema.nullable(),
  /** Null: the president of the course's owning union signs, whoever holds the post at issue time. */
  signatoryName: TemplateText.nullable(),
  signatoryTitle: TemplateText,
  primaryColour: Colour,
  accentColour: Colour,
  /** Null: never expires. Otherwise the holder re-certifies after this many months (e.g. 24). */
  validityMonths: z.number().int().min(1).max(120).nullable(),
  /** How many days before the expiry the holder is reminded to re-certify. */
  reminderDays: z.number().int().min(1).max(180),
});
export type CertificateTemplateBody = z.infer<typeof CertificateTemplateBody>;

export const CertificateTemplateView = CertificateTemplateBody.extend({
  courseId: UuidSchema,
  /** The owning union's current president, printed when `signatoryName` is null. */
  defaultSignatoryName: z.string().nullable(),
  updatedAt: IsoDateTime.nullable(),
});
export type CertificateTemplateView = z.infer<typeof CertificateTemplateView>;

/** What every view of a certificate shows: the texts exactly as printed and signed. */
const CertificateFields = {
  id: UuidSchema,
  code: z.string(),
  holderName: z.string(),
  course: Ref,
  courseVersion: z.number().int(),
  issuerName: z.string(),
  issuedAt: IsoDateTime,
  expiresAt: IsoDateTime.nullable(),
  status: CertificateStatusSchema,
  revokedAt: IsoDateTime.nullable(),
  revokedReason: z.string().nullable(),
  /** 0 for the first issue; +1 at every re-issue after a correction (the code stays the same). */
  reissueNo: z.number().int(),
  /** The public page the QR code points to. */
  verificationUrl: z.string(),
};

export const MyCertificate = z.object({
  ...CertificateFields,
  /** The course asks for re-certification and the reminder window (or the expiry) has come. */
  canRecertify: z.boolean(),
});
export type MyCertificate = z.infer<typeof MyCertificate>;

/** A completed course whose certificate the worker has not issued yet (a page polls while any is pending). */
export const PendingCertificate = z.object({ course: Ref, completedAt: IsoDateTime });
export type PendingCertificate = z.infer<typeof PendingCertificate>;

export const MyCertificates = z.object({
  items: z.array(MyCertificate),
  pending: z.array(PendingCertificate),
});
export type MyCertificates = z.infer<typeof MyCertificates>;

export const RecertifyResult = z.object({ enrolmentId: UuidSchema, course: Ref });
export type RecertifyResult = z.infer<typeof RecertifyResult>;

export const CertificateListItem = z.object({
  ...CertificateFields,
  person: Ref,
  /** The holder's unit. */
  unit: Ref,
});
export type CertificateListItem = z.infer<typeof CertificateListItem>;
export const CertificatePage = pageOf(CertificateListItem);
export type CertificatePage = z.infer<typeof CertificatePage>;

const DateOnly = z.iso.date();
export const CertificateListQuery = z.strictObject({
  /** Holder's name or the certificate code. */
  q: SearchText.optional(),
  status: CertificateStatusSchema.optional(),
  courseId: UuidSchema.optional(),
  /** The holder's unit, with its subtree; within the caller's scope. */
  unitId: UuidSchema.optional(),
  /** Issue dates, inclusive, in Vietnam time. */
  issuedFrom: DateOnly.optional(),
  issuedTo: DateOnly.optional(),
  ...PageQueryFields,
});
export type CertificateListQuery = z.infer<typeof CertificateListQuery>;
export const CertificateExportQuery = CertificateListQuery.omit({ page: true, pageSize: true });
export type CertificateExportQuery = z.infer<typeof CertificateExportQuery>;

export const CERTIFICATE_EVENT_KINDS = ['issued', 'reissued', 'revoked', 'reminded'] as const;
export const CertificateEventKindSchema = z.enum(CERTIFICATE_EVENT_KINDS);
export type CertificateEventKind = z.infer<typeof CertificateEventKindSchema>;

export const CertificateEvent = z.object({
  kind: CertificateEventKindSchema,
  at: IsoDateTime,
  /** Null for the worker's own acts (issue, reminder). */
  actor: Ref.nullable(),
  reason: z.string().nullable(),
  /** For a re-issue: the holder's name before and after the correction. */
  holderNameBefore: z.string().nullable(),
  holderNameAfter: z.string().nullable(),
});
export type CertificateEvent = z.infer<typeof CertificateEvent>;

export const CertificateDetail = CertificateListItem.extend({
  history: z.array(CertificateEvent),
  /** The holder's name now: differs from `holderName` when a correction awaits a re-issue. */
  currentHolderName: z.string(),
});
export type CertificateDetail = z.infer<typeof CertificateDetail>;

const Reason = z.string().trim().min(3, 'At least 3 characters').max(500);
export const RevokeCertificateBody = z.strictObject({ reason: Reason });
export type RevokeCertificateBody = z.infer<typeof RevokeCertificateBody>;
/** Re-issue with the holder's current name, keeping the number; the reason goes to the history. */
export const ReissueCertificateBody = z.strictObject({ reason: Reason });
export type ReissueCertificateBody = z.infer<typeof ReissueCertificateBody>;

/** An issue-certificate job that used up its retries, for an admin to look at and retry. */
export const FailedCertificateJob = z.object({
  jobId: z.string(),
  enrolmentId: UuidSchema,
  person: Ref.nullable(),
  course: Ref.nullable(),
  failedAt: IsoDateTime,
  attempts: z.number().int(),
  /** The last error's message (never a stack). */
  reason: z.string(),
});
export type FailedCertificateJob = z.infer<typeof FailedCertificateJob>;
export const FailedCertificateJobs = z.object({ items: z.array(FailedCertificateJob) });
export type FailedCertificateJobs = z.infer<typeof FailedCertificateJobs>;
export const CertificateJobParams = z.strictObject({ jobId: z.string().min(1).max(200) });

/**
 * What the public verification page shows: only what the certificate itself prints. `not_genuine`: the code
 * exists but its stored content does not match its signature (an edited record); nothing else is shown then.
 */
export const VERIFICATION_VERDICTS = ['valid', 'revoked', 'expired', 'not_genuine'] as const;
export const VerificationVerdictSchema = z.enum(VERIFICATION_VERDICTS);
export type VerificationVerdict = z.infer<typeof VerificationVerdictSchema>;

export const VerifiedCertificate = z.object({
  code: z.string(),
  holderName: z.string(),
  courseTitle: z.string(),
  issuerName: z.string(),
  issuedAt: IsoDateTime,
  expiresAt: IsoDateTime.nullable(),
  revokedAt: IsoDateTime.nullable(),
  revokedReason: z.string().nullable(),
  reissueNo: z.number().int(),
  /** The key that signed it (RFC 7638 thumbprint), as published at the well-known URL. */
  keyId: z.string(),
});
export type VerifiedCertificate = z.infer<typeof VerifiedCertificate>;

export const Verification = z.object({
  verdict: VerificationVerdictSchema,
  certificate: VerifiedCertificate.nullable(),
  /** A checked file is a genuine earlier issue, replaced by a re-issue after a correction (the code stays). */
  superseded: z.boolean(),
});
export type Verification = z.infer<typeof Verification>;

/** Keys that sign certificates, as published at `/.well-known/sen-certificate-keys.json`. */
export const CertificateKeysDocument = z.object({
  keys: z.array(
    z.object({
      kty: z.literal('OKP'),
      crv: z.literal('Ed25519'),
      x: z.string(),
      kid: z.string(),
      use: z.literal('sig'),
      alg: z.literal('EdDSA'),
      status: z.enum(['current', 'previous']),
      publicKeyMultibase: z.string(),
      verificationMethod: z.string(),
    }),
  ),
});
export type CertificateKeysDocument = z.infer<typeof CertificateKeysDocument>;
