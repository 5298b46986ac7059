import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { decodeQr, pdfText as pageText } from '../../../../test/support/pdf';
import {
  CertificateInputError,
  renderCertificate,
  type CertificateContent,
  type CertificateTemplate,
} from './render-certificate';

// These tests read the PDF back with poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm), as a
// reader's viewer would, instead of trusting what the renderer meant to write.
jest.setTimeout(20_000);

const content: CertificateContent = {
  holderName: 'Nguyễn Thị Ánh Tuyết',
  courseTitle: 'Kỹ năng chuyển đổi số cho cán bộ Hội cơ sở',
  issuerName: 'Hội Liên hiệp Phụ nữ tỉnh Nam Định',
  issuedAt: new Date('2026-11-24T02:15:00Z'),
  shortCode: '7KX3-9QPM',
  verificationUrl: 'https://sen.example.org/verify/7KX3-9QPM',
};

const template: CertificateTemplate = {
  signatoryName: 'Trần Thị Hồng Nhung',
  signatoryTitle: 'Chủ tịch',
  primaryColour: '#C2185B',
  accentColour: '#b8860b',
};

/**
 * Every Vietnamese letter, plain and with each of the five tone marks where it takes them, in both
 * cases, as short words (one per vowel) so that wrapping never splits one.
 */
