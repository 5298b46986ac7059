import { vietnamDay } from '../../../core/time/vietnam-time';

/**
 * "ngày 24 tháng 11 năm 2026": the calendar day in Asia/Ho_Chi_Minh, written the way Vietnamese
 * administrative documents write it (Decree 30/2020/NĐ-CP: days below 10 and the months 1 and 2
 * take a leading zero, so a printed date cannot be altered by adding a digit).
 */
export function vietnameseDate(instant: Date): string {
  const { year, month, day } = vietnamDay(instant);
  const dd = day < 10 ? `0${day}` : `${day}`;
  const mm = month <= 2 ? `0${month}` : `${month}`;
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}
