import type { MailMessage } from '../../core/mail/mailer';
import { vietnameseShortDate } from './periods/report-periods';
import { countVi, percentVi } from './render/report-content';
import type { ReportSummary } from './report-runs.repository';

export interface ReportMailInput {
  to: string;
  recipientName: string;
  messageId: string;
  summary: ReportSummary;
  period: { key: string; start: string; end: string };
  /** The recipient's signed page: the report online and the receipt button. */
  link: string;
  attachments: { pdf: { filename: string; content: Buffer }; xlsx: { filename: string; content: Buffer } };
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function headlineLines(summary: ReportSummary): string[] {
  const h = summary.headline;
  return [
    `Số cán bộ phải học: ${countVi(h.required)}`,
    `Đã hoàn thành: ${countVi(h.completed)} (${percentVi(h.completionRate)})`,
    `Dự kiểm tra: ${countVi(h.sat)}; đạt yêu cầu: ${countVi(h.passed)} (${percentVi(h.passRate)})`,
    `Đơn vị đã tổ chức học trong kỳ: ${countVi(h.activeUnits)}/${countVi(h.units)}`,
  ];
}

/**
 * A recipient's copy of a report, in Vietnamese: the headline numbers in the body, both files attached, and her
 * signed link. The link opens a page whose button confirms receipt with a POST: mail scanners that follow every
 * link of a message (to check it for malware) must not confirm anything on her behalf.
 */
export function reportMail(input: ReportMailInput): MailMessage {
  const { summary } = input;
  // A month or a quarter is named without its dates; a cohort's or a chosen period's title already has them.
  const span = /^\d{4}-(\d{2}|Q\d)$/.test(input.period.key)
    ? ` (từ ngày ${vietnameseShortDate(input.period.start)} đến ngày ${vietnameseShortDate(input.period.end)})`
    : '';
  const intro = `${summary.issuer} trân trọng gửi ${summary.committee} báo cáo kết quả đào tạo, bồi dưỡng cán bộ — ${summary.periodTitle}${span}.`;
  const files = 'Báo cáo (tệp PDF) và bảng số liệu (tệp Excel) được đính kèm thư này.';
  const online = 'Xem báo cáo trực tuyến và xác nhận đã nhận báo cáo tại địa chỉ:';
  const footer = 'Thư được gửi tự động từ hệ thống Sen; vui lòng không trả lời thư này.';
  const lines = headlineLines(summary);

  const text = [
    `Kính gửi đồng chí ${input.recipientName},`,
    '',
    intro,
    '',
    'Kết quả chung:',
    ...lines.map((l) => `- ${l}`),
    '',
    files,
    online,
    input.link,
    '',
    footer,
  ].join('\n');

  const link = escapeHtml(input.link);
  const html = `<!doctype html>
<html lang="vi"><body style="font-family: Arial, sans-serif; color: #1f2933; line-height: 1.5">
<p>Kính gửi đồng chí ${escapeHtml(input.recipientName)},</p>
<p>${escapeHtml(intro)}</p>
<p><strong>Kết quả chung:</strong></p>
<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>
<p>${escapeHtml(files)}</p>
<p><a href="${link}" style="display: inline-block; padding: 10px 18px; background: #c2185b; color: #ffffff; text-decoration: none; border-radius: 4px">Xem báo cáo và xác nhận đã nhận</a></p>
<p style="font-size: 13px">${escapeHtml(online)}<br><a href="${link}">${link}</a></p>
<p style="font-size: 12px; color: #52606d">${escapeHtml(footer)}</p>
</body></html>`;

  return {
    to: input.to,
    subject: `${summary.title} — ${summary.issuer}`,
    text,
    html,
    messageId: input.messageId,
    attachments: [
      { ...input.attachments.pdf, contentType: 'application/pdf' },
      {
        ...input.attachments.xlsx,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    ],
  };
}
