import { describe, expect, it } from '@jest/globals';
import { QUESTION_IMPORT_LIMITS } from '@sen/contracts';
import { checkImportFile, importProblem, translatedIssue, questionsToWrite } from './question-import';

describe('checkImportFile', () => {
  it('takes .csv and .xlsx files up to the limit, in any case of extension', () => {
    expect(checkImportFile({ name: 'ngân hàng.CSV', size: 10 })).toBeNull();
    expect(checkImportFile({ name: 'bank.xlsx', size: QUESTION_IMPORT_LIMITS.bytes })).toBeNull();
  });

  it('refuses other kinds and files over the limit before sending', () => {
    expect(checkImportFile({ name: 'bank.xls', size: 10 })).toEqual({ reason: 'type' });
    expect(checkImportFile({ name: 'csv', size: 10 })).toEqual({ reason: 'type' });
    expect(checkImportFile({ name: 'bank.csv', size: QUESTION_IMPORT_LIMITS.bytes + 1 })).toEqual({
      reason: 'size',
      limitMb: 2,
    });
  });
});

describe('importProblem', () => {
  it('places each path of the error report at its row and column', () => {
    const at = (path: string) => {
      const { row, column } = importProblem({ path, code: 'required', message: 'm' });
      return [row, column];
    };
    expect(at('rows.3.correct')).toEqual([3, 'correct']);
    expect(at('rows.12.option_1_feedback')).toEqual([12, 'option_1_feedback']);
    expect(at('rows.4')).toEqual([4, null]);
    expect(at('columns.Điểm')).toEqual([1, 'Điểm']);
    expect(at('file')).toEqual([null, null]);
  });
});

describe('translatedIssue', () => {
  const problem = (path: string, code: string) => importProblem({ path, code, message: 'from the server' });

  it('translates the codes whose sentence says it all', () => {
    expect(translatedIssue(problem('rows.3.correct', 'required'))).toBe('required');
    expect(translatedIssue(problem('columns.x', 'unknown_column'))).toBe('unknown_column');
    expect(translatedIssue(problem('rows.5', 'unknown_column'))).toBe('unnamed_column');
  });

  it("keeps the server's message where it holds the specifics", () => {
    expect(translatedIssue(problem('rows.3.correct', 'invalid_value'))).toBeNull();
    expect(translatedIssue(problem('rows.3.stem', 'too_big'))).toBeNull();
    expect(translatedIssue(problem('file', 'unreadable'))).toBeNull();
  });
});

describe('questionsToWrite', () => {
  it('counts created and updated questions, not unchanged ones', () => {
    expect(questionsToWrite({ created: 2, updated: 3 })).toBe(5);
  });
});
