import { foldForSearch } from './text';

describe('foldForSearch', () => {
  it('drops Vietnamese diacritics, đ included, and lowercases', () => {
    expect(foldForSearch('Trần Hưng Đạo')).toBe('tran hung dao');
    expect(foldForSearch('Nguyễn Thị Ánh Tuyết')).toBe('nguyen thi anh tuyet');
  });

  it('folds precomposed and decomposed forms alike', () => {
    expect(foldForSearch('Mỹ Tân'.normalize('NFC'))).toBe(foldForSearch('Mỹ Tân'.normalize('NFD')));
  });

  it('collapses runs of white space', () => {
    expect(foldForSearch('  Vụ   Bản ')).toBe('vu ban');
  });
});
