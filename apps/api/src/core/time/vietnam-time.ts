/**
 * Vietnam's civil time (Asia/Ho_Chi_Minh): UTC+7 all year, no daylight saving since 1975, so a fixed offset
 * is exact for every date the platform deals with.
 */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The instant's wall-clock reading in Vietnam, as a Date whose UTC fields carry it (for date arithmetic and Excel). */
export function vietnamWallClock(instant: Date): Date {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS);
}

/** The instant whose Vietnam wall clock reads as `wallClock`'s UTC fields. */
export function fromVietnamWallClock(wallClock: Date): Date {
  return new Date(wallClock.getTime() - VIETNAM_OFFSET_MS);
}

/** The calendar day in Vietnam at this instant. */
export function vietnamDay(instant: Date): { year: number; month: number; day: number } {
  const local = vietnamWallClock(instant);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** "2026-11-24": the calendar day in Vietnam, ISO-written (file names, date-only fields). */
export function vietnamIsoDay(instant: Date): string {
  return vietnamWallClock(instant).toISOString().slice(0, 10);
}
