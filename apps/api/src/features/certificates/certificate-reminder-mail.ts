import { vietnamDay } from '../../core/time/vietnam-time';

export type MailLocale = 'vi' | 'en';

export interface CertificateReminderMailInput {
  locale: MailLocale;
  holderName: string;
  courseTitle: string;
  code: string;
  expiresAt: Date;
  /** The site's public address (PUBLIC_URL), with or without a trailing slash. */
  publicUrl: string;
}

export interface CertificateReminderMail {
  subject: string;
  text: string;
  html: string;
}

/** "02/04/2061": the calendar day in Asia/Ho_Chi_Minh, day first as Vietnamese readers write it. */
export function dayInVietnam(instant: Date): string {
  const { year, month, day } = vietnamDay(instant);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface Texts {
  subject: string;
  greeting: string;
  expires: string;
  renew: string;
  after: string;
  closing: string;
  signature: string;
  automatic: string;
}

/** The words of the message; values are inserted already escaped for the part they go into. */
function texts(locale: MailLocale, v: { holder: string; course: string; code: string; date: string }): Texts {
  switch (locale) {
    case 'vi':
      return {
        subject: `Chứng nhận “${v.course}” sẽ hết hạn vào ngày ${v.date}`,
        greeting: `Xin chào ${v.holder},`,
        expires: `Chứng nhận hoàn thành khóa học “${v.course}” của bạn (mã ${v.code}) sẽ hết hạn vào ngày ${v.date}.`,
        renew: 'Để gia hạn, bạn hãy đăng nhập và học lại khóa học để được cấp chứng nhận mới tại:',
        after: `Sau ngày ${v.date}, chứng nhận này vẫn nằm trong hồ sơ của bạn nhưng khi tra cứu sẽ hiện là đã hết hạn.`,
        closing: 'Trân trọng,',
        signature: 'Sen – Nền tảng học tập của Hội Liên hiệp Phụ nữ',
        automatic: 'Đây là thư tự động, vui lòng không trả lời thư này.',
      };
    case 'en':
      return {
        subject: `Your certificate “${v.course}” expires on ${v.date}`,
        greeting: `Hello ${v.holder},`,
        expires: `Your certificate for completing the course “${v.course}” (code ${v.code}) expires on ${v.date}.`,
        renew: 'To renew it, sign in and take the course again to receive a new certificate:',
        after: `After ${v.date} the certificate stays in your records, but a verification shows it as expired.`,
        closing: 'Kind regards,',
        signature: "Sen – the learning platform of the Women's Union",
        automatic: 'This message was sent automatically; please do not reply to it.',
      };
  }
}

/** The reminder a holder receives before her certificate expires, as plain text and HTML, in her language. */
export function certificateReminderMail(input: CertificateReminderMailInput): CertificateReminderMail {
  const url = `${input.publicUrl.replace(/\/+$/, '')}/certificates`;
  const values = {
    holder: input.holderName.normalize('NFC'),
    course: input.courseTitle.normalize('NFC'),
    code: input.code,
    date: dayInVietnam(input.expiresAt),
  };
  const t = texts(input.locale, values);
  const h = texts(
    input.locale,
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, escapeHtml(v)])) as typeof values,
  );
  const text = [
    t.greeting,
    '',
    t.expires,
    '',
    t.renew,
    url,
    '',
    t.after,
    '',
    t.closing,
    t.signature,
    '',
    `(${t.automatic})`,
    '',
  ].join('\n');
  const href = escapeHtml(url);
  const html = `<!doctype html>
<html lang="${input.locale}">
<head><meta charset="utf-8"><title>${h.subject}</title></head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1b1e">
<p>${h.greeting}</p>
<p>${h.expires}</p>
<p>${h.renew}<br><a href="${href}">${href}</a></p>
<p>${h.after}</p>
<p>${h.closing}<br>${h.signature}</p>
<p style="font-size: 13px; color: #5c5f66">${h.automatic}</p>
</body>
</html>
`;
  return { subject: t.subject, text, html };
}
