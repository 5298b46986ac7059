import PDFDocument from 'pdfkit';
import { vietnameseDate } from '../../certificates/pdf';
import { vietnameseShortDate } from '../periods/report-periods';
import { drawBarChart, drawTrendChart } from './pdf-charts';
import { CONTENT_WIDTH, PAGE, PdfCursor, TEXT_COLOUR, drawTable, type Column } from './pdf-layout';
import { countVi, percentVi, type ReportContent, type ReportRow } from './report-content';
import { reportFonts, type ReportFonts } from './report-fonts';

const PRODUCER = 'Sen';
/** Room a section heading needs below it, so it never ends a page alone. */
const KEEP_WITH_NEXT = 80;

function section(cursor: PdfCursor, title: string): void {
  cursor.need(KEEP_WITH_NEXT);
  cursor.text(title, { face: 'bold', size: 12, gap: 6 });
}
const HEADING_LEFT_WIDTH = 210;
const HEADING_RIGHT_WIDTH = 270;

/** "Hội LHPN tỉnh Nam Định" → ["HỘI LIÊN HIỆP PHỤ NỮ", "TỈNH NAM ĐỊNH"]: the issuing body, written out in capitals. */
export function issuerLines(issuer: string): string[] {
  const full = issuer.normalize('NFC').replace(/^Hội\s+LHPN\s+/iu, 'Hội Liên hiệp Phụ nữ ');
  const match = /^(Hội Liên hiệp Phụ nữ)\s+(.+)$/iu.exec(full);
  const lines = match ? [match[1]!, match[2]!] : [full];
  return lines.map((line) => line.toLocaleUpperCase('vi'));
}

const INDICATOR_COLUMNS: Column[] = [
  { header: 'Phải học', width: 52, align: 'right' },
  { header: 'Hoàn thành', width: 58, align: 'right' },
  { header: 'Tỷ lệ hoàn thành', width: 62, align: 'right' },
  { header: 'Dự kiểm tra', width: 52, align: 'right' },
  { header: 'Đạt', width: 44, align: 'right' },
  { header: 'Tỷ lệ đạt', width: 52, align: 'right' },
];

function indicatorCells(row: ReportRow): string[] {
  const i = row.indicators;
  return [
    countVi(i.required),
    countVi(i.completed),
    percentVi(i.completionRate),
    countVi(i.sat),
    countVi(i.passed),
    percentVi(i.passRate),
  ];
}

function heading(cursor: PdfCursor, content: ReportContent): void {
  const { doc } = cursor;
  const top = cursor.y;
  const left = { left: PAGE.left - 20, width: HEADING_LEFT_WIDTH };
  const right = { left: PAGE.width - PAGE.right - HEADING_RIGHT_WIDTH + 10, width: HEADING_RIGHT_WIDTH };

  cursor.y = top;
  for (const line of issuerLines(content.issuer))
    cursor.text(line, { face: 'bold', size: 11, align: 'center', gap: 0 }, left);
  const ruleY = cursor.y + 3;
  doc
    .moveTo(left.left + left.width / 2 - 35, ruleY)
    .lineTo(left.left + left.width / 2 + 35, ruleY)
    .lineWidth(0.6)
    .stroke(TEXT_COLOUR);
  cursor.y = ruleY + 6;
  cursor.text('Số:        /BC-HPN', { size: 11, align: 'center' }, left);
  const leftBottom = cursor.y;

  cursor.y = top;
  cursor.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { face: 'bold', size: 11, align: 'center', gap: 0 }, right);
  cursor.text('Độc lập - Tự do - Hạnh phúc', { face: 'bold', size: 12, align: 'center', gap: 0 }, right);
  const motto = cursor.y + 2;
  doc
    .moveTo(right.left + right.width / 2 - 82, motto)
    .lineTo(right.left + right.width / 2 + 82, motto)
    .lineWidth(0.6)
    .stroke(TEXT_COLOUR);
  cursor.y = motto + 8;
  cursor.text(
    `${content.place}, ${vietnameseDate(content.date)}`,
    { face: 'italic', size: 12, align: 'center' },
    right,
  );
  cursor.y = Math.max(cursor.y, leftBottom) + 18;
}

function title(cursor: PdfCursor, content: ReportContent): void {
  cursor.text('BÁO CÁO', { face: 'bold', size: 15, align: 'center', gap: 0 });
  cursor.text('KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ', { face: 'bold', size: 13, align: 'center', gap: 0 });
  cursor.text(content.periodTitle, { face: 'bold', size: 13, align: 'center', gap: 14 });
  cursor.text(`Kính gửi: ${content.committee}`, { size: 13, align: 'center', gap: 14 });
}

function introduction(cursor: PdfCursor, content: ReportContent): void {
  const units = content.units.map((u) => u.name).join('; ');
  const span = `từ ngày ${vietnameseShortDate(content.period.start)} đến ngày ${vietnameseShortDate(content.period.end)}`;
  cursor.text(
    `${content.issuer} báo cáo kết quả đào tạo, bồi dưỡng cán bộ Hội ${span} tại ${units}. ` +
      `Số liệu tính đến hết ngày ${vietnameseShortDate(content.period.end)}, theo các chức danh phải học từng khóa.`,
    { size: 12, align: 'justify', gap: 4 },
  );
  const courses = content.courses === null ? 'tất cả các khóa học' : content.courses.join('; ');
  cursor.text(`Khóa học: ${courses}.`, { size: 12, align: 'justify', gap: 10 });
}

