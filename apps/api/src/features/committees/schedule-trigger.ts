import { TIME_ZONE, type ReportScheduleKind } from '@sen/contracts';
import { fromVietnamWallClock, vietnamWallClock } from '../../core/time/vietnam-time';

/** Reports are built at 06:00 Vietnam time, before the working day, covering the period that has just ended. */
export const REPORT_HOUR = 6;
export const MONTHLY_PATTERN = `0 ${REPORT_HOUR} 1 * *`;
export const QUARTERLY_PATTERN = `0 ${REPORT_HOUR} 1 1,4,7,10 *`;

export type ScheduleTrigger = { pattern: string; tz: string } | { delayUntil: Date } | null;

export interface TriggerSchedule {
  kind: ReportScheduleKind;
  /** Enabled, and its committee is not archived. */
  enabled: boolean;
}

export interface TriggerCohort {
  /** The cohort's last day, `YYYY-MM-DD`, in Vietnam. */
  endsOn: string;
}

/**
 * What BullMQ must hold for a schedule row: a repeating pattern (monthly, quarterly), a one-off moment (the
 * morning after the cohort's last day, unless it has passed), or nothing (disabled, on demand, cohort over).
 */
export function scheduleTrigger(
  schedule: TriggerSchedule,
  cohort: TriggerCohort | null,
  now: Date = new Date(),
): ScheduleTrigger {
  if (!schedule.enabled) return null;
  switch (schedule.kind) {
    case 'monthly':
      return { pattern: MONTHLY_PATTERN, tz: TIME_ZONE };
    case 'quarterly':
      return { pattern: QUARTERLY_PATTERN, tz: TIME_ZONE };
    case 'on_demand':
      return null;
    case 'cohort_end': {
      if (!cohort) return null;
      const at = cohortEndRunAt(cohort.endsOn);
      return at.getTime() > now.getTime() ? { delayUntil: at } : null;
    }
  }
}

/** 06:00 in Vietnam on the day after `endsOn`. */
export function cohortEndRunAt(endsOn: string): Date {
  const [year, month, day] = endsOn.split('-').map(Number) as [number, number, number];
  return fromVietnamWallClock(new Date(Date.UTC(year, month - 1, day + 1, REPORT_HOUR)));
}

/**
 * When the trigger next fires after `now`, computed from the calendar rather than read from Redis, so a
 * screen shows it even while the queue is being rebuilt. Only the two patterns above are known here.
 */
export function nextRunAt(trigger: ScheduleTrigger, now: Date = new Date()): Date | null {
  if (trigger === null) return null;
  if ('delayUntil' in trigger) return trigger.delayUntil;
  const step = trigger.pattern === QUARTERLY_PATTERN ? 3 : 1;
  const local = vietnamWallClock(now);
  // The first month of the current period (the month itself, or the quarter's first month), 0-based.
  let month = local.getUTCMonth() - (local.getUTCMonth() % step);
  for (;;) {
    const at = fromVietnamWallClock(new Date(Date.UTC(local.getUTCFullYear(), month, 1, REPORT_HOUR)));
    if (at.getTime() > now.getTime()) return at;
    month += step;
  }
}
