import { LEARNER_FILTERS } from './learner-filters';

export const COURSE_TABS = [
  'outline',
  'details',
  'banks',
  'versions',
  'learners',
  'requirements',
  'certificate',
  'settings',
] as const;
export type CourseTab = (typeof COURSE_TABS)[number];

/** The tab named by the address, or the content when it names none or one that does not exist. */
export function courseTabOf(params: URLSearchParams): CourseTab {
  const asked = params.get('tab');
  return COURSE_TABS.find((tab) => tab === asked) ?? 'outline';
}

/** Paging and filters belong to the tab that set them; the shown version belongs to the whole editor. */
const TAB_SCOPED = ['page', ...LEARNER_FILTERS];

export function withTab(params: URLSearchParams, tab: CourseTab): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of TAB_SCOPED) next.delete(key);
  if (tab === 'outline') next.delete('tab');
  else next.set('tab', tab);
  return next;
}
