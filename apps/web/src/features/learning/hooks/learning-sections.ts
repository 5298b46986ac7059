import type { LearningItem } from '@sen/contracts';

/** How close a due date must be for a course to move to "due soon". */
export const DUE_SOON_DAYS = 14;
const DAY_MS = 86_400_000;

export const SECTION_ORDER = ['overdue', 'dueSoon', 'inProgress', 'notStarted', 'completed'] as const;
export type LearningSection = (typeof SECTION_ORDER)[number];

function sectionOf(item: LearningItem, now: number): LearningSection {
  if (item.status === 'completed') return 'completed';
  if (item.status === 'overdue') return 'overdue';
  if (item.dueAt && Date.parse(item.dueAt) - now <= DUE_SOON_DAYS * DAY_MS) return 'dueSoon';
  return item.status === 'in_progress' ? 'inProgress' : 'notStarted';
}

/**
 * Groups a trainee's courses by what she should do next: the most urgent first, each group by due date
 * (undated last), completed ones most recent first.
 */
export function groupLearning(items: readonly LearningItem[], now: number): Map<LearningSection, LearningItem[]> {
  const groups = new Map<LearningSection, LearningItem[]>(SECTION_ORDER.map((s) => [s, []]));
  for (const item of items) groups.get(sectionOf(item, now))!.push(item);
  const due = (item: LearningItem) => (item.dueAt ? Date.parse(item.dueAt) : Number.POSITIVE_INFINITY);
  const completed = (item: LearningItem) => (item.completedAt ? Date.parse(item.completedAt) : 0);
  for (const [section, list] of groups) {
    list.sort(
      section === 'completed'
        ? (a, b) => completed(b) - completed(a)
        : (a, b) => due(a) - due(b) || a.course.name.localeCompare(b.course.name),
    );
  }
  return groups;
}
