import { CONTENT_WIDTH, PAGE, RULE_COLOUR, TEXT_COLOUR, type PdfCursor } from './pdf-layout';
import { percentVi } from './report-content';

const BAR_COLOUR = '#c2185b';
const GRID_COLOUR = '#d0d0d0';
const LABEL_WIDTH = 170;
const BAR_ROW = 16;
const TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * Horizontal bars of a share per label (0–100 %), drawn as vector shapes so that they print sharp and cost a
 * few hundred bytes. Horizontal because the labels are unit names, often long. A label without a value (nobody
 * required) gets no bar and a dash.
 */
export function drawBarChart(
  cursor: PdfCursor,
  title: string,
  bars: readonly { label: string; value: number | null }[],
) {
  const { doc } = cursor;
  const plotLeft = PAGE.left + LABEL_WIDTH;
  const plotWidth = CONTENT_WIDTH - LABEL_WIDTH - 44;
  const height = 18 + bars.length * BAR_ROW + 16;
  cursor.need(height);
  doc.font('bold').fontSize(10).fillColor(TEXT_COLOUR).text(title, PAGE.left, cursor.y, { width: CONTENT_WIDTH });
  const top = cursor.y + 18;
  const bottom = top + bars.length * BAR_ROW;

  for (const tick of TICKS) {
    const x = plotLeft + tick * plotWidth;
    doc.moveTo(x, top).lineTo(x, bottom).lineWidth(0.4).stroke(GRID_COLOUR);
    doc
      .font('regular')
      .fontSize(7)
      .fillColor(TEXT_COLOUR)
      .text(`${tick * 100} %`, x - 15, bottom + 3, { width: 30, align: 'center' });
  }
  bars.forEach((bar, i) => {
    const y = top + i * BAR_ROW;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(TEXT_COLOUR)
      .text(bar.label, PAGE.left, y + 3, { width: LABEL_WIDTH - 6, height: BAR_ROW, ellipsis: true, lineBreak: false });
    if (bar.value !== null) {
      const width = Math.max(0, Math.min(1, bar.value)) * plotWidth;
      if (width > 0) doc.rect(plotLeft, y + 3, width, BAR_ROW - 6).fill(BAR_COLOUR);
    }
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(TEXT_COLOUR)
      .text(percentVi(bar.value), plotLeft + plotWidth + 4, y + 3, { width: 40, lineBreak: false });
  });
  doc.moveTo(plotLeft, top).lineTo(plotLeft, bottom).lineWidth(0.6).stroke(RULE_COLOUR);
  cursor.y = bottom + 22;
}

/** A share over time as a polyline with its points marked, 0–100 % on the vertical axis. */
export function drawTrendChart(
  cursor: PdfCursor,
  title: string,
  points: readonly { label: string; value: number | null }[],
) {
  const { doc } = cursor;
  const plotLeft = PAGE.left + 34;
  const plotWidth = CONTENT_WIDTH - 44;
  const plotHeight = 120;
  cursor.need(18 + plotHeight + 30);
  doc.font('bold').fontSize(10).fillColor(TEXT_COLOUR).text(title, PAGE.left, cursor.y, { width: CONTENT_WIDTH });
  const top = cursor.y + 18;
  const bottom = top + plotHeight;

  for (const tick of TICKS) {
    const y = bottom - tick * plotHeight;
    doc
      .moveTo(plotLeft, y)
      .lineTo(plotLeft + plotWidth, y)
      .lineWidth(0.4)
      .stroke(GRID_COLOUR);
    doc
      .font('regular')
      .fontSize(7)
      .fillColor(TEXT_COLOUR)
      .text(`${tick * 100} %`, PAGE.left, y - 4, { width: 30, align: 'right' });
  }
  const step = points.length > 1 ? plotWidth / (points.length - 1) : 0;
  const at = (i: number, value: number) => ({
    x: plotLeft + (points.length > 1 ? i * step : plotWidth / 2),
    y: bottom - Math.max(0, Math.min(1, value)) * plotHeight,
  });
  let started = false;
  points.forEach((point, i) => {
    if (point.value === null) return;
    const { x, y } = at(i, point.value);
    if (started) doc.lineTo(x, y);
    else doc.moveTo(x, y);
    started = true;
  });
  if (started) doc.lineWidth(1.5).stroke(BAR_COLOUR);
  points.forEach((point, i) => {
    if (point.value === null) return;
    const { x, y } = at(i, point.value);
    doc.circle(x, y, 2).fill(BAR_COLOUR);
  });
  // First, middle and last dates: enough to read the time axis without crowding it.
  const labelled = new Set([0, Math.floor((points.length - 1) / 2), points.length - 1]);
  points.forEach((point, i) => {
    if (!labelled.has(i)) return;
    const x = at(i, 0).x;
    doc
      .font('regular')
      .fontSize(7)
      .fillColor(TEXT_COLOUR)
      .text(point.label, x - 30, bottom + 4, { width: 60, align: 'center' });
  });
  cursor.y = bottom + 24;
}
