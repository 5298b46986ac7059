import { describe, expect, it } from '@jest/globals';
import type { CourseDetail } from '@sen/contracts';
import { courseStatusBadges, shownVersion, versionsNewestFirst } from './course-status';

const PUBLISHED_ID = '00000000-0000-4000-8000-000000000001';
const DRAFT_ID = '00000000-0000-4000-8000-000000000002';
const OLD_ID = '00000000-0000-4000-8000-000000000003';

function course(overrides: Partial<CourseDetail> = {}): CourseDetail {
  return {
    id: '00000000-0000-4000-8000-0000000000aa',
    ownerUnit: { id: '00000000-0000-4000-8000-0000000000bb', name: 'Vụ Bản' },
    title: 'Kỹ năng số',
    titleEn: null,
    summary: '',
    category: 'digital-skills',
    language: 'vi',
    estimatedMinutes: 60,
    latestPublished: null,
    draftVersionId: null,
    openEnrolment: false,
    cover: null,
    updatedAt: '2025-07-01T00:00:00.000Z',
    versions: [],
    ...overrides,
  };
}

const published = { versionId: PUBLISHED_ID, versionNo: 2, publishedAt: '2025-07-01T00:00:00.000Z' };
const versions: CourseDetail['versions'] = [
  {
    id: OLD_ID,
    versionNo: 1,
    status: 'published',
    title: 'A',
    titleEn: null,
    publishedAt: '2025-06-01T00:00:00.000Z',
    publishedBy: null,
  },
  { id: DRAFT_ID, versionNo: 3, status: 'draft', title: 'A', titleEn: null, publishedAt: null, publishedBy: null },
  {
    id: PUBLISHED_ID,
    versionNo: 2,
    status: 'published',
    title: 'A',
    titleEn: null,
    publishedAt: published.publishedAt,
    publishedBy: null,
  },
];

describe('courseStatusBadges', () => {
  it('shows a draft and the published version together', () => {
    expect(courseStatusBadges({ draftVersionId: DRAFT_ID, latestPublished: published })).toEqual([
      { kind: 'draft' },
      { kind: 'published', versionNo: 2 },
    ]);
  });

  it('shows only what exists', () => {
    expect(courseStatusBadges({ draftVersionId: DRAFT_ID, latestPublished: null })).toEqual([{ kind: 'draft' }]);
    expect(courseStatusBadges({ draftVersionId: null, latestPublished: published })).toEqual([
      { kind: 'published', versionNo: 2 },
    ]);
    expect(courseStatusBadges({ draftVersionId: null, latestPublished: null })).toEqual([{ kind: 'unpublished' }]);
  });
});

describe('shownVersion', () => {
  it('prefers the draft, editable', () => {
    expect(shownVersion(course({ draftVersionId: DRAFT_ID, latestPublished: published, versions }))).toEqual({
      versionId: DRAFT_ID,
      editable: true,
    });
  });

  it('falls back to the latest published version, read-only', () => {
    expect(shownVersion(course({ latestPublished: published, versions }))).toEqual({
      versionId: PUBLISHED_ID,
      editable: false,
    });
  });

  it('honours a requested version of this course only', () => {
    const withDraft = course({ draftVersionId: DRAFT_ID, latestPublished: published, versions });
    expect(shownVersion(withDraft, OLD_ID)).toEqual({ versionId: OLD_ID, editable: false });
    expect(shownVersion(withDraft, '00000000-0000-4000-8000-0000000000ff')).toEqual({
      versionId: DRAFT_ID,
      editable: true,
    });
  });

  it('is null for a course without any version', () => {
    expect(shownVersion(course())).toBeNull();
  });
});

describe('versionsNewestFirst', () => {
  it('sorts by version number, descending, without touching the course', () => {
    const detail = course({ versions });
    expect(versionsNewestFirst(detail).map((version) => version.versionNo)).toEqual([3, 2, 1]);
    expect(detail.versions.map((version) => version.versionNo)).toEqual([1, 3, 2]);
  });
});
