/** One job per enrolment: a repeated announcement adds nothing to the queue. */
export function completionJobId(enrolmentId: string): string {
  return `course-completed-${enrolmentId}`;
}
