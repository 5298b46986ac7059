import { vietnameseDate } from './vietnamese-date';

describe('vietnameseDate', () => {
  it('writes the day in words the way Vietnamese documents do', () => {
    expect(vietnameseDate(new Date('2026-11-24T03:00:00Z'))).toBe('ngày 24 tháng 11 năm 2026');
  });

  it('takes the calendar day in Asia/Ho_Chi_Minh, not UTC', () => {
    // 18:30 UTC on the 23rd is 01:30 on the 24th in Hà Nội.
    expect(vietnameseDate(new Date('2026-11-23T18:30:00Z'))).toBe('ngày 24 tháng 11 năm 2026');
    expect(vietnameseDate(new Date('2026-12-31T17:00:00Z'))).toBe('ngày 01 tháng 01 năm 2027');
  });

  it('pads days below 10 and the months January and February only', () => {
    expect(vietnameseDate(new Date('2026-02-05T05:00:00Z'))).toBe('ngày 05 tháng 02 năm 2026');
    expect(vietnameseDate(new Date('2026-03-09T05:00:00Z'))).toBe('ngày 09 tháng 3 năm 2026');
    expect(vietnameseDate(new Date('2026-10-10T05:00:00Z'))).toBe('ngày 10 tháng 10 năm 2026');
  });
});
