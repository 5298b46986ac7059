import type {
  AnalyticsBreakdown,
  AnalyticsTrend,
  AnalyticsView,
  Indicators,
  PositionKind,
  PositionRole,
} from '@sen/contracts';

/** Vietnamese labels: the union files its reports in Vietnamese (the same texts as the staff screens). */
export const POSITION_VI: Record<PositionKind, string> = {
  president: 'Chủ tịch',
  vice_president: 'Phó Chủ tịch',
  branch_head: 'Chi hội trưởng',
  branch_vice_head: 'Chi hội phó',
  executive_member: 'Ủy viên Ban Chấp hành',
  full_time_staff: 'Cán bộ chuyên trách',
};
export const ROLE_VI: Record<PositionRole, string> = { holder: 'Đương nhiệm', reserve: 'Dự bị (quy hoạch)' };

export type CellKind = 'text' | 'count' | 'share' | 'day' | 'flag';
export interface Column {
  header: string;
  kind: CellKind;
  width: number;
}
export type Cell = string | number | boolean | null;

/** One view as a table: what both the CSV and the XLSX writers (and a report) are made from. */
export interface Table {
  title: string;
  columns: Column[];
  rows: Cell[][];
}

const INDICATOR_COLUMNS: Column[] = [
  { header: 'Số cán bộ phải học', kind: 'count', width: 16 },
  { header: 'Đã hoàn thành', kind: 'count', width: 14 },
  { header: 'Tỷ lệ hoàn thành', kind: 'share', width: 16 },
  { header: 'Đã thi', kind: 'count', width: 10 },
  { header: 'Đạt', kind: 'count', width: 10 },
  { header: 'Tỷ lệ đạt', kind: 'share', width: 12 },
];

function indicatorCells(i: Indicators): Cell[] {
  return [i.required, i.completed, i.completionRate, i.sat, i.passed, i.passRate];
}

export function childrenTable(b: AnalyticsBreakdown): Table {
  return {
    title: 'Theo đơn vị',
    columns: [
      { header: 'Đơn vị', kind: 'text', width: 36 },
      { header: 'Cấp', kind: 'text', width: 12 },
      ...INDICATOR_COLUMNS,
      { header: 'Có hoạt động trong kỳ', kind: 'flag', width: 12 },
      { header: 'Chậm tiến độ', kind: 'flag', width: 12 },
    ],
    rows: [
      ...b.children.map((c) => [c.unit.name, c.unit.levelNameVi, ...indicatorCells(c.indicators), c.active, c.lagging]),
      ...(b.own.required > 0 || b.own.sat > 0
        ? [[`${b.unit.name} (cán bộ của đơn vị)`, b.unit.levelNameVi, ...indicatorCells(b.own), null, null]]
        : []),
      ['Tổng cộng', '', ...indicatorCells(b.total), null, null],
    ],
  };
}

export function coursesTable(b: AnalyticsBreakdown): Table {
  return {
    title: 'Theo khóa học',
    columns: [{ header: 'Khóa học', kind: 'text', width: 56 }, ...INDICATOR_COLUMNS],
    rows: b.courses.map((c) => [c.course.name, ...indicatorCells(c.indicators)]),
  };
}

export function positionsTable(b: AnalyticsBreakdown): Table {
  return {
    title: 'Theo chức danh',
    columns: [
      { header: 'Chức danh', kind: 'text', width: 26 },
      { header: 'Hình thức', kind: 'text', width: 14 },
      ...INDICATOR_COLUMNS,
    ],
    rows: b.positions.map((p) => [POSITION_VI[p.position], ROLE_VI[p.role], ...indicatorCells(p.indicators)]),
  };
}

export function trendTable(t: AnalyticsTrend): Table {
  return {
    title: 'Diễn biến',
    columns: [{ header: 'Ngày', kind: 'day', width: 14 }, ...INDICATOR_COLUMNS],
    rows: t.points.map((p) => [p.date, ...indicatorCells(p)]),
  };
}

export const ROSTER_COLUMNS: Column[] = [
  { header: 'Họ và tên', kind: 'text', width: 28 },
  { header: 'Đơn vị', kind: 'text', width: 32 },
  { header: 'Chức danh', kind: 'text', width: 24 },
  { header: 'Hình thức', kind: 'text', width: 12 },
  { header: 'Khóa học', kind: 'text', width: 48 },
  { header: 'Phải học từ', kind: 'day', width: 14 },
  { header: 'Hoàn thành ngày', kind: 'day', width: 16 },
  { header: 'Đã thi', kind: 'flag', width: 10 },
  { header: 'Đạt', kind: 'flag', width: 10 },
];

export const VIEW_FILE_NAMES: Record<AnalyticsView, string> = {
  children: 'theo-don-vi',
  courses: 'theo-khoa-hoc',
  positions: 'theo-chuc-danh',
  trend: 'dien-bien',
  roster: 'danh-sach-can-bo',
};
