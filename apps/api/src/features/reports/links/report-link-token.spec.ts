import { randomUUID } from 'node:crypto';
import { messageIdDomain } from './report-links';
import { reportLinkToken, verifyReportLinkToken } from './report-link-token';

describe('report link tokens', () => {
  const secret = 'a secret of at least thirty-two characters';
  const id = randomUUID();

  it('names the delivery it was made for, and only with the same secret', () => {
    const token = reportLinkToken(secret, id);
    expect(token).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    expect(verifyReportLinkToken(secret, token)).toBe(id);
    expect(verifyReportLinkToken(`${secret}!`, token)).toBeNull();
  });

  it('refuses another delivery with this MAC, a changed MAC, and anything malformed', () => {
    const token = reportLinkToken(secret, id);
    const mac = token.slice(37);
    expect(verifyReportLinkToken(secret, `${randomUUID()}.${mac}`)).toBeNull();
    const flipped = `${mac.slice(0, 5)}${mac[5] === 'A' ? 'B' : 'A'}${mac.slice(6)}`;
    expect(verifyReportLinkToken(secret, `${id}.${flipped}`)).toBeNull();
    for (const bad of ['', id, `${id}.`, `${id}.${mac}x`, `x${token}`, token.replace('.', '-'), 'a.b']) {
      expect(verifyReportLinkToken(secret, bad)).toBeNull();
    }
  });

  it("takes the Message-ID domain from the sender's address, else from the site", () => {
    expect(messageIdDomain('Hội LHPN <no-reply@Hoi.Example.vn>', 'https://sen.example.vn')).toBe('hoi.example.vn');
    expect(messageIdDomain('no-reply@sen.local', 'http://localhost:3000')).toBe('sen.local');
    expect(messageIdDomain('Sen <no-reply>', 'https://sen.example.vn/app')).toBe('sen.example.vn');
  });
});
