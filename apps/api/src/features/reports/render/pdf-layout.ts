/** A4 portrait in points, with the margins of an administrative document (Decree 30/2020: left 30 mm). */
export const PAGE = { width: 595.28, height: 841.89, left: 78, right: 48, top: 48, bottom: 56 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const TEXT_COLOUR = '#111111';
export const RULE_COLOUR = '#555555';
export const HEAD_FILL = '#f1e4ea';

export type Face = 'regular' | 'bold' | 'italic';

/**
 * Where the next line goes, and a new page when the next block would not fit. pdfkit's own flow would also break
 * pages, but in the middle of a table row or under a heading; here a block asks for the room it needs first.
 */
export class PdfCursor {
  y: number = PAGE.top;
  /** Pages so far: a table compares it before and after a row to repeat its header. */
  pages = 1;

  constructor(readonly doc: PDFKit.PDFDocument) {}

  /** Starts a new page unless `height` more points fit on this one. */
  need(height: number): void {
    if (this.y + height <= PAGE.height - PAGE.bottom) return;
    this.doc.addPage();
    this.pages += 1;
    this.y = PAGE.top;
  }

  /** Text across the content width (or a box), wrapped; moves the cursor below it. */
  text(
    value: string,
    options: { face?: Face; size?: number; align?: 'left' | 'center' | 'right' | 'justify'; gap?: number } = {},
    box: { left: number; width: number } = { left: PAGE.left, width: CONTENT_WIDTH },
  ): void {
    const { doc } = this;
    doc
      .font(options.face ?? 'regular')
      .fontSize(options.size ?? 12)
      .fillColor(TEXT_COLOUR);
    const height = doc.heightOfString(value, { width: box.width, lineGap: 2 });
    this.need(height);
    doc.text(value, box.left, this.y, { width: box.width, align: options.align ?? 'left', lineGap: 2 });
    this.y += height + (options.gap ?? 4);
  }
}

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'center' | 'right';
}

const CELL_PAD = 3;
const TABLE_SIZE = 9;

function rowHeight(doc: PDFKit.PDFDocument, columns: readonly Column[], cells: readonly string[], face: Face): number {
  doc.font(face).fontSize(TABLE_SIZE);
  let height = 0;
  columns.forEach((column, i) => {
    height = Math.max(height, doc.heightOfString(cells[i] ?? '', { width: column.width - 2 * CELL_PAD }));
  });
  return height + 2 * CELL_PAD;
}

function drawRow(
  cursor: PdfCursor,
  columns: readonly Column[],
  cells: readonly string[],
  style: { face: Face; fill?: string },
): void {
  const { doc } = cursor;
  const height = rowHeight(doc, columns, cells, style.face);
  cursor.need(height);
  let x = PAGE.left;
  for (const [i, column] of columns.entries()) {
    if (style.fill) doc.rect(x, cursor.y, column.width, height).fill(style.fill);
    doc.rect(x, cursor.y, column.width, height).lineWidth(0.5).stroke(RULE_COLOUR);
    doc
      .font(style.face)
      .fontSize(TABLE_SIZE)
      .fillColor(TEXT_COLOUR)
      .text(cells[i] ?? '', x + CELL_PAD, cursor.y + CELL_PAD, {
        width: column.width - 2 * CELL_PAD,
        align: column.align ?? 'left',
      });
    x += column.width;
  }
  cursor.y += height;
}

/**
 * A ruled table whose header row is repeated on every page it spans; a total row, when given, is set in bold.
 * Column widths are scaled to the content width.
 */
export function drawTable(
  cursor: PdfCursor,
  columns: readonly Column[],
  rows: readonly string[][],
  total?: readonly string[],
): void {
  if (rows.length === 0 && !total) {
    cursor.text('Không có số liệu trong kỳ.', { face: 'italic', size: 11, gap: 8 });
    return;
  }
  const sum = columns.reduce((s, c) => s + c.width, 0);
  const scaled = columns.map((c) => ({ ...c, width: (c.width / sum) * CONTENT_WIDTH }));
  const header = scaled.map((c) => c.header);
  const headerHeight = rowHeight(cursor.doc, scaled, header, 'bold');
  // The header never stands alone at the foot of a page.
  cursor.need(headerHeight + rowHeight(cursor.doc, scaled, rows[0] ?? total ?? [], 'regular'));
  drawRow(cursor, scaled, header, { face: 'bold', fill: HEAD_FILL });
  for (const row of rows) {
    const before = cursor.pages;
    cursor.need(rowHeight(cursor.doc, scaled, row, 'regular'));
    if (cursor.pages !== before) drawRow(cursor, scaled, header, { face: 'bold', fill: HEAD_FILL });
    drawRow(cursor, scaled, row, { face: 'regular' });
  }
  if (total) drawRow(cursor, scaled, total, { face: 'bold' });
  cursor.y += 8;
}
