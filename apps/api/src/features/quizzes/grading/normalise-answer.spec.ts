import { normaliseAnswer } from './normalise-answer';

describe('normaliseAnswer', () => {
  const nfc = 'Hà Nội'.normalize('NFC');
  const nfd = 'Hà Nội'.normalize('NFD');

  it('treats NFC and NFD spellings of one word alike', () => {
    expect(nfc).not.toEqual(nfd);
    expect(normaliseAnswer(nfd, false)).toEqual(normaliseAnswer(nfc, false));
    expect(normaliseAnswer(nfd, false)).toEqual('hà nội'.normalize('NFC'));
  });

  it('trims, collapses inner spaces (tabs, no-break spaces) and ignores case', () => {
    expect(normaliseAnswer('  HÀ\t\u00a0 NỘI  ', false)).toEqual('hà nội');
  });

  it('keeps diacritics by default', () => {
    expect(normaliseAnswer('Hà Nội', false)).not.toEqual(normaliseAnswer('Ha Noi', false));
    expect(normaliseAnswer('Đà Nẵng', false)).toEqual('đà nẵng');
    expect(normaliseAnswer('Đà Nẵng', false)).not.toEqual(normaliseAnswer('Da Nang', false));
    // Same letters, different tone: a different word.
    expect(normaliseAnswer('mà', false)).not.toEqual(normaliseAnswer('má', false));
  });

  it('folds diacritics and Đ/đ when asked', () => {
    expect(normaliseAnswer('Hà Nội', true)).toEqual('ha noi');
    expect(normaliseAnswer(nfd, true)).toEqual('ha noi');
    expect(normaliseAnswer('ĐỒNG  đội', true)).toEqual('dong doi');
  });
});
