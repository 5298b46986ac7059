import {
  cohortEndJobId,
  desiredJobs,
  scheduleIdOfCohortJob,
  scheduleIdOfScheduler,
  schedulerId,
  type SyncRow,
} from './report-schedule-jobs';

const ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const NOW = new Date('2026-11-24T03:00:00Z');

function row(fields: Partial<SyncRow>): SyncRow {
  return { id: ID, kind: 'monthly', active: true, cohortEndsOn: null, ...fields };
}

describe('report schedule jobs', () => {
  it('names schedulers and end-of-cohort jobs after the schedule, and reads the schedule back', () => {
    expect(schedulerId(ID)).toBe(`report-schedule:${ID}`);
    expect(scheduleIdOfScheduler(schedulerId(ID))).toBe(ID);
    expect(scheduleIdOfScheduler('purge-expired-sessions')).toBeNull();
    const jobId = cohortEndJobId(ID, '2026-12-20');
    expect(jobId).toBe(`report-schedule-${ID}-cohort-end-2026-12-20`);
    expect(scheduleIdOfCohortJob(jobId)).toBe(ID);
    expect(scheduleIdOfCohortJob(`repeat:report-schedule:${ID}:1796079600000`)).toBeNull();
  });

  it('holds a scheduler for an active monthly or quarterly schedule', () => {
    expect(desiredJobs(row({}), NOW)).toEqual({
      scheduler: { pattern: '0 6 1 * *', tz: 'Asia/Ho_Chi_Minh' },
      cohortJob: null,
    });
    expect(desiredJobs(row({ kind: 'quarterly' }), NOW).scheduler?.pattern).toBe('0 6 1 1,4,7,10 *');
  });

  it('holds nothing for a deleted, inactive or on-demand schedule', () => {
    const none = { scheduler: null, cohortJob: null };
    expect(desiredJobs(null, NOW)).toEqual(none);
    expect(desiredJobs(row({ active: false }), NOW)).toEqual(none);
    expect(desiredJobs(row({ kind: 'on_demand' }), NOW)).toEqual(none);
    expect(desiredJobs(row({ kind: 'cohort_end', active: false, cohortEndsOn: '2030-01-01' }), NOW)).toEqual(none);
  });

  it('adds the end-of-cohort job while its moment is ahead, and keeps its id afterwards so a retry is not removed', () => {
    expect(desiredJobs(row({ kind: 'cohort_end', cohortEndsOn: '2026-12-20' }), NOW)).toEqual({
      scheduler: null,
      cohortJob: { jobId: cohortEndJobId(ID, '2026-12-20'), delayUntil: new Date('2026-12-20T23:00:00Z') },
    });
    expect(desiredJobs(row({ kind: 'cohort_end', cohortEndsOn: '2026-11-01' }), NOW)).toEqual({
      scheduler: null,
      cohortJob: { jobId: cohortEndJobId(ID, '2026-11-01'), delayUntil: null },
    });
  });
});
