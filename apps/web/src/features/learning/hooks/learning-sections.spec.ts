import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { LearningItem, LearningStatus } from '@sen/contracts';
import { groupLearning } from './learning-sections';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const inDays = (days: number) => new Date(NOW + days * 86_400_000).toISOString();

function item(name: string, status: LearningStatus, dueAt: string | null, completedAt: string | null = null) {
  return {
    enrolmentId: randomUUID(),
    course: { id: randomUUID(), name, titleEn: null },
    versionNo: 1,
    source: 'requirement',
    dueAt,
    status,
    completedLessons: 0,
    totalLessons: 3,
    completedAt,
    resumeLessonId: null,
  } satisfies LearningItem;
}

const names = (list: LearningItem[] | undefined) => (list ?? []).map((i) => i.course.name);

describe('groupLearning', () => {
  it('puts each course in the most urgent section that fits, soonest due first', () => {
    const groups = groupLearning(
      [
        item('later', 'in_progress', inDays(60)),
        item('undated', 'in_progress', null),
        item('soon-not-started', 'not_started', inDays(3)),
        item('soon', 'in_progress', inDays(10)),
        item('late', 'overdue', inDays(-2)),
        item('fresh', 'not_started', inDays(90)),
        item('done-old', 'completed', inDays(1), inDays(-30)),
        item('done-new', 'completed', inDays(1), inDays(-1)),
      ],
      NOW,
    );
    expect(names(groups.get('overdue'))).toEqual(['late']);
    expect(names(groups.get('dueSoon'))).toEqual(['soon-not-started', 'soon']);
    expect(names(groups.get('inProgress'))).toEqual(['later', 'undated']);
    expect(names(groups.get('notStarted'))).toEqual(['fresh']);
    expect(names(groups.get('completed'))).toEqual(['done-new', 'done-old']);
  });
});
