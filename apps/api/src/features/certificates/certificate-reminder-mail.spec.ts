import { certificateReminderMail, dayInVietnam } from './certificate-reminder-mail';

describe('certificate reminder mail', () => {
  const input = {
    holderName: 'Nguyễn Thị Ngọc Ánh',
    courseTitle: 'Kỹ năng lãnh đạo Hội cơ sở',
    code: 'SEN-7K2M-Q9XA',
    // 17:30 UTC on 31 December is already New Year's Day in Vietnam.
    expiresAt: new Date('2026-12-31T17:30:00Z'),
    publicUrl: 'https://sen.example.vn/',
  };

  it('writes the day in Vietnam, day first, two digits each', () => {
    expect(dayInVietnam(new Date('2026-12-31T17:30:00Z'))).toBe('01/01/2027');
    expect(dayInVietnam(new Date('2026-12-31T16:59:59Z'))).toBe('31/12/2026');
    expect(dayInVietnam(new Date('2027-03-05T00:00:00Z'))).toBe('05/03/2027');
  });

  it('is written in Vietnamese for a Vietnamese reader', () => {
    const mail = certificateReminderMail({ ...input, locale: 'vi' });
    expect(mail.subject).toBe('Chứng nhận “Kỹ năng lãnh đạo Hội cơ sở” sẽ hết hạn vào ngày 01/01/2027');
    expect(mail.text).toBe(
      [
        'Xin chào Nguyễn Thị Ngọc Ánh,',
        '',
        'Chứng nhận hoàn thành khóa học “Kỹ năng lãnh đạo Hội cơ sở” của bạn (mã SEN-7K2M-Q9XA) sẽ hết hạn vào ngày 01/01/2027.',
        '',
        'Để gia hạn, bạn hãy đăng nhập và học lại khóa học để được cấp chứng nhận mới tại:',
        'https://sen.example.vn/certificates',
        '',
        'Sau ngày 01/01/2027, chứng nhận này vẫn nằm trong hồ sơ của bạn nhưng khi tra cứu sẽ hiện là đã hết hạn.',
        '',
        'Trân trọng,',
        'Sen – Nền tảng học tập của Hội Liên hiệp Phụ nữ',
        '',
        '(Đây là thư tự động, vui lòng không trả lời thư này.)',
        '',
      ].join('\n'),
    );
    expect(mail.html).toContain('<html lang="vi">');
    expect(mail.html).toContain(
      '<a href="https://sen.example.vn/certificates">https://sen.example.vn/certificates</a>',
    );
  });

  it('is written in English for an English reader, with the course title as it is', () => {
    const mail = certificateReminderMail({ ...input, locale: 'en', publicUrl: 'https://sen.example.vn' });
    expect(mail.subject).toBe('Your certificate “Kỹ năng lãnh đạo Hội cơ sở” expires on 01/01/2027');
    expect(mail.text).toContain('Hello Nguyễn Thị Ngọc Ánh,');
    expect(mail.text).toContain('(code SEN-7K2M-Q9XA) expires on 01/01/2027.');
    expect(mail.text).toContain('\nhttps://sen.example.vn/certificates\n');
    expect(mail.html).toContain('<html lang="en">');
  });

  it('composes decomposed Vietnamese marks and escapes names and titles in HTML only', () => {
    const mail = certificateReminderMail({
      ...input,
      locale: 'vi',
      holderName: 'Trần Thị "Bé" <Hoa>'.normalize('NFD'),
      courseTitle: 'An toàn & bảo mật <cơ bản>',
    });
    expect(mail.subject).toBe('Chứng nhận “An toàn & bảo mật <cơ bản>” sẽ hết hạn vào ngày 01/01/2027');
    expect(mail.text).toContain('Xin chào Trần Thị "Bé" <Hoa>,');
    expect(mail.html).toContain('Xin chào Trần Thị &#34;Bé&#34; &#60;Hoa&#62;,');
    expect(mail.html).toContain('“An toàn &#38; bảo mật &#60;cơ bản&#62;”');
    expect(mail.html).not.toContain('<Hoa>');
  });
});
