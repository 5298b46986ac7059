import { describe, expect, it } from '@jest/globals';
import { ReportScheduleBody, type ReportScheduleView } from '@sen/contracts';
import { EMPTY_SCHEDULE_VALUES, needsCohort, scheduleBody, scheduleChanges, scheduleValues } from './schedule-form';

const COHORT = '4e3a0d4b-5f6c-4d8e-9f0a-1b2c3d4e5f60';
const COURSE = '5f4b1e5c-6a7d-4e9f-8a1b-2c3d4e5f6071';

const SCHEDULE: ReportScheduleView = {
  id: '6a5c2f6d-7b8e-4fa0-9b2c-3d4e5f607182',
  committeeId: '7b6d3a7e-8c9f-4ab1-8c3d-4e5f60718293',
  kind: 'cohort_end',
  courses: [{ id: COURSE, name: 'Ứng dụng CNTT' }],
  cohort: { id: COHORT, name: 'Lớp 2025', endsOn: '2025-09-19' },
  enabled: true,
  nextRunAt: null,
  hasReports: false,
  createdBy: null,
  createdAt: '2026-11-24T03:00:00.000Z',
  updatedAt: '2026-11-24T03:00:00.000Z',
};

describe('the report schedule form', () => {
  it('sends a cohort only with the end-of-cohort kind', () => {
    expect(ReportScheduleBody.parse(scheduleBody({ ...EMPTY_SCHEDULE_VALUES, cohortId: COHORT }))).toEqual({
      kind: 'monthly',
      courseIds: [],
      enabled: true,
    });
    expect(scheduleBody({ ...EMPTY_SCHEDULE_VALUES, kind: 'cohort_end', cohortId: COHORT })).toMatchObject({
      kind: 'cohort_end',
      cohortId: COHORT,
    });
  });

  it('asks for a cohort when the kind needs one', () => {
    expect(needsCohort({ ...EMPTY_SCHEDULE_VALUES, kind: 'cohort_end' })).toBe(true);
    expect(needsCohort({ ...EMPTY_SCHEDULE_VALUES, kind: 'cohort_end', cohortId: COHORT })).toBe(false);
    expect(needsCohort(EMPTY_SCHEDULE_VALUES)).toBe(false);
  });

  it('restates kind, courses and cohort on an edit, letting go of the cohort when leaving its kind', () => {
    const values = scheduleValues(SCHEDULE);
    expect(scheduleChanges(values)).toEqual({ kind: 'cohort_end', courseIds: [COURSE], cohortId: COHORT });
    expect(scheduleChanges({ ...values, kind: 'quarterly' })).toEqual({
      kind: 'quarterly',
      courseIds: [COURSE],
      cohortId: null,
    });
  });
});
