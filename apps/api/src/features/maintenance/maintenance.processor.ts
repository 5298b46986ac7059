import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { QueueName, type JobPayloads } from '../../core/queue/queues';
import { SessionsRepository } from '../auth/sessions.repository';
import { LearningRepository } from '../learning/learning.repository';
import { RequirementsRepository } from '../learning/requirements.repository';
import { completionJobId } from '../learning/completion-job-id';
import { ReportScheduleSync } from '../committees/report-schedule-sync';
import { ReportRecovery } from '../reports/report-recovery';

/**
 * Housekeeping that is harmless to repeat: expired sessions, lost completion announcements, requirements, report
 * schedulers reconciled with their rows, and report runs and copies whose jobs were lost.
 */
@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly learning: LearningRepository,
    private readonly requirements: RequirementsRepository,
    private readonly reportSchedules: ReportScheduleSync,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.CourseCompleted) private readonly completions: Queue<JobPayloads[QueueName.CourseCompleted]>,
    private readonly reports: ReportRecovery,
  ) {
    super();
  }

  async process(job: Job<JobPayloads[QueueName.Maintenance]>): Promise<{ count: number }> {
    switch (job.data.task) {
      case 'purge-expired-sessions': {
        const count = await this.sessions.purgeExpired(new Date(), this.config.sessionIdleMs);
        this.logger.log({ purged: count }, 'expired sessions purged');
        return { count };
      }
      case 'apply-requirements': {
        // Catches what no event announced: unit moves and merges that bring people under a requirement.
        const count = await this.requirements.apply(this.db, {});
        if (count) this.logger.log({ enrolled: count }, 'requirements applied');
        return { count };
      }
      case 'announce-unrecorded-completions': {
        const ids = await this.learning.unrecordedCompletions();
        await this.completions.addBulk(
          ids.map((enrolmentId) => ({
            name: 'course-completed',
            data: { enrolmentId },
            opts: { jobId: completionJobId(enrolmentId) },
          })),
        );
        if (ids.length) this.logger.warn({ count: ids.length }, 're-announced unrecorded completions');
        return { count: ids.length };
      }
      case 'sync-report-schedules': {
        const { upserted, added, removed } = await this.reportSchedules.reconcile();
        return { count: upserted + added + removed };
      }
      case 'resume-report-deliveries': {
        // After a Redis flush or a worker killed mid-run: PostgreSQL knows what is unfinished.
        const { runs, deliveries } = await this.reports.resume();
        if (runs || deliveries) this.logger.warn({ runs, deliveries }, 'resumed report runs and deliveries');
        return { count: runs + deliveries };
      }
    }
  }
}
