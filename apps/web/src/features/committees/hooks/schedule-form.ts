import type {
  ReportScheduleBody,
  ReportScheduleKind,
  ReportScheduleView,
  UpdateReportScheduleBody,
} from '@sen/contracts';
import type { z } from 'zod';

export interface ScheduleValues {
  /** Chosen from a select that cannot be emptied. */
  kind: ReportScheduleKind;
  courseIds: string[];
  cohortId: string;
  enabled: boolean;
}

export const EMPTY_SCHEDULE_VALUES: ScheduleValues = { kind: 'monthly', courseIds: [], cohortId: '', enabled: true };

export function scheduleValues(schedule: ReportScheduleView): ScheduleValues {
  return {
    kind: schedule.kind,
    courseIds: schedule.courses.map((course) => course.id),
    cohortId: schedule.cohort?.id ?? '',
    enabled: schedule.enabled,
  };
}

/** A cohort is sent only with the end-of-cohort kind, the one kind that names one. */
export function scheduleBody(values: ScheduleValues): z.input<typeof ReportScheduleBody> {
  return {
    kind: values.kind,
    courseIds: values.courseIds,
    ...(values.kind === 'cohort_end' && values.cohortId ? { cohortId: values.cohortId } : {}),
    enabled: values.enabled,
  };
}

/** An edit restates kind, courses and cohort; leaving the end-of-cohort kind lets go of the cohort. */
export function scheduleChanges(values: ScheduleValues): UpdateReportScheduleBody {
  return {
    kind: values.kind,
    courseIds: values.courseIds,
    cohortId: values.kind === 'cohort_end' ? values.cohortId || null : null,
  };
}

/** The contract's message for a missing cohort is technical; the form asks to choose one. */
export function needsCohort(values: ScheduleValues): boolean {
  return values.kind === 'cohort_end' && values.cohortId === '';
}
