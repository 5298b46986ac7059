import type { CertificateListItem } from '@sen/contracts';
import ExcelJS from 'exceljs';
import { vietnamWallClock } from '../../core/time/vietnam-time';

/** Excel has no time zones: a date cell shows the wall clock it is given, so give it Vietnam's. */
function excelDate(iso: string | null): Date | null {
  return iso === null ? null : vietnamWallClock(new Date(iso));
}

const STATUS_VI: Record<CertificateListItem['status'], string> = {
  valid: 'Còn hiệu lực',
  revoked: 'Đã thu hồi',
  expired: 'Hết hạn',
};

/**
 * Certificates as a workbook for reports: Vietnamese headers (the union files reports in Vietnamese), real date
 * cells, text cells for names and codes — strings are never read as formulas, whatever they start with.
 */
export async function certificatesXlsx(items: CertificateListItem[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sen';
  const sheet = workbook.addWorksheet('Chứng nhận', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Số chứng nhận', key: 'code', width: 22 },
    { header: 'Họ và tên', key: 'holder', width: 28 },
    { header: 'Đơn vị', key: 'unit', width: 30 },
    { header: 'Khóa học', key: 'course', width: 48 },
    { header: 'Phiên bản', key: 'version', width: 10 },
    { header: 'Đơn vị cấp', key: 'issuer', width: 34 },
    { header: 'Ngày cấp', key: 'issuedAt', width: 18, style: { numFmt: 'dd/mm/yyyy hh:mm' } },
    { header: 'Hết hạn', key: 'expiresAt', width: 14, style: { numFmt: 'dd/mm/yyyy' } },
    { header: 'Trạng thái', key: 'status', width: 14 },
    { header: 'Lý do thu hồi', key: 'revokedReason', width: 30 },
    { header: 'Lần cấp lại', key: 'reissueNo', width: 11 },
    { header: 'Trang xác minh', key: 'url', width: 50 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 12 } };
  for (const c of items) {
    sheet.addRow({
      code: c.code,
      holder: c.holderName,
      unit: c.unit.name,
      course: c.course.name,
      version: c.courseVersion,
      issuer: c.issuerName,
      issuedAt: excelDate(c.issuedAt),
      expiresAt: excelDate(c.expiresAt),
      status: STATUS_VI[c.status],
      revokedReason: c.revokedReason,
      reissueNo: c.reissueNo,
      url: c.verificationUrl,
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
