import { describe, expect, it } from '@jest/globals';
import type { CourseOutline } from '@sen/contracts';
import { matchingLessonId } from './matching-lesson';

function outline(versionId: string, modules: string[][]): CourseOutline {
  return {
    courseId: 'course',
    versionId,
    versionNo: 1,
    status: 'draft',
    title: 'T',
    titleEn: null,
    summary: '',
    category: 'other',
    language: 'vi',
    estimatedMinutes: 0,
    cover: null,
    modules: modules.map((lessons, index) => ({
      id: `${versionId}-m${index}`,
      title: `M${index}`,
      titleEn: null,
      lessons: lessons.map((id) => ({
        id,
        title: id,
        titleEn: null,
        completion: 'opened',
        estimatedMinutes: 5,
        hasVideo: false,
        quizRulesMissing: false,
      })),
    })),
  };
}

describe('matchingLessonId', () => {
  const published = outline('v1', [
    ['a1', 'a2'],
    ['b1', 'b2', 'b3'],
  ]);
  const draft = outline('v2', [
    ['x1', 'x2'],
    ['y1', 'y2', 'y3'],
  ]);

  it('finds the copy at the same module and lesson position', () => {
    expect(matchingLessonId(published, 'b2', draft)).toBe('y2');
    expect(matchingLessonId(published, 'a1', draft)).toBe('x1');
  });

  it('gives up when the lesson is unknown or the draft has no such position', () => {
    expect(matchingLessonId(published, 'zz', draft)).toBeUndefined();
    expect(matchingLessonId(published, 'b3', outline('v3', [['x1'], ['y1']]))).toBeUndefined();
  });
});
