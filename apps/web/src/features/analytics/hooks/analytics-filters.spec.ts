import { describe, expect, it } from '@jest/globals';
import {
  analyticsParams,
  exportParams,
  isCalendarDate,
  isNarrowed,
  periodReversed,
  readAnalyticsScreen,
  rosterParams,
  unitLink,
  withFilters,
  withView,
} from './analytics-filters';

const UNIT = '4a0c5c49-4a0f-4d5e-9b0e-6f3c2b1a0d9e';
const COURSE_A = '0d7c3c1e-8a55-4c62-b1f4-6e5a9c2d7b20';
const COURSE_B = '9b2f1a7e-3c44-4d1e-8f0a-1e2d3c4b5a69';

const read = (search: string) => readAnalyticsScreen(new URLSearchParams(search));

describe('readAnalyticsScreen', () => {
  it('reads an empty address as every required cadre, the API’s period and an 80 % threshold on the children', () => {
    expect(read('')).toEqual({
      filters: {
        category: undefined,
        courseIds: [],
        positions: [],
        reserve: 'all',
        from: undefined,
        to: undefined,
        threshold: 80,
      },
      view: 'children',
      status: undefined,
      page: 1,
    });
  });

  it('reads every filter, the view, the roster status and page', () => {
    const screen = read(
      `category=digital-skills&courseIds=${COURSE_A},${COURSE_B}&positions=branch_head,president&reserve=reserve` +
        '&from=2025-07-01&to=2025-09-30&threshold=75&view=roster&status=not_completed&page=3',
    );
    expect(screen).toEqual({
      filters: {
        category: 'digital-skills',
        courseIds: [COURSE_A, COURSE_B],
        // In the union's order of positions, whatever the address's.
        positions: ['president', 'branch_head'],
        reserve: 'reserve',
        from: '2025-07-01',
        to: '2025-09-30',
        threshold: 75,
      },
      view: 'roster',
      status: 'not_completed',
      page: 3,
    });
  });

  it('leaves out what an edited link gets wrong instead of sending it to be refused', () => {
    const screen = read(
      `category=cooking&courseIds=nope,${COURSE_A},${COURSE_A}&positions=queen,president&reserve=maybe` +
        '&from=2025-02-30&to=31/12/2025&threshold=120&view=pie&status=lost&page=-2',
    );
    expect(screen.filters).toEqual({
      category: undefined,
      courseIds: [COURSE_A],
      positions: ['president'],
      reserve: 'all',
      from: undefined,
      to: undefined,
      threshold: 80,
    });
    expect(screen.view).toBe('children');
    expect(screen.status).toBeUndefined();
    expect(screen.page).toBe(1);
  });

  it('accepts a threshold of 0 and 100 but not a fraction', () => {
    expect(read('threshold=0').filters.threshold).toBe(0);
    expect(read('threshold=100').filters.threshold).toBe(100);
    expect(read('threshold=72.5').filters.threshold).toBe(80);
  });
});

describe('isCalendarDate', () => {
  it('accepts real days only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-7-1')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
  });
});

describe('analyticsParams', () => {
  it('sends nothing for the defaults, so equal screens share one request', () => {
    expect(analyticsParams(read('').filters)).toEqual({});
    expect(analyticsParams(read('reserve=all&threshold=80').filters)).toEqual({});
  });

  it('sends lists comma-joined as the API reads them', () => {
    expect(
      analyticsParams(
        read(`courseIds=${COURSE_A},${COURSE_B}&positions=president,branch_head&reserve=holder&threshold=90`).filters,
      ),
    ).toEqual({
      courseIds: `${COURSE_A},${COURSE_B}`,
      positions: 'president,branch_head',
      reserve: 'holder',
      threshold: 90,
    });
  });
});

describe('rosterParams and exportParams', () => {
  it('adds the roster’s status and page to the filters', () => {
    const screen = read('positions=president&view=roster&status=completed&page=2');
    expect(rosterParams(screen, 25)).toEqual({ positions: 'president', status: 'completed', page: 2, pageSize: 25 });
  });

  it('exports the view on screen with its filters; the status only for the roster', () => {
    expect(exportParams(read('reserve=reserve&view=positions&status=completed'), 'xlsx')).toEqual({
      reserve: 'reserve',
      view: 'positions',
      format: 'xlsx',
    });
    expect(exportParams(read('view=roster&status=not_completed'), 'csv')).toEqual({
      status: 'not_completed',
      view: 'roster',
      format: 'csv',
    });
    expect(exportParams(read(''), 'csv')).toEqual({ view: 'children', format: 'csv' });
  });
});

describe('withFilters', () => {
  it('changes one filter, keeps the others and the view, and returns to the first roster page', () => {
    const next = withFilters(new URLSearchParams('positions=president&view=roster&status=completed&page=4'), {
      reserve: 'reserve',
    });
    expect(Object.fromEntries(next)).toEqual({
      positions: 'president',
      reserve: 'reserve',
      view: 'roster',
      status: 'completed',
    });
  });

  it('removes a filter set back to its default or emptied', () => {
    const next = withFilters(new URLSearchParams(`courseIds=${COURSE_A}&threshold=70&from=2025-01-01`), {
      courseIds: [],
      threshold: 80,
      from: undefined,
    });
    expect(next.toString()).toBe('');
  });
});

describe('withView', () => {
  it('names a view other than the children and keeps the filters', () => {
    expect(withView(new URLSearchParams('reserve=holder'), 'courses').toString()).toBe('reserve=holder&view=courses');
    expect(withView(new URLSearchParams('reserve=holder&view=courses'), 'children').toString()).toBe('reserve=holder');
  });

  it('drops the roster’s status and page when leaving the roster', () => {
    expect(withView(new URLSearchParams('view=roster&status=completed&page=2'), 'trend').toString()).toBe('view=trend');
  });
});

describe('unitLink', () => {
  it('links to another unit with the same filters', () => {
    const { filters } = read('positions=president&threshold=70&view=courses&page=2');
    expect(unitLink(UNIT, filters)).toBe(`/analytics/units/${UNIT}?positions=president&threshold=70`);
    expect(unitLink(UNIT, filters, 'roster')).toBe(
      `/analytics/units/${UNIT}?positions=president&threshold=70&view=roster`,
    );
    expect(unitLink(UNIT, read('').filters)).toBe(`/analytics/units/${UNIT}`);
  });
});

describe('periodReversed and isNarrowed', () => {
  it('flags a period that ends before it starts', () => {
    expect(periodReversed(read('from=2025-09-01&to=2025-08-31').filters)).toBe(true);
    expect(periodReversed(read('from=2025-09-01&to=2025-09-01').filters)).toBe(false);
    expect(periodReversed(read('from=2025-09-01').filters)).toBe(false);
  });

  it('counts who-counts filters as narrowing, not the period or the threshold', () => {
    expect(isNarrowed(read('from=2025-01-01&threshold=50').filters)).toBe(false);
    expect(isNarrowed(read('reserve=holder').filters)).toBe(true);
    expect(isNarrowed(read('category=leadership').filters)).toBe(true);
  });
});
