import PDFDocument from 'pdfkit';
import { certificateFonts, missingGlyphs, type CertificateFonts } from './fonts';
import { qrRuns } from './qr-runs';
import { vietnameseDate } from './vietnamese-date';

/** What a certificate says about one holder. */
export interface CertificateContent {
  holderName: string;
  courseTitle: string;
  /** The union that issues it, e.g. "Hội Liên hiệp Phụ nữ tỉnh Nam Định". */
  issuerName: string;
  issuedAt: Date;
  expiresAt?: Date | null;
  /** Where it was issued, printed before the date ("Nam Định, ngày …"), as on official documents. */
  issuePlace?: string | null;
  /** The short human-typable code, e.g. "7KX3-9QPM". */
  shortCode: string;
  /** The public verification page the QR code points to. */
  verificationUrl: string;
}

/** How one course's certificates look. */
export interface CertificateTemplate {
  /** PNG or JPEG bytes. */
  logo?: Uint8Array | null;
  signatoryName: string;
  signatoryTitle: string;
  /** "#RRGGBB": borders, the union and the holder's name. */
  primaryColour: string;
  /** "#RRGGBB": the heading and the inner frame. */
  accentColour: string;
}

/** The input cannot make a correct certificate; `field` names the culprit for a 4xx message. */
export class CertificateInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'CertificateInputError';
  }
}

// A4 landscape, in points.
const WIDTH = 841.89;
const HEIGHT = 595.28;
const TEXT_COLOUR = '#1f2933';
const MUTED_COLOUR = '#52606d';
const BODY_LEFT = 100;
const BODY_WIDTH = WIDTH - 2 * BODY_LEFT;
const QR_SIZE = 96;
const QR_LEFT = 76;
const QR_TOP = 418;
const SIGNATURE_LEFT = 500;
const SIGNATURE_WIDTH = 270;
const PRODUCER = 'Sen';

interface Fitted {
  size: number;
  height: number;
}

interface Prepared {
  holderName: string;
  courseTitle: string;
  issuerName: string;
  issuePlace: string | null;
  shortCode: string;
  verificationUrl: string;
  signatoryName: string;
  signatoryTitle: string;
  primary: string;
  accent: string;
}

