import type { AnalyticsBreakdown, AnalyticsTrend, Indicators } from '@sen/contracts';
import { placeOf } from '../report-builder';
import { composeReport, percentVi, sumIndicators } from './report-content';
import { issuerLines } from './render-report-pdf';

const ind = (required: number, completed: number, sat = 0, passed = 0): Indicators => ({
  required,
  completed,
  completionRate: required ? completed / required : null,
  sat,
  passed,
  passRate: sat ? passed / sat : null,
});

function breakdown(name: string, total: Indicators, courseId: string): AnalyticsBreakdown {
  const unit = {
    id: `${name}-id`,
    name,
    levelCode: 'district',
    levelNameVi: 'Huyện',
    levelNameEn: 'District',
    childCount: 1,
  };
  return {
    unit,
    ancestors: [],
    from: '2026-10-01',
    to: '2026-10-31',
    threshold: 80,
    total,
    own: ind(0, 0),
    children: [
      {
        unit: { ...unit, id: `${name}-child`, name: `Xã của ${name}` },
        indicators: total,
        active: true,
        lagging: false,
      },
    ],
    coverage: { active: 1, units: 1 },
    courses: [{ course: { id: courseId, name: 'Khóa A' }, indicators: total }],
    positions: [
      { position: 'president', role: 'reserve', indicators: ind(1, 0) },
      { position: 'president', role: 'holder', indicators: ind(total.required - 1, total.completed) },
    ],
  };
}

describe('report content', () => {
  it('sums units and recomputes rates from the sums, never averaging rates', () => {
    expect(sumIndicators([ind(10, 9, 4, 2), ind(2, 0, 0, 0)])).toEqual(ind(12, 9, 4, 2));
    expect(sumIndicators([])).toEqual(ind(0, 0));
  });

  it('merges courses, positions and trend points of several units', () => {
    const trend = (values: number[]): AnalyticsTrend => ({
      granularity: 'week',
      points: values.map((completed, i) => ({ date: `2026-10-0${i + 1}`, ...ind(4, completed) })),
    });
    const content = composeReport({
      issuer: 'Hội LHPN tỉnh Nam Định',
      place: 'Nam Định',
      date: new Date('2026-11-01T03:00:00Z'),
      committee: 'Ban Thường vụ',
      periodTitle: 'Tháng 10/2026',
      period: { start: '2026-10-01', end: '2026-10-31' },
      courses: null,
      signatory: { title: 'Chủ tịch', name: null },
      units: [
        { breakdown: breakdown('Vụ Bản', ind(4, 3), 'c1'), trend: trend([1, 3]) },
        { breakdown: breakdown('Nam Trực', ind(4, 1), 'c1'), trend: trend([0, 1]) },
      ],
    });
    expect(content.headline).toMatchObject({
      required: 8,
      completed: 4,
      completionRate: 0.5,
      activeUnits: 2,
      units: 2,
    });
    expect(content.byCourse).toEqual([{ name: 'Khóa A', indicators: ind(8, 4) }]);
    // Holders before reserves, whatever order the units listed them in.
    expect(content.byPosition.map((p) => [p.name, p.indicators.required])).toEqual([
      ['Chủ tịch — Đương nhiệm', 6],
      ['Chủ tịch — Dự bị (quy hoạch)', 2],
    ]);
    expect(content.trend.map((p) => p.indicators.completed)).toEqual([1, 4]);
  });

  it('writes shares and names the Vietnamese way', () => {
    expect(percentVi(5 / 6)).toBe('83,3 %');
    expect(percentVi(1)).toBe('100,0 %');
    expect(percentVi(null)).toBe('—');
    expect(issuerLines('Hội LHPN tỉnh Nam Định')).toEqual(['HỘI LIÊN HIỆP PHỤ NỮ', 'TỈNH NAM ĐỊNH']);
    expect(issuerLines('Ban Tổ chức')).toEqual(['BAN TỔ CHỨC']);
    expect(placeOf('Hội LHPN tỉnh Nam Định')).toBe('Nam Định');
    expect(placeOf('Hội LHPN thành phố Nam Định')).toBe('Nam Định');
  });
});
