import { Logger } from '@nestjs/common';
import { Mailer, MailDeliveryError } from '../src/core/mail/mailer';
import { SmtpTestServer } from './support/smtp-test-server';
import { testConfig } from './support/test-config';

/** The mailer against a real SMTP server: what arrives, and how refusals and outages are told apart. */
describe('mailer', () => {
  let smtp: SmtpTestServer;
  let mailer: Mailer;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    smtp = await SmtpTestServer.start();
    mailer = new Mailer(testConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'Hội LHPN tỉnh <bao-cao@sen.example.vn>' }));
    mailer.onModuleInit();
  });
  afterAll(async () => {
    mailer.onApplicationShutdown();
    await smtp.stop();
  });

  it('sends plain text, HTML and attachments from MAIL_FROM, with Vietnamese intact', async () => {
    const pdf = Buffer.from('%PDF-1.7\n% báo cáo\n%%EOF\n');
    const outcome = await mailer.send({
      to: 'chu-tich@example.org',
      subject: 'Báo cáo hoàn thành khóa học — quý I',
      text: 'Kính gửi Ban Thường vụ,\nĐính kèm báo cáo quý I.',
      html: '<p>Kính gửi Ban Thường vụ,</p><p>Đính kèm báo cáo quý I.</p>',
      attachments: [
        { filename: 'báo-cáo-quý-1.pdf', content: pdf, contentType: 'application/pdf' },
        { filename: 'so-lieu.csv', content: 'Đơn vị;Số người\nMinh Tân;12\n' },
      ],
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
    expect(outcome).toEqual({ status: 'sent', messageId: expect.any(String) });

    const [mail, ...others] = smtp.for('chu-tich@example.org');
    expect(others).toEqual([]);
    expect(mail!.from).toBe('bao-cao@sen.example.vn');
    expect(mail!.subject).toBe('Báo cáo hoàn thành khóa học — quý I');
    expect(mail!.text).toBe('Kính gửi Ban Thường vụ,\nĐính kèm báo cáo quý I.');
    expect(mail!.html).toBe('<p>Kính gửi Ban Thường vụ,</p><p>Đính kèm báo cáo quý I.</p>');
    expect(mail!.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail!.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['báo-cáo-quý-1.pdf', 'application/pdf'],
      ['so-lieu.csv', 'text/csv'],
    ]);
    expect(mail!.attachments[0]!.content.equals(pdf)).toBe(true);
    expect(mail!.attachments[1]!.content.toString('utf8')).toBe('Đơn vị;Số người\nMinh Tân;12\n');
  });

  it('tells a refusal for good from a relay that may accept later', async () => {
    smtp.refuseRecipients.set('khong-ton-tai@example.org', { code: 550, message: 'No such user' });
    smtp.refuseRecipients.set('tam-hoan@example.org', { code: 450, message: 'Try again later' });
    const send = (to: string): Promise<unknown> => mailer.send({ to, subject: 'Thử', text: 'Thử' });

    await expect(send('khong-ton-tai@example.org')).rejects.toMatchObject({ permanent: true });
    await expect(send('tam-hoan@example.org')).rejects.toMatchObject({ permanent: false });
    await expect(send('not an address')).rejects.toMatchObject({ permanent: true });

    smtp.refuseSender = { code: 553, message: 'Sender not allowed' };
    // A refused sender is our configuration, not the message: it may be fixed, so not permanent.
    await expect(send('ai-do@example.org')).rejects.toMatchObject({ permanent: false });
    smtp.refuseSender = null;

    await smtp.stop();
    const down = await send('ai-do@example.org').catch((e: unknown) => e);
    expect(down).toBeInstanceOf(MailDeliveryError);
    expect(down).toMatchObject({ permanent: false });
    await smtp.restart();
    await expect(send('ai-do@example.org')).resolves.toMatchObject({ status: 'sent' });
    expect(smtp.for('ai-do@example.org')).toHaveLength(1);
  });

  it('without SMTP_URL sends nothing and says so', async () => {
    const unconfigured = new Mailer(testConfig());
    expect(unconfigured.configured).toBe(false);
    await expect(unconfigured.send({ to: 'ai-do@example.org', subject: 'Thử', text: 'Thử' })).resolves.toEqual({
      status: 'not-configured',
    });
  });
});
