import { stemExcerpt } from './stem-excerpt';

describe('stemExcerpt', () => {
  it('turns rich text into one line of plain text', () => {
    expect(stemExcerpt('<p>Thủ đô <strong>Hà Nội</strong> &amp;\n Hải Phòng?</p><p>Chọn một</p>')).toBe(
      'Thủ đô Hà Nội & Hải Phòng? Chọn một',
    );
  });

  it('cuts a long stem at a word and marks the cut', () => {
    const excerpt = stemExcerpt(`<p>${'Phụ nữ '.repeat(40)}</p>`, 30);
    expect(excerpt).toBe('Phụ nữ Phụ nữ Phụ nữ Phụ nữ…');
    expect(excerpt.length).toBeLessThanOrEqual(30);
  });

  it('cuts one very long word where it must', () => {
    expect(stemExcerpt(`<p>${'a'.repeat(50)}</p>`, 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('keeps a short stem whole', () => {
    expect(stemExcerpt('<p>Đúng hay sai?</p>')).toBe('Đúng hay sai?');
  });
});