function headline(cursor: PdfCursor, content: ReportContent): void {
  const h = content.headline;
  section(cursor, 'I. KẾT QUẢ CHUNG');
  for (const line of [
    `- Số cán bộ phải học: ${countVi(h.required)}.`,
    `- Đã hoàn thành: ${countVi(h.completed)}, đạt tỷ lệ ${percentVi(h.completionRate)}.`,
    `- Dự kiểm tra: ${countVi(h.sat)}; đạt yêu cầu: ${countVi(h.passed)}, tỷ lệ ${percentVi(h.passRate)}.`,
    `- Đơn vị đã tổ chức học trong kỳ: ${countVi(h.activeUnits)}/${countVi(h.units)} đơn vị.`,
  ]) {
    cursor.text(line, { size: 12, gap: 2 });
  }
  cursor.y += 8;
}

function byUnit(cursor: PdfCursor, content: ReportContent): void {
  section(cursor, 'II. KẾT QUẢ THEO ĐƠN VỊ');
  for (const unit of content.units) {
    if (content.units.length > 1) cursor.text(unit.name, { face: 'bold', size: 11, gap: 4 });
    drawTable(
      cursor,
      [
        { header: 'STT', width: 32, align: 'center' },
        { header: 'Đơn vị', width: 120 },
        ...INDICATOR_COLUMNS,
        { header: 'Tổ chức học', width: 44, align: 'center' },
      ],
      unit.children.map((c, i) => [String(i + 1), c.name, ...indicatorCells(c), c.active ? 'Có' : 'Chưa']),
      [
        '',
        `Tổng cộng ${unit.name}`,
        ...indicatorCells({ name: unit.name, indicators: unit.total }),
        `${unit.coverage.active}/${unit.coverage.units}`,
      ],
    );
    drawBarChart(
      cursor,
      `Biểu đồ: tỷ lệ hoàn thành theo đơn vị — ${unit.name}`,
      unit.children.map((c) => ({ label: c.name, value: c.indicators.completionRate })),
    );
  }
}

function byCourse(cursor: PdfCursor, content: ReportContent): void {
  section(cursor, 'III. KẾT QUẢ THEO KHÓA HỌC');
  drawTable(
    cursor,
    [{ header: 'STT', width: 32, align: 'center' }, { header: 'Khóa học', width: 164 }, ...INDICATOR_COLUMNS],
    content.byCourse.map((row, i) => [String(i + 1), row.name, ...indicatorCells(row)]),
  );
}

function byPosition(cursor: PdfCursor, content: ReportContent): void {
  section(cursor, 'IV. KẾT QUẢ THEO CHỨC DANH (KỂ CẢ CÁN BỘ DỰ BỊ)');
  drawTable(
    cursor,
    [{ header: 'STT', width: 32, align: 'center' }, { header: 'Chức danh', width: 164 }, ...INDICATOR_COLUMNS],
    content.byPosition.map((row, i) => [String(i + 1), row.name, ...indicatorCells(row)]),
  );
}

function trend(cursor: PdfCursor, content: ReportContent): void {
  if (content.trend.length === 0) return;
  section(cursor, 'V. DIỄN BIẾN TRONG KỲ');
  drawTrendChart(
    cursor,
    'Biểu đồ: tỷ lệ hoàn thành tính đến từng thời điểm',
    content.trend.map((p) => ({ label: vietnameseShortDate(p.date), value: p.indicators.completionRate })),
  );
}

function signature(cursor: PdfCursor, content: ReportContent): void {
  cursor.need(130);
  const top = cursor.y + 6;
  const left = { left: PAGE.left, width: 200 };
  const right = { left: PAGE.left + CONTENT_WIDTH - 230, width: 230 };
  cursor.y = top;
  cursor.text('Nơi nhận:', { face: 'bold', size: 10, gap: 0 }, left);
  cursor.text('- Như trên;', { size: 10, gap: 0 }, left);
  cursor.text('- Lưu: VT.', { size: 10, gap: 0 }, left);
  cursor.y = top;
  cursor.text('TM. BAN THƯỜNG VỤ', { face: 'bold', size: 12, align: 'center', gap: 0 }, right);
  cursor.text(
    content.signatory.title.toLocaleUpperCase('vi'),
    { face: 'bold', size: 12, align: 'center', gap: 0 },
    right,
  );
  // Room for the handwritten signature and the seal.
  cursor.y += 64;
  if (content.signatory.name) cursor.text(content.signatory.name, { face: 'bold', size: 12, align: 'center' }, right);
}

/**
 * The report as an A4 PDF laid out as a Vietnamese administrative report: the two-column heading, the title with
 * its period, "Kính gửi", the headline numbers, tables by unit, course and position (reserves included), charts
 * drawn as vector shapes, and the signature block. Every text is set in the embedded Be Vietnam Pro faces.
 */
export async function renderReportPdf(content: ReportContent, fonts: ReportFonts = reportFonts()): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    lang: 'vi-VN',
    displayTitle: true,
    font: '',
    info: {
      Title: `Báo cáo kết quả đào tạo, bồi dưỡng cán bộ — ${content.periodTitle}`,
      Subject: content.committee,
      Author: content.issuer,
      Creator: PRODUCER,
      Producer: PRODUCER,
      CreationDate: content.date,
      ModDate: content.date,
    },
  });
  // Parsed fontkit fonts are accepted by pdfkit, though @types/pdfkit does not say so (see the certificates).
  doc.registerFont('regular', fonts.regular as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('bold', fonts.bold as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('italic', fonts.italic as unknown as PDFKit.Mixins.PDFFontSource);

  return await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      const cursor = new PdfCursor(doc);
      heading(cursor, content);
      title(cursor, content);
      introduction(cursor, content);
      headline(cursor, content);
      byUnit(cursor, content);
      byCourse(cursor, content);
      byPosition(cursor, content);
      trend(cursor, content);
      signature(cursor, content);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
