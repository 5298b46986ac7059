import { describe, expect, it } from '@jest/globals';
import { isNarrowed, learnerQuery, learnerStatusOf } from './learner-filters';

const NONE = { search: '', status: '', unitId: '', includeEnded: '' };
const UNIT = '4a0c5c49-4a0f-4d5e-9b0e-6f3c2b1a0d9e';

describe('learnerStatusOf', () => {
  it('accepts the statuses the list shows and nothing else', () => {
    expect(learnerStatusOf('overdue')).toBe('overdue');
    expect(learnerStatusOf('not_started')).toBe('not_started');
    expect(learnerStatusOf('late')).toBeUndefined();
    expect(learnerStatusOf('')).toBeUndefined();
  });
});

describe('learnerQuery', () => {
  it('sends only the paging and the ended switch when nothing is chosen', () => {
    expect(learnerQuery(NONE, 1, 20)).toEqual({ includeEnded: 'false', page: 1, pageSize: 20 });
  });

  it('sends every chosen filter', () => {
    expect(learnerQuery({ search: 'hoa', status: 'in_progress', unitId: UNIT, includeEnded: 'true' }, 3, 20)).toEqual({
      includeEnded: 'true',
      search: 'hoa',
      status: 'in_progress',
      unitId: UNIT,
      page: 3,
      pageSize: 20,
    });
  });

  it('leaves out a status the list does not know rather than have the request refused', () => {
    expect(learnerQuery({ ...NONE, status: 'late' }, 1, 20)).not.toHaveProperty('status');
  });
});

describe('isNarrowed', () => {
  it('is true for a search, a status or a unit, not for the ended switch alone', () => {
    expect(isNarrowed(learnerQuery({ ...NONE, includeEnded: 'true' }, 1, 20))).toBe(false);
    expect(isNarrowed(learnerQuery({ ...NONE, search: 'hoa' }, 1, 20))).toBe(true);
    expect(isNarrowed(learnerQuery({ ...NONE, status: 'completed' }, 1, 20))).toBe(true);
    expect(isNarrowed(learnerQuery({ ...NONE, unitId: UNIT }, 1, 20))).toBe(true);
  });
});