function everyVietnameseLetter(): string[] {
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const words = ['bcdđghklmnpqrstvx'];
  for (const vowel of 'aăâeêioôơuưy') words.push(tones.map((tone) => (vowel + tone).normalize('NFC')).join(''));
  return [...words, ...words.map((word) => word.toLocaleUpperCase('vi'))];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sen-certificate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function saved(pdf: Buffer): string {
  const file = join(dir, `${files++}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

function poppler(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

function info(file: string): Record<string, string> {
  return Object.fromEntries(
    poppler('pdfinfo', '-isodates', file)
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

describe('renderCertificate', () => {
  it.each([
    ['Nguyễn Thị Ánh Tuyết', 'Kỹ năng chuyển đổi số cho cán bộ Hội cơ sở'],
    ['Đặng Thị Hương Giang', 'Tuyên truyền pháp luật về bình đẳng giới'],
    ['Trương Thị Bích Ngọc', 'Nghiệp vụ công tác Hội — xây dựng tổ chức Hội vững mạnh'],
  ])(
    'prints %s and "%s" exactly, with the union, the Vietnamese date and the code',
    async (holderName, courseTitle) => {
      const file = saved(await renderCertificate({ ...content, holderName, courseTitle }, template));
      const text = pageText(file);
      expect(text).toContain(holderName);
      expect(text).toContain(courseTitle);
      expect(text).toContain('HỘI LIÊN HIỆP PHỤ NỮ TỈNH NAM ĐỊNH');
      expect(text).toContain('ngày 24 tháng 11 năm 2026');
      expect(text).toContain('7KX3-9QPM');
      expect(text).toContain('Trần Thị Hồng Nhung');
    },
  );

  it('has a glyph for every Vietnamese letter with every tone mark, in both faces', async () => {
    const words = everyVietnameseLetter();
    expect(words.join('')).toHaveLength(178);
    const holderName = words.join(' ');
    const courseTitle = [...words].reverse().join(' ');
    const file = saved(await renderCertificate({ ...content, holderName, courseTitle }, template));
    const text = pageText(file).split(' ');
    // Once in the name (bold) and once in the course title.
    for (const word of words) expect(text.filter((w) => w === word)).toHaveLength(2);
  });

  it('composes decomposed input (NFD, as typed on some keyboards) and collapses stray spaces', async () => {
    const file = saved(
      await renderCertificate({ ...content, holderName: '  Nguyễn   Thị Ánh Tuyết '.normalize('NFD') }, template),
    );
    expect(pageText(file)).toContain('Nguyễn Thị Ánh Tuyết');
  });

  it('is one A4 landscape page with both faces embedded as subsets and no other font', async () => {
    const file = saved(await renderCertificate({ ...content, expiresAt: new Date('2028-11-24T02:15:00Z') }, template));
    const meta = info(file);
    expect(meta['Pages']).toBe('1');
    expect(meta['Page size']).toBe('841.89 x 595.28 pts (A4)');
    const fonts = poppler('pdffonts', file).trim().split('\n').slice(2);
    expect(fonts).toHaveLength(2);
    for (const line of fonts) {
      // name, type…, encoding, emb, sub, uni, object, generation
      const [name, ...rest] = line.trim().split(/\s+/u);
      const [emb, sub, uni] = rest.slice(-5, -2);
      expect(name).toMatch(/^[A-Z]{6}\+BeVietnamPro-(Regular|Bold)$/u);
      expect([emb, sub, uni]).toEqual(['yes', 'yes', 'yes']);
    }
    expect(pageText(file)).toContain('Có giá trị đến ngày 24 tháng 11 năm 2028');
  });

  it('draws a QR code that decodes to the verification URL', async () => {
    const verificationUrl = 'https://sen.example.org/verify/7KX3-9QPM';
    const file = saved(await renderCertificate({ ...content, verificationUrl }, template));
    expect(decodeQr(file)).toBe(verificationUrl);
  });

  it('draws the QR code as vector paths, not an image', async () => {
    const file = saved(await renderCertificate(content, template));
    expect(poppler('pdfimages', '-list', file).trim().split('\n').slice(2)).toEqual([]);
  });

  it('gives the same bytes for the same input, dated the issue date, and other bytes for another holder', async () => {
    const first = await renderCertificate(content, template);
    const again = await renderCertificate({ ...content }, { ...template });
    expect(again.equals(first)).toBe(true);
    const other = await renderCertificate({ ...content, holderName: 'Đặng Thị Hương Giang' }, template);
    expect(other.equals(first)).toBe(false);
    const meta = info(saved(first));
    expect(new Date(meta['CreationDate'] ?? '').toISOString()).toBe(content.issuedAt.toISOString());
    expect(meta['Producer']).toBe('Sen');
  });

  it('keeps a very long name and course title on the one page, whole', async () => {
    const holderName =
      'Tôn Nữ Hoàng Thị Phương Thảo Nguyễn Ngọc Bích Huyền Trân Công Huyền Tôn Nữ Diệu Hương Lê Phạm Quỳnh';
    const courseTitle =
      'Bồi dưỡng kiến thức, kỹ năng chuyển đổi số, truyền thông trên mạng xã hội và quản lý dữ liệu hội viên cho cán bộ chủ chốt Hội Liên hiệp Phụ nữ cấp xã, phường, thị trấn sau sắp xếp đơn vị hành chính năm 2025';
    const file = saved(await renderCertificate({ ...content, holderName, courseTitle }, template));
    expect(info(file)['Pages']).toBe('1');
    const text = pageText(file);
    expect(text).toContain(holderName);
    expect(text).toContain(courseTitle);
    expect(text).toContain('7KX3-9QPM');
  });

  it('places a PNG logo', async () => {
    const logo = new PNG({ width: 8, height: 8 });
    logo.data.fill(200);
    const file = saved(await renderCertificate(content, { ...template, logo: PNG.sync.write(logo) }));
    expect(info(file)['Pages']).toBe('1');
    const images = poppler('pdfimages', '-list', file).trim().split('\n').slice(2);
    // The logo and its transparency mask.
    expect(images.map((line) => line.trim().split(/\s+/u)[2])).toEqual(['image', 'smask']);
  });

  it.each([
    [{ primaryColour: 'red' }, {}, 'primaryColour'],
    [{ accentColour: '#12345' }, {}, 'accentColour'],
    [{ logo: Buffer.from('GIF89a') }, {}, 'logo'],
    [{ signatoryName: '   ' }, {}, 'signatoryName'],
    [{}, { holderName: 'Nguyễn 阮 Thị' }, 'holderName'],
    [{}, { verificationUrl: 'sen.example.org/verify' }, 'verificationUrl'],
    [{}, { issuedAt: new Date('nope') }, 'issuedAt'],
  ])('refuses %j %j, naming %s', async (templateChange, contentChange, field) => {
    const rendering = renderCertificate({ ...content, ...contentChange }, { ...template, ...templateChange });
    await expect(rendering).rejects.toBeInstanceOf(CertificateInputError);
    await expect(rendering).rejects.toMatchObject({ field });
  });
});
