/**
 * One job per enrolment and completion: announcing the same completion again adds nothing, while completing
 * the course again (after a regrade reopened it) is a new completion and gets its own job.
 */
export function issueCertificateJobId(enrolmentId: string, completedAt: Date): string {
  return `issue-certificate-${enrolmentId}-${completedAt.getTime()}`;
}
