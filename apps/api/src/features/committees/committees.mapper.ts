import type { CommitteeDetail, CommitteeSummary, RecipientView, ReportScheduleView } from '@sen/contracts';
import type { RecipientRow } from './committee-recipients.repository';
import type { CommitteeRow } from './committees.repository';
import type { ReportScheduleRow } from './report-schedules.repository';
import { nextRunAt, scheduleTrigger } from './schedule-trigger';

export function toCommitteeSummary({ unitPath: _unitPath, archivedAt, createdAt, updatedAt, ...rest }: CommitteeRow) {
  return {
    ...rest,
    archivedAt: archivedAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  } satisfies CommitteeSummary;
}

export function toCommitteeDetail(
  committee: CommitteeRow,
  recipients: RecipientRow[],
  schedules: ReportScheduleRow[],
  now: Date = new Date(),
): CommitteeDetail {
  return {
    ...toCommitteeSummary(committee),
    recipients: recipients.map(toRecipientView),
    schedules: schedules.map((schedule) => toScheduleView(schedule, now)),
  };
}

export function toRecipientView({ createdAt, ...rest }: RecipientRow): RecipientView {
  return { ...rest, createdAt: createdAt.toISOString() };
}

export function toScheduleView(
  { active, createdAt, updatedAt, ...rest }: ReportScheduleRow,
  now: Date = new Date(),
): ReportScheduleView {
  const trigger = scheduleTrigger({ kind: rest.kind, enabled: active }, rest.cohort, now);
  return {
    ...rest,
    nextRunAt: nextRunAt(trigger, now)?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}
