import { sanitizeLessonHtml } from './lesson-html.sanitizer';

/** Payloads from common XSS cheat sheets; none may leave executable markup behind. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<svg onload=alert(1)><circle/></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="x.swf"></object>',
  '<embed src="x.swf">',
  '<form action="https://evil.example"><input name=p></form>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<div onclick="alert(1)">x</div>',
  '<body onload=alert(1)>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<<script>script>alert(1)<</script>/script>',
  '<p>ok</p><!--<script>alert(1)</script>-->',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '<base href="https://evil.example/">',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<a href="https://ok.example" onmouseover="alert(1)">x</a>',
  '<img src="//evil.example/x.png">',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
];

const EXECUTABLE =
  /<script|<svg|<iframe|<object|<embed|<form|<style|<meta|<link|<base|\son\w+\s*=|javascript:|data:text|vbscript:/i;

describe('sanitizeLessonHtml', () => {
  it.each(PAYLOADS)('neutralises %s', (payload) => {
    const clean = sanitizeLessonHtml(payload);
    expect(clean).not.toMatch(EXECUTABLE);
    // Sanitising is stable: a second pass changes nothing.
    expect(sanitizeLessonHtml(clean)).toBe(clean);
  });

  it('keeps the formatting a lesson needs, in Vietnamese', () => {
    const html =
      '<h2>Ghi nhớ</h2><p>Chị em <strong>cần</strong> <em>bảo mật</em> mật khẩu.</p><ul><li>Một</li></ul>' +
      '<table><thead><tr><th scope="col">Khoản</th></tr></thead><tbody><tr><td>Thu</td></tr></tbody></table>';
    expect(sanitizeLessonHtml(html)).toBe(html);
  });

  it('forces links to open safely and keeps only https images', () => {
    expect(sanitizeLessonHtml('<a href="https://dichvucong.gov.vn">Cổng</a>')).toBe(
      '<a href="https://dichvucong.gov.vn" rel="noopener noreferrer nofollow" target="_blank">Cổng</a>',
    );
    expect(sanitizeLessonHtml('<img src="http://x.example/a.png" alt="a">')).toBe('<img alt="a" />');
    expect(sanitizeLessonHtml('<img src="https://x.example/a.png" alt="a">')).toBe(
      '<img src="https://x.example/a.png" alt="a" />',
    );
  });
});
