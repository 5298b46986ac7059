/** Every queue and its job payloads, so `enqueue(name, data)` is type-checked. Payloads carry ids only. */
export enum QueueName {
  Maintenance = 'maintenance',
  CourseCompleted = 'course-completed',
  Requirements = 'requirements',
  IssueCertificate = 'issue-certificate',
  CertificateReminders = 'certificate-reminders',
  ReportRuns = 'report-runs',
  ReportDeliveries = 'report-deliveries',
}

export type MaintenanceTask =
  | 'purge-expired-sessions'
  | 'announce-unrecorded-completions'
  | 'apply-requirements'
  | 'sync-report-schedules'
  | 'resume-report-deliveries';

export interface JobPayloads {
  [QueueName.Maintenance]: { task: MaintenanceTask };
  [QueueName.CourseCompleted]: { enrolmentId: string };
  /** Enrols the named people (or, without names, everyone) in the courses their positions require. */
  [QueueName.Requirements]: { personIds?: string[] };
  /** Issues the certificate for the enrolment's current completion, if it has none yet. */
  [QueueName.IssueCertificate]: { enrolmentId: string };
  /** Reminds the holders of certificates that expire soon; the daily sweep, safe to run twice. */
  [QueueName.CertificateReminders]: Record<string, never>;
  /**
   * Builds a schedule's report for one period and fans out its deliveries. Without `periodKey` the run covers
   * the period that has just ended by the schedule's calendar (a job scheduler's run); with one, that period.
   */
  [QueueName.ReportRuns]: { scheduleId: string; periodKey?: string };
  /** Sends one recipient's copy of a report; the delivery row decides whether anything is left to send. */
  [QueueName.ReportDeliveries]: { deliveryId: string };
}

export const ALL_QUEUES = Object.values(QueueName);

/** Retry and retention defaults in one place. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;
