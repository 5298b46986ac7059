import {
  QUESTION_IMPORT_LIMITS,
  type FieldError,
  type QuestionImportIssue,
  type QuestionImportReport,
} from '@sen/contracts';

/** What the file picker offers; the server still decides by the file's content. */
export const IMPORT_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const EXTENSIONS = ['csv', 'xlsx'];

export type ImportFileProblem = { reason: 'type' } | { reason: 'size'; limitMb: number };

/** A check before sending, so an author learns at once that a .xls or a 5 MB file will not do. */
export function checkImportFile(file: Pick<File, 'name' | 'size'>): ImportFileProblem | null {
  const dot = file.name.lastIndexOf('.');
  const extension = dot < 0 ? '' : file.name.slice(dot + 1).toLowerCase();
  if (!EXTENSIONS.includes(extension)) return { reason: 'type' };
  if (file.size > QUESTION_IMPORT_LIMITS.bytes) {
    return { reason: 'size', limitMb: QUESTION_IMPORT_LIMITS.bytes / (1024 * 1024) };
  }
  return null;
}

/** One problem of a refused file, placed as a spreadsheet shows it (the header is row 1). */
export interface ImportProblem {
  /** Null: the whole file. */
  row: number | null;
  /** A column's name in the template; null: the whole row or file. */
  column: string | null;
  code: string;
  message: string;
}

/** Reads the paths the import answers with: `file`, `columns.<name>`, `rows.<row>`, `rows.<row>.<column>`. */
export function importProblem({ path, code, message }: FieldError): ImportProblem {
  if (path.startsWith('columns.')) return { row: 1, column: path.slice('columns.'.length), code, message };
  const match = /^rows\.(\d+)(?:\.(.+))?$/.exec(path);
  if (match) return { row: Number(match[1]), column: match[2] ?? null, code, message };
  return { row: null, column: null, code, message };
}

/**
 * Problems whose sentence the app translates. The others (`invalid_value`, `unreadable`, zod's
 * `too_big`…) carry specifics only the server's message gives, such as "No option 3 in this row".
 */
const TRANSLATED = [
  'empty_file',
  'no_rows',
  'missing_column',
  'unknown_column',
  'duplicate_column',
  'required',
  'not_used',
  'unknown_category',
  'too_many_categories',
  'duplicate_id',
  'unsafe_markup',
  'more_errors',
] as const satisfies readonly QuestionImportIssue[];

/** The sentences of `questionBanks.import.issues`. */
export type TranslatedIssue = (typeof TRANSLATED)[number] | 'unnamed_column';

function isTranslated(code: string): code is (typeof TRANSLATED)[number] {
  return (TRANSLATED as readonly string[]).includes(code);
}

/** Which translated sentence says a problem, or null to show the server's message. */
export function translatedIssue(problem: ImportProblem): TranslatedIssue | null {
  if (!isTranslated(problem.code)) return null;
  // In a question row, an unknown column is a value under a header cell left empty.
  if (problem.code === 'unknown_column' && problem.row !== null && problem.row > 1) return 'unnamed_column';
  return problem.code;
}

/** How many questions an apply would write: created plus updated; unchanged rows are not rewritten. */
export function questionsToWrite(report: Pick<QuestionImportReport, 'created' | 'updated'>): number {
  return report.created + report.updated;
}
