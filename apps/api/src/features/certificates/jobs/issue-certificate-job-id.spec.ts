import { issueCertificateJobId } from './issue-certificate-job-id';

describe('issueCertificateJobId', () => {
  const enrolmentId = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

  it('is the same for the same enrolment and completion', () => {
    const a = issueCertificateJobId(enrolmentId, new Date('2026-11-21T01:00:00.123Z'));
    const b = issueCertificateJobId(enrolmentId, new Date('2026-11-21T08:00:00.123+07:00'));
    expect(a).toBe(b);
    expect(a).toBe(`issue-certificate-${enrolmentId}-${Date.parse('2026-11-21T01:00:00.123Z')}`);
  });

  it('differs for another completion of the same enrolment, or another enrolment', () => {
    const at = new Date('2026-11-21T01:00:00Z');
    expect(issueCertificateJobId(enrolmentId, at)).not.toBe(
      issueCertificateJobId(enrolmentId, new Date(at.getTime() + 1)),
    );
    expect(issueCertificateJobId(enrolmentId, at)).not.toBe(
      issueCertificateJobId('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', at),
    );
  });

  it('has no colon, which BullMQ refuses in custom job ids', () => {
    expect(issueCertificateJobId(enrolmentId, new Date())).not.toContain(':');
  });
});
