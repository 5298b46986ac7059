import type { Indicators } from '@sen/contracts';
import ExcelJS from 'exceljs';
import { POSITION_VI, ROLE_VI, type ReportContent } from './report-content';

/** The sheet names, one per table of the PDF (tests and readers find the tables by them). */
export const REPORT_SHEETS = {
  summary: 'Chỉ tiêu',
  units: 'Theo đơn vị',
  courses: 'Theo khóa học',
  positions: 'Theo chức danh',
  trend: 'Diễn biến',
} as const;

const PERCENT = '0.0%';
const DATE = 'dd/mm/yyyy';

const INDICATOR_COLUMNS: Partial<ExcelJS.Column>[] = [
  { header: 'Phải học', key: 'required', width: 11 },
  { header: 'Hoàn thành', key: 'completed', width: 12 },
  { header: 'Tỷ lệ hoàn thành', key: 'completionRate', width: 17, style: { numFmt: PERCENT } },
  { header: 'Dự kiểm tra', key: 'sat', width: 12 },
  { header: 'Đạt', key: 'passed', width: 9 },
  { header: 'Tỷ lệ đạt', key: 'passRate', width: 11, style: { numFmt: PERCENT } },
];

/** A date-only cell: Excel shows the UTC fields of the Date it is given, which are the calendar day here. */
function dayCell(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

/** Numbers stay numbers and shares stay fractions (formatted as %); no share is an empty cell, never 0. */
function values(i: Indicators): Record<string, number | null> {
  return {
    required: i.required,
    completed: i.completed,
    completionRate: i.completionRate,
    sat: i.sat,
    passed: i.passed,
    passRate: i.passRate,
  };
}

function sheet(workbook: ExcelJS.Workbook, name: string, columns: Partial<ExcelJS.Column>[]): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns;
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  return ws;
}

function summary(workbook: ExcelJS.Workbook, content: ReportContent): void {
  const ws = sheet(workbook, REPORT_SHEETS.summary, [
    { header: 'Chỉ tiêu', key: 'label', width: 42 },
    { header: 'Giá trị', key: 'value', width: 40 },
  ]);
  const h = content.headline;
  const rows: [string, string | number | Date | null, string?][] = [
    ['Đơn vị báo cáo', content.issuer],
    ['Kính gửi', content.committee],
    ['Kỳ báo cáo', content.periodTitle],
    ['Từ ngày', dayCell(content.period.start), DATE],
    ['Đến ngày', dayCell(content.period.end), DATE],
    ['Khóa học', content.courses === null ? 'Tất cả các khóa học' : content.courses.join('; ')],
    ['Số cán bộ phải học', h.required],
    ['Đã hoàn thành', h.completed],
    ['Tỷ lệ hoàn thành', h.completionRate, PERCENT],
    ['Dự kiểm tra', h.sat],
    ['Đạt yêu cầu', h.passed],
    ['Tỷ lệ đạt', h.passRate, PERCENT],
    ['Đơn vị đã tổ chức học trong kỳ', h.activeUnits],
    ['Tổng số đơn vị', h.units],
  ];
  for (const [label, value, numFmt] of rows) {
    const row = ws.addRow({ label, value });
    if (numFmt) row.getCell('value').numFmt = numFmt;
    row.getCell('value').alignment = { horizontal: 'left' };
  }
}

function units(workbook: ExcelJS.Workbook, content: ReportContent): void {
  const ws = sheet(workbook, REPORT_SHEETS.units, [
    { header: 'Thuộc', key: 'parent', width: 30 },
    { header: 'Đơn vị', key: 'unit', width: 34 },
    ...INDICATOR_COLUMNS,
    { header: 'Tổ chức học trong kỳ', key: 'active', width: 14 },
  ]);
  for (const unit of content.units) {
    for (const child of unit.children) {
      ws.addRow({
        parent: unit.name,
        unit: child.name,
        ...values(child.indicators),
        active: child.active ? 'Có' : 'Chưa',
      });
    }
    const total = ws.addRow({
      parent: unit.name,
      unit: 'Tổng cộng',
      ...values(unit.total),
      active: `${unit.coverage.active}/${unit.coverage.units}`,
    });
    total.font = { bold: true };
  }
}

function courses(workbook: ExcelJS.Workbook, content: ReportContent): void {
  const ws = sheet(workbook, REPORT_SHEETS.courses, [
    { header: 'Khóa học', key: 'course', width: 56 },
    ...INDICATOR_COLUMNS,
  ]);
  for (const row of content.byCourse) ws.addRow({ course: row.name, ...values(row.indicators) });
}

function positions(workbook: ExcelJS.Workbook, content: ReportContent): void {
  const ws = sheet(workbook, REPORT_SHEETS.positions, [
    { header: 'Chức danh', key: 'position', width: 26 },
    { header: 'Diện', key: 'role', width: 18 },
    ...INDICATOR_COLUMNS,
  ]);
  for (const row of content.byPosition) {
    ws.addRow({ position: POSITION_VI[row.position], role: ROLE_VI[row.role], ...values(row.indicators) });
  }
}

function trend(workbook: ExcelJS.Workbook, content: ReportContent): void {
  const ws = sheet(workbook, REPORT_SHEETS.trend, [
    { header: 'Tính đến ngày', key: 'date', width: 14, style: { numFmt: DATE } },
    ...INDICATOR_COLUMNS,
  ]);
  for (const point of content.trend) ws.addRow({ date: dayCell(point.date), ...values(point.indicators) });
}

/**
 * The report's tables as a workbook, one sheet per table, headed in Vietnamese; text cells hold names (never
 * read as formulas), number cells counts, and shares are fractions shown as percentages.
 */
export async function renderReportXlsx(content: ReportContent): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sen';
  // The report's own date, so that a rebuild writes the same workbook properties.
  workbook.created = content.date;
  workbook.modified = content.date;
  summary(workbook, content);
  units(workbook, content);
  courses(workbook, content);
  positions(workbook, content);
  trend(workbook, content);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
