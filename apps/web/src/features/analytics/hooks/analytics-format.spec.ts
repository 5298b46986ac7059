import { describe, expect, it } from '@jest/globals';
import type { AnalyticsBreakdown, AnalyticsChildRow, Indicators } from '@sen/contracts';
import {
  chartFileName,
  childLevelName,
  formatDay,
  formatRate,
  isBelowThreshold,
  positionRows,
  ratePercent,
  reservesTrained,
  rowStatus,
  shortUnitNames,
  sortChildren,
  vietnamToday,
} from './analytics-format';

function indicators(required: number, completed: number, sat = 0, passed = 0): Indicators {
  return {
    required,
    completed,
    completionRate: required === 0 ? null : completed / required,
    sat,
    passed,
    passRate: sat === 0 ? null : passed / sat,
  };
}

let nextId = 0;
function child(name: string, figures: Indicators, level = 'district', lagging = false): AnalyticsChildRow {
  nextId += 1;
  return {
    unit: {
      id: `00000000-0000-4000-8000-${String(nextId).padStart(12, '0')}`,
      name,
      levelCode: level,
      levelNameVi: level === 'district' ? 'Huyện' : 'Xã',
      levelNameEn: level === 'district' ? 'District' : 'Commune',
      childCount: 3,
    },
    indicators: figures,
    active: figures.completed > 0,
    lagging,
  };
}

describe('formatRate', () => {
  it('writes a share as a percentage with one decimal in the reader’s locale', () => {
    expect(formatRate(0.8534, 'vi')).toBe('85,3%');
    expect(formatRate(0.8534, 'en')).toBe('85.3%');
    expect(formatRate(1, 'vi')).toBe('100,0%');
    expect(formatRate(0, 'en')).toBe('0.0%');
  });

  it('writes a dash when nobody counts, not 0 %', () => {
    expect(formatRate(null, 'vi')).toBe('—');
  });
});

describe('ratePercent', () => {
  it('rounds to one decimal of percent for bars and charts', () => {
    expect(ratePercent(2 / 3)).toBe(66.7);
    expect(ratePercent(null)).toBe(0);
  });
});

describe('lagging', () => {
  it('is below the threshold only when someone is required', () => {
    expect(isBelowThreshold(indicators(10, 7), 80)).toBe(true);
    expect(isBelowThreshold(indicators(10, 8), 80)).toBe(false);
    expect(isBelowThreshold(indicators(0, 0), 80)).toBe(false);
    expect(isBelowThreshold(indicators(10, 0), 0)).toBe(false);
  });

  it('says how a row stands, preferring the API’s flag where it gives one', () => {
    expect(rowStatus(indicators(10, 7), 80)).toBe('lagging');
    expect(rowStatus(indicators(10, 9), 80)).toBe('onTrack');
    expect(rowStatus(indicators(0, 0), 80)).toBe('noRequirement');
    expect(rowStatus(indicators(10, 9), 80, true)).toBe('lagging');
    expect(rowStatus(indicators(10, 1), 80, false)).toBe('onTrack');
  });
});

describe('formatDay', () => {
  it('writes a Vietnam calendar day as the reader does, the same day whatever the browser’s zone', () => {
    expect(formatDay('2025-07-01', 'vi')).toBe('1 thg 7, 2025');
    expect(formatDay('2025-07-01', 'en')).toBe('1 Jul 2025');
    expect(formatDay('2025-12-31', 'en', 'short')).toBe('31/12/25');
  });
});

describe('vietnamToday', () => {
  it('is the day in Vietnam, already the next one at 18:00 UTC', () => {
    expect(vietnamToday(new Date('2025-06-30T18:00:00Z'))).toBe('2025-07-01');
    expect(vietnamToday(new Date('2025-06-30T16:59:00Z'))).toBe('2025-06-30');
  });
});

describe('childLevelName', () => {
  it('names the level the children share, lower-cased for a sentence', () => {
    const children = [child('A', indicators(1, 1)), child('B', indicators(1, 0))];
    expect(childLevelName(children, 'vi')).toBe('huyện');
    expect(childLevelName(children, 'en')).toBe('district');
  });

  it('names none when the children are of several levels or there are none', () => {
    expect(childLevelName([child('A', indicators(1, 1)), child('B', indicators(1, 1), 'commune')], 'vi')).toBeNull();
    expect(childLevelName([], 'vi')).toBeNull();
  });
});

const POSITIONS: AnalyticsBreakdown['positions'] = [
  { position: 'branch_head', role: 'reserve', indicators: indicators(6, 3) },
  { position: 'president', role: 'holder', indicators: indicators(9, 9) },
  { position: 'president', role: 'reserve', indicators: indicators(18, 6) },
  { position: 'branch_head', role: 'holder', indicators: indicators(36, 20) },
];

