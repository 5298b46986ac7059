import { describe, expect, it } from '@jest/globals';
import { wrapTables } from './lesson-html';

const BOX = '<div class="box" role="region" tabindex="0" aria-label="Bảng">';

describe('wrapTables', () => {
  it('puts each table inside a focusable, named scrolling box', () => {
    const html = '<p>Trước</p><table><tbody><tr><th><p>Bước</p></th></tr></tbody></table><p>Sau</p>';
    expect(wrapTables(html, 'box', 'Bảng')).toBe(
      `<p>Trước</p>${BOX}<table><tbody><tr><th><p>Bước</p></th></tr></tbody></table></div><p>Sau</p>`,
    );
  });

  it('pairs the boxes of a table nested in a cell', () => {
    const html = '<table><tbody><tr><td><table><tbody><tr><td>x</td></tr></tbody></table></td></tr></tbody></table>';
    const wrapped = wrapTables(html, 'box', 'Bảng');
    expect(wrapped.match(/<div /g)).toHaveLength(2);
    expect(wrapped.endsWith('</table></div></td></tr></tbody></table></div>')).toBe(true);
  });

  it('leaves text that merely mentions a table, and tags that only start alike, alone', () => {
    const html = '<p>Xem &lt;table&gt; bên dưới</p><tablet></tablet>';
    expect(wrapTables(html, 'box', 'Bảng')).toBe(html);
  });

  it('escapes the label so it cannot break out of its attribute', () => {
    expect(wrapTables('<table></table>', 'box', 'a" onclick="x')).toContain('aria-label="a&quot; onclick=&quot;x"');
  });
});