/** Composed (NFC) and with runs of whitespace collapsed: "Nguyễn" typed on macOS arrives decomposed. */
function clean(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

function required(field: string, value: string): string {
  const text = clean(value);
  if (!text) throw new CertificateInputError(field, 'must not be empty');
  return text;
}

function colour(field: string, value: string): string {
  if (!/^#[0-9a-f]{6}$/iu.test(value)) throw new CertificateInputError(field, 'must be a colour like #C2185B');
  return value;
}

function logoBytes(logo: Uint8Array | null | undefined): Buffer | null {
  if (!logo || logo.length === 0) return null;
  const bytes = Buffer.from(logo.buffer, logo.byteOffset, logo.byteLength);
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!png && !jpeg) throw new CertificateInputError('logo', 'must be a PNG or JPEG image');
  return bytes;
}

function prepare(content: CertificateContent, template: CertificateTemplate, fonts: CertificateFonts): Prepared {
  const prepared: Prepared = {
    holderName: required('holderName', content.holderName),
    courseTitle: required('courseTitle', content.courseTitle),
    issuerName: required('issuerName', content.issuerName),
    issuePlace: content.issuePlace ? clean(content.issuePlace) || null : null,
    shortCode: required('shortCode', content.shortCode),
    verificationUrl: required('verificationUrl', content.verificationUrl),
    signatoryName: required('signatoryName', template.signatoryName),
    signatoryTitle: required('signatoryTitle', template.signatoryTitle),
    primary: colour('primaryColour', template.primaryColour),
    accent: colour('accentColour', template.accentColour),
  };
  if (!/^https?:\/\/\S+$/u.test(prepared.verificationUrl)) {
    throw new CertificateInputError('verificationUrl', 'must be an absolute http(s) URL');
  }
  const { primary: _primary, accent: _accent, ...printed } = prepared;
  for (const [field, value] of Object.entries(printed)) {
    if (value === null) continue;
    const missing = [...missingGlyphs(fonts.regular, value), ...missingGlyphs(fonts.bold, value)];
    if (missing.length > 0) {
      throw new CertificateInputError(
        field,
        `has characters the certificate font cannot print: ${[...new Set(missing)].join(' ')}`,
      );
    }
  }
  for (const [field, date] of [
    ['issuedAt', content.issuedAt],
    ['expiresAt', content.expiresAt],
  ] as const) {
    if (date !== null && date !== undefined && Number.isNaN(date.getTime())) {
      throw new CertificateInputError(field, 'must be a valid date');
    }
  }
  return prepared;
}

/**
 * The largest size from `max` down to `min` at which `text` fits `width` × `height`: one line when it
 * can, wrapped when even `min` on one line is too wide (a very long name still stays on the page).
 */
function fit(
  doc: PDFKit.PDFDocument,
  text: string,
  box: { width: number; height: number; max: number; min: number },
): Fitted {
  doc.fontSize(1);
  const singleLine = Math.min(box.max, Math.floor((box.width / doc.widthOfString(text)) * 10) / 10);
  if (singleLine >= box.min) return { size: singleLine, height: doc.fontSize(singleLine).currentLineHeight() };
  for (let size = box.min; size > 6; size -= 0.5) {
    const height = doc.fontSize(size).heightOfString(text, { width: box.width });
    if (height <= box.height) return { size, height };
  }
  return { size: 6, height: box.height };
}

function centred(
  doc: PDFKit.PDFDocument,
  text: string,
  y: number,
  style: { font: string; colour: string; width?: number; left?: number; height: number; max: number; min: number },
): number {
  const width = style.width ?? BODY_WIDTH;
  const left = style.left ?? BODY_LEFT;
  doc.font(style.font);
  const { size, height } = fit(doc, text, { width, height: style.height, max: style.max, min: style.min });
  doc
    .fontSize(size)
    .fillColor(style.colour)
    // `height` keeps pdfkit from ever opening a second page for text that overflows.
    .text(text, left, y, { width, height: Math.max(height, style.height), align: 'center', lineGap: 0 });
  return y + height;
}

function drawQr(doc: PDFKit.PDFDocument, url: string): void {
  const { size, runs } = qrRuns(url);
  const module = QR_SIZE / size;
  // The page is white; the quiet zone (4 modules) is kept clear by the layout around it.
  for (const run of runs) {
    doc.rect(QR_LEFT + run.x * module, QR_TOP + run.y * module, run.length * module, module);
  }
  doc.fill('#000000');
}

function draw(doc: PDFKit.PDFDocument, text: Prepared, content: CertificateContent, logo: Buffer | null): void {
  const { primary, accent } = text;

  doc
    .rect(18, 18, WIDTH - 36, HEIGHT - 36)
    .lineWidth(6)
    .stroke(primary);
  doc
    .rect(32, 32, WIDTH - 64, HEIGHT - 64)
    .lineWidth(1)
    .stroke(accent);

  let y = 52;
  if (logo) {
    doc.image(logo, WIDTH / 2 - 36, y, { fit: [72, 64], align: 'center', valign: 'center' });
    y += 70;
  } else {
    y += 34;
  }
  y = centred(doc, text.issuerName.toLocaleUpperCase('vi'), y, {
    font: 'bold',
    colour: primary,
    height: 36,
    max: 15,
    min: 11,
  });
  y = centred(doc, 'GIẤY CHỨNG NHẬN', y + 12, { font: 'bold', colour: accent, height: 44, max: 34, min: 34 });
  y = centred(doc, 'Chứng nhận', y + 8, { font: 'regular', colour: MUTED_COLOUR, height: 18, max: 13, min: 13 });
  y = centred(doc, text.holderName, y + 6, { font: 'bold', colour: primary, height: 58, max: 38, min: 22 });
  y = centred(doc, 'đã hoàn thành khóa học', y + 8, {
    font: 'regular',
    colour: MUTED_COLOUR,
    height: 18,
    max: 13,
    min: 13,
  });
  y = centred(doc, text.courseTitle, y + 6, { font: 'bold', colour: TEXT_COLOUR, height: 62, max: 22, min: 14 });
  if (content.expiresAt) {
    centred(doc, `Có giá trị đến ${vietnameseDate(content.expiresAt)}`, y + 8, {
      font: 'regular',
      colour: MUTED_COLOUR,
      height: 16,
      max: 11,
      min: 11,
    });
  }

  drawQr(doc, text.verificationUrl);
  const codeTop = QR_TOP + QR_SIZE + 6;
  centred(doc, text.shortCode, codeTop, {
    font: 'bold',
    colour: TEXT_COLOUR,
    left: QR_LEFT - 30,
    width: QR_SIZE + 60,
    height: 16,
    max: 12,
    min: 8,
  });
  centred(doc, 'Mã xác thực', QR_TOP - 16, {
    font: 'regular',
    colour: MUTED_COLOUR,
    left: QR_LEFT - 30,
    width: QR_SIZE + 60,
    height: 12,
    max: 9,
    min: 9,
  });

  const date = vietnameseDate(content.issuedAt);
  const dateLine = text.issuePlace ? `${text.issuePlace}, ${date}` : date;
  const signature = { left: SIGNATURE_LEFT, width: SIGNATURE_WIDTH };
  const titleTop = centred(doc, dateLine, 418, {
    ...signature,
    font: 'regular',
    colour: TEXT_COLOUR,
    height: 16,
    max: 12,
    min: 9,
  });
  // The room between the title and the name is left for the handwritten signature and the seal.
  centred(doc, text.signatoryTitle.toLocaleUpperCase('vi'), titleTop + 4, {
    ...signature,
    font: 'bold',
    colour: TEXT_COLOUR,
    height: 32,
    max: 12,
    min: 9,
  });
  centred(doc, text.signatoryName, 528, {
    ...signature,
    font: 'bold',
    colour: TEXT_COLOUR,
    height: 20,
    max: 14,
    min: 10,
  });
}

/**
 * One certificate as a one-page A4 landscape PDF with both faces embedded as subsets. The same input
 * gives the same bytes: the document's dates are the issue date and its ID is derived from them, so a
 * certificate generated again (a lost file, a re-run job) is identical to the stored one.
 */
export async function renderCertificate(
  content: CertificateContent,
  template: CertificateTemplate,
  fonts: CertificateFonts = certificateFonts(),
): Promise<Buffer> {
  const text = prepare(content, template, fonts);
  const logo = logoBytes(template.logo);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    lang: 'vi-VN',
    displayTitle: true,
    // No default Helvetica: every text is set in the embedded faces.
    font: '',
    info: {
      Title: `Giấy chứng nhận — ${text.holderName}`,
      Subject: text.courseTitle,
      Author: text.issuerName,
      Creator: PRODUCER,
      Producer: PRODUCER,
      CreationDate: content.issuedAt,
      ModDate: content.issuedAt,
    },
  });
  // pdfkit accepts an already parsed fontkit font (it checks for `layout`), which @types/pdfkit does not
  // declare; passing the shared parse is what keeps a render from re-reading 200 KB of font tables.
  doc.registerFont('regular', fonts.regular as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('bold', fonts.bold as unknown as PDFKit.Mixins.PDFFontSource);

  return await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      draw(doc, text, content, logo);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