describe('reservesTrained', () => {
  it('adds up the reserve rows of every position', () => {
    expect(reservesTrained(POSITIONS)).toEqual({ required: 24, completed: 9, rate: 9 / 24 });
  });

  it('has no rate when no reserve is required', () => {
    expect(reservesTrained(POSITIONS.filter((row) => row.role === 'holder'))).toEqual({
      required: 0,
      completed: 0,
      rate: null,
    });
  });
});

describe('positionRows', () => {
  it('puts holders beside reserves, in the union’s order of positions, leaving out positions nobody holds', () => {
    const rows = positionRows(POSITIONS);
    expect(rows.map((row) => row.position)).toEqual(['president', 'branch_head']);
    expect(rows[0]?.holder?.required).toBe(9);
    expect(rows[0]?.reserve?.required).toBe(18);
    expect(positionRows([{ position: 'vice_president', role: 'reserve', indicators: indicators(2, 1) }])).toEqual([
      { position: 'vice_president', holder: null, reserve: indicators(2, 1) },
    ]);
  });
});

describe('sortChildren', () => {
  const rows = [
    child('Hội LHPN huyện Ý Yên', indicators(10, 5)),
    child('Hội LHPN huyện Vụ Bản', indicators(20, 19)),
    child('Hội LHPN huyện Giao Thủy', indicators(0, 0)),
    child('Hội LHPN huyện Hải Hậu', indicators(10, 5)),
  ];
  const names = (sorted: AnalyticsChildRow[]) => sorted.map((row) => row.unit.name.replace('Hội LHPN huyện ', ''));

  it('keeps the API’s order without a sort', () => {
    expect(names(sortChildren(rows, null, 'ascending', 'vi'))).toEqual(['Ý Yên', 'Vụ Bản', 'Giao Thủy', 'Hải Hậu']);
  });

  it('sorts names by the reader’s alphabet', () => {
    expect(names(sortChildren(rows, 'name', 'ascending', 'vi'))).toEqual(['Giao Thủy', 'Hải Hậu', 'Vụ Bản', 'Ý Yên']);
  });

  it('sorts rates with units nobody is required in last either way, ties in the API’s order', () => {
    expect(names(sortChildren(rows, 'completionRate', 'ascending', 'vi'))).toEqual([
      'Ý Yên',
      'Hải Hậu',
      'Vụ Bản',
      'Giao Thủy',
    ]);
    expect(names(sortChildren(rows, 'completionRate', 'descending', 'vi'))).toEqual([
      'Vụ Bản',
      'Ý Yên',
      'Hải Hậu',
      'Giao Thủy',
    ]);
    expect(names(sortChildren(rows, 'required', 'descending', 'vi'))).toEqual([
      'Vụ Bản',
      'Ý Yên',
      'Hải Hậu',
      'Giao Thủy',
    ]);
  });
});

describe('shortUnitNames', () => {
  it('drops the words every name starts with', () => {
    expect(shortUnitNames(['Hội LHPN huyện Vụ Bản', 'Hội LHPN huyện Ý Yên', 'Hội LHPN thành phố Nam Định'])).toEqual([
      'huyện Vụ Bản',
      'huyện Ý Yên',
      'thành phố Nam Định',
    ]);
  });

  it('never empties a name and leaves a single name whole', () => {
    expect(shortUnitNames(['Hội LHPN xã', 'Hội LHPN xã Minh Tân'])).toEqual(['xã', 'xã Minh Tân']);
    expect(shortUnitNames(['Hội LHPN xã Minh Tân'])).toEqual(['Hội LHPN xã Minh Tân']);
    expect(shortUnitNames(['Chi hội thôn Đông', 'Tổ dân phố 1'])).toEqual(['Chi hội thôn Đông', 'Tổ dân phố 1']);
  });
});

describe('chartFileName', () => {
  it('makes a plain file name of a Vietnamese title and the day', () => {
    expect(chartFileName('Tỷ lệ hoàn thành theo đơn vị trực thuộc Hội LHPN tỉnh Nam Định', '2025-09-30')).toBe(
      'ty-le-hoan-thanh-theo-don-vi-truc-thuoc-hoi-lhpn-tinh-nam-dinh-2025-09-30.png',
    );
    expect(chartFileName('Đ — ?', '2025-09-30')).toBe('d-2025-09-30.png');
    expect(chartFileName('…', '2025-09-30')).toBe('chart-2025-09-30.png');
  });
});
