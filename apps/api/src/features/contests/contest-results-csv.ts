import { TIME_ZONE } from '@sen/contracts';
import { stringify } from 'csv-stringify/sync';
import type { PersonEntry } from './leaderboard-snapshot';

/** Excel reads a CSV as the machine's legacy code page unless it starts with a byte order mark. */
const BOM = '\uFEFF';

/** The columns, headed in Vietnamese: the file is opened by the union's staff in Excel. */
const COLUMNS = [
  { key: 'rank', header: 'Hạng' },
  { key: 'name', header: 'Họ và tên' },
  { key: 'unit', header: 'Đơn vị' },
  { key: 'branch', header: 'Chi hội' },
  { key: 'commune', header: 'Xã/phường' },
  { key: 'percent', header: 'Điểm (%)' },
  { key: 'time', header: 'Thời gian làm bài' },
  { key: 'seconds', header: 'Thời gian (giây)' },
  { key: 'submittedAt', header: 'Nộp lúc' },
] as const;
type Row = Record<(typeof COLUMNS)[number]['key'], string>;

const SUBMITTED_AT = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** `h:mm:ss`, as Excel shows a duration. */
export function formatDuration(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@` (or a tab/CR) as a formula; names come
 * from users, so such a cell is written as text.
 */
export function spreadsheetText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function resultRow(entry: PersonEntry): Row {
  return {
    rank: String(entry.rank),
    name: spreadsheetText(entry.person.name),
    unit: spreadsheetText(entry.unit.name),
    branch: spreadsheetText(entry.branch?.name ?? ''),
    commune: spreadsheetText(entry.commune?.name ?? ''),
    percent: entry.percent.toFixed(2),
    time: formatDuration(entry.timeSeconds),
    seconds: String(entry.timeSeconds),
    // Vietnam's local time, as a sortable `YYYY-MM-DD HH:mm:ss` Excel reads as a date.
    submittedAt: SUBMITTED_AT.format(new Date(entry.submittedAt)),
  };
}

/** The ranked person board as CSV, in rank order. */
export function contestResultsCsv(entries: readonly PersonEntry[]): string {
  return (
    BOM +
    stringify(entries.map(resultRow), {
      header: true,
      columns: COLUMNS.map(({ key, header }) => ({ key, header })),
      record_delimiter: '\r\n',
    })
  );
}
