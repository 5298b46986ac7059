import { describe, expect, it } from '@jest/globals';
import type { MyCertificate, MyCertificates } from '@sen/contracts';
import {
  ISSUING_POLL_MS,
  UNLISTED_MAX_POLLS,
  completionCertificate,
  completionPollInterval,
  listPollInterval,
} from './completion-certificate';

const COURSE = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

function certificate(id: string, courseId: string, issuedAt: string): MyCertificate {
  return {
    id,
    code: `SEN-${id}`,
    holderName: 'Nguyễn Thị Hồng Nhung',
    course: { id: courseId, name: 'Kỹ năng số' },
    courseVersion: 1,
    issuerName: 'Hội LHPN tỉnh Nam Định',
    issuedAt,
    expiresAt: null,
    status: 'valid',
    revokedAt: null,
    revokedReason: null,
    reissueNo: 0,
    verificationUrl: `https://sen.example/verify/SEN-${id}`,
    canRecertify: false,
  };
}

const list = (items: MyCertificate[], pendingCourses: string[] = []): MyCertificates => ({
  items,
  pending: pendingCourses.map((id) => ({
    course: { id, name: 'Kỹ năng số' },
    completedAt: '2026-03-01T02:00:00.000Z',
  })),
});

describe('the certificate of a completion', () => {
  it('is the course certificate issued after the completion, even when its whole-second time reads a little before', () => {
    const issued = certificate('NEW', COURSE, '2026-03-01T02:00:00Z');
    const found = completionCertificate(list([issued]), COURSE, '2026-03-01T02:00:00.640Z');
    expect(found).toEqual({ state: 'issued', certificate: issued });
  });

  it('is not the certificate of an earlier completion of the course (before a renewal), nor another course’s', () => {
    const old = certificate('OLD', COURSE, '2024-02-01T02:00:00Z');
    const other = certificate('OTH', OTHER, '2026-03-01T02:00:05Z');
    expect(completionCertificate(list([other, old], [COURSE]), COURSE, '2026-03-01T02:00:00Z')).toEqual({
      state: 'issuing',
    });
    expect(completionCertificate(list([other, old]), COURSE, '2026-03-01T02:00:00Z')).toEqual({ state: 'unlisted' });
  });

  it('takes the newest of the course when the completion time is not known', () => {
    const newest = certificate('B', COURSE, '2026-03-01T02:00:00Z');
    const older = certificate('A', COURSE, '2024-03-01T02:00:00Z');
    expect(completionCertificate(list([newest, older]), COURSE, null)).toEqual({
      state: 'issued',
      certificate: newest,
    });
  });
});

describe('asking again', () => {
  const completedAt = '2026-03-01T02:00:00Z';

  it('polls every couple of seconds while the certificate is pending, and stops once it is issued', () => {
    expect(completionPollInterval(list([], [COURSE]), COURSE, completedAt, 500)).toBe(ISSUING_POLL_MS);
    expect(completionPollInterval(list([certificate('X', COURSE, completedAt)]), COURSE, completedAt, 1)).toBe(false);
    expect(completionPollInterval(undefined, COURSE, completedAt, 0)).toBe(false);
  });

  it('gives up on a completion listed nowhere after a bounded number of answers', () => {
    expect(completionPollInterval(list([]), COURSE, completedAt, 0)).toBe(ISSUING_POLL_MS);
    expect(completionPollInterval(list([]), COURSE, completedAt, UNLISTED_MAX_POLLS - 1)).toBe(ISSUING_POLL_MS);
    expect(completionPollInterval(list([]), COURSE, completedAt, UNLISTED_MAX_POLLS)).toBe(false);
  });

  it('polls My certificates only while something is pending', () => {
    expect(listPollInterval(list([], [OTHER]))).toBe(ISSUING_POLL_MS);
    expect(listPollInterval(list([certificate('X', COURSE, completedAt)]))).toBe(false);
    expect(listPollInterval(undefined)).toBe(false);
  });
});
