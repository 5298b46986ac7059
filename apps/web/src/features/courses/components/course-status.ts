import type { CourseDetail, CourseSummary } from '@sen/contracts';

export type CourseStatusBadge = { kind: 'draft' } | { kind: 'published'; versionNo: number } | { kind: 'unpublished' };

/** What a course's row says about it: a draft in progress and/or the version learners now get. */
export function courseStatusBadges(
  course: Pick<CourseSummary, 'draftVersionId' | 'latestPublished'>,
): CourseStatusBadge[] {
  const badges: CourseStatusBadge[] = [];
  if (course.draftVersionId) badges.push({ kind: 'draft' });
  if (course.latestPublished) badges.push({ kind: 'published', versionNo: course.latestPublished.versionNo });
  return badges.length > 0 ? badges : [{ kind: 'unpublished' }];
}

export interface ShownVersion {
  versionId: string;
  /** Published versions are frozen; only the draft can change. */
  editable: boolean;
}

/**
 * The version the editor shows: one asked for by the address if the course has it, else the draft,
 * else the latest published one. Null only for a course with neither, which the API never returns.
 */
export function shownVersion(course: CourseDetail, requestedId?: string | null): ShownVersion | null {
  const requested = requestedId ? course.versions.find((version) => version.id === requestedId) : undefined;
  if (requested) return { versionId: requested.id, editable: requested.status === 'draft' };
  if (course.draftVersionId) return { versionId: course.draftVersionId, editable: true };
  if (course.latestPublished) return { versionId: course.latestPublished.versionId, editable: false };
  return null;
}

/** Newest first, the order authors look for. */
export function versionsNewestFirst(course: CourseDetail): CourseDetail['versions'] {
  return [...course.versions].sort((a, b) => b.versionNo - a.versionNo);
}
