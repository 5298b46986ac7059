import { describe, expect, it } from '@jest/globals';
import type { QuestionStatistic } from '@sen/contracts';
import { attemptQuery, distributionBands, outdatedQuestionIds, questionFlags, regradeBody } from './result-insights';

function stat(id: string, fields: Partial<QuestionStatistic> = {}): QuestionStatistic {
  return {
    questionId: id,
    type: 'single_choice',
    stem: 'Câu hỏi',
    attempts: 10,
    facility: 0.5,
    discrimination: 0.4,
    outdated: 0,
    deleted: false,
    ...fields,
  };
}

describe('questionFlags', () => {
  it('flags questions too hard, too easy or not telling the stronger from the weaker', () => {
    expect(questionFlags({ facility: 0.19, discrimination: 0.3 })).toEqual(['hard']);
    expect(questionFlags({ facility: 0.96, discrimination: 0.3 })).toEqual(['easy']);
    expect(questionFlags({ facility: 0.5, discrimination: 0.09 })).toEqual(['weak']);
    expect(questionFlags({ facility: 0.1, discrimination: -0.4 })).toEqual(['hard', 'weak']);
  });

  it('leaves the limits themselves and undefined values unflagged', () => {
    expect(questionFlags({ facility: 0.2, discrimination: 0.1 })).toEqual([]);
    expect(questionFlags({ facility: 0.95, discrimination: 0.1 })).toEqual([]);
    expect(questionFlags({ facility: null, discrimination: null })).toEqual([]);
    expect(questionFlags({ facility: 1, discrimination: null })).toEqual(['easy']);
  });
});

describe('distributionBands', () => {
  it('labels ten bands of ten percent, the last one closed at 100', () => {
    const bands = distributionBands([0, 0, 2, 0, 1, 0, 0, 1, 0, 4]);
    expect(bands.map((b) => [b.from, b.to, b.last])).toEqual([
      [0, 10, false],
      [10, 20, false],
      [20, 30, false],
      [30, 40, false],
      [40, 50, false],
      [50, 60, false],
      [60, 70, false],
      [70, 80, false],
      [80, 90, false],
      [90, 100, true],
    ]);
    expect(bands.map((b) => b.height)).toEqual([0, 0, 0.5, 0, 0.25, 0, 0, 0.25, 0, 1]);
  });

  it('draws nothing for a quiz nobody submitted', () => {
    expect(distributionBands(Array.from({ length: 10 }, () => 0)).every((b) => b.height === 0)).toBe(true);
  });
});

describe('attemptQuery', () => {
  it('names only the filters that are set and ignores an unknown status', () => {
    expect(attemptQuery({ search: '', status: '' }, 1, 20)).toEqual({ page: 1, pageSize: 20 });
    expect(attemptQuery({ search: 'lan', status: 'passed' }, 2, 20)).toEqual({
      search: 'lan',
      status: 'passed',
      page: 2,
      pageSize: 20,
    });
    expect(attemptQuery({ search: '', status: 'graded' }, 1, 20)).toEqual({ page: 1, pageSize: 20 });
  });
});

describe('regrade choice', () => {
  const questions = [stat('a', { outdated: 3 }), stat('b'), stat('c', { outdated: 2, deleted: true })];

  it('proposes the questions whose key changed in the bank, not removed ones', () => {
    expect(outdatedQuestionIds(questions)).toEqual(['a']);
  });

  it('sends the chosen questions, or "all" when every one is chosen', () => {
    expect(regradeBody(['a'], questions)).toEqual({ questionIds: ['a'] });
    expect(regradeBody(['c', 'a', 'b'], questions)).toEqual({});
  });
});
