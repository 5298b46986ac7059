import type { MyCertificate, MyCertificates } from '@sen/contracts';

/** How often a screen asks again while a certificate is being issued. */
export const ISSUING_POLL_MS = 2_000;
/**
 * How many times a screen asks for a completion the API lists neither as issued nor as pending (an answer
 * read a moment before the completion was stored) before it leaves it to My certificates.
 */
export const UNLISTED_MAX_POLLS = 30;
// The signed issue time has whole seconds, so it can read up to a second before the completion it follows;
// a certificate of an earlier completion of the course (before a re-certification) is months older.
const ISSUED_SLACK_MS = 60_000;

export type CompletionCertificate =
  | { state: 'issued'; certificate: MyCertificate }
  /** The worker has the job: listed in `pending`. */
  | { state: 'issuing' }
  /** Neither issued nor pending yet in this answer. */
  | { state: 'unlisted' };

/**
 * The certificate of one completion of a course: the newest of the course issued at or after the
 * completion (the list is newest first), so a renewal's new certificate is not confused with the old one.
 */
export function completionCertificate(
  data: MyCertificates,
  courseId: string,
  completedAt: string | null,
): CompletionCertificate {
  const since = completedAt === null ? Number.NEGATIVE_INFINITY : Date.parse(completedAt) - ISSUED_SLACK_MS;
  const certificate = data.items.find((c) => c.course.id === courseId && Date.parse(c.issuedAt) >= since);
  if (certificate) return { state: 'issued', certificate };
  return data.pending.some((p) => p.course.id === courseId) ? { state: 'issuing' } : { state: 'unlisted' };
}

/** The refetch interval of the query a completed course watches: until its certificate is there. */
export function completionPollInterval(
  data: MyCertificates | undefined,
  courseId: string,
  completedAt: string | null,
  answers: number,
): number | false {
  if (!data) return false;
  const found = completionCertificate(data, courseId, completedAt);
  if (found.state === 'issuing') return ISSUING_POLL_MS;
  if (found.state === 'unlisted' && answers < UNLISTED_MAX_POLLS) return ISSUING_POLL_MS;
  return false;
}

/** My certificates asks again while any is being issued. */
export function listPollInterval(data: MyCertificates | undefined): number | false {
  return data && data.pending.length > 0 ? ISSUING_POLL_MS : false;
}
