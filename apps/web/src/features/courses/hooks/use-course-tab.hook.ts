import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { courseTabOf, withTab, type CourseTab } from './course-tab';

/** The editor's tab lives in `?tab=`, so a link, a reload or the back button opens the same tab. */
export function useCourseTab(): [CourseTab, (tab: CourseTab) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const setTab = useCallback(
    (tab: CourseTab) => setSearchParams((previous) => withTab(previous, tab)),
    [setSearchParams],
  );
  return [courseTabOf(searchParams), setTab];
}
