import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ref } from '@sen/contracts';
import { RemoteSearchSelect } from '../../../app/ui/remote-search-select.component';
import { useRemoteSearch } from '../../../app/ui/use-remote-search.hook';
import { useCoursesQuery } from '../../courses/hooks/use-course-queries';

interface CourseSelectProps {
  value: Ref | null;
  onChange: (course: Ref | null) => void;
  error?: React.ReactNode;
}

/** A course of the author's scope, found by part of its title; each shown with its owner unit. */
export function CourseSelect(props: CourseSelectProps) {
  const { t } = useTranslation();
  const search = useRemoteSearch(props.value?.name);
  const courses = useCoursesQuery({ search: search.term, page: 1, pageSize: 20 });
  const options = useMemo(
    () =>
      (courses.data?.items ?? []).map((course) => ({
        value: course.id,
        label: course.title,
        description: course.ownerUnit.name,
      })),
    [courses.data],
  );
  return (
    <RemoteSearchSelect
      label={t('contests.fields.course')}
      description={t('contests.fields.courseHint')}
      placeholder={t('contests.fields.coursePlaceholder')}
      required
      value={props.value?.id ?? null}
      selected={props.value}
      search={search}
      options={options}
      isFetching={courses.isFetching}
      nothingFoundMessage={t('courses.noResults')}
      withDescriptions
      error={props.error}
      onChange={(value, option) => props.onChange(value && option ? { id: value, name: option.label } : null)}
    />
  );
}
