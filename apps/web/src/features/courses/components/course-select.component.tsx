import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ref } from '@sen/contracts';
import { RemoteSearchSelect } from '../../../app/ui/remote-search-select.component';
import { useRemoteSearch } from '../../../app/ui/use-remote-search.hook';
import { useCoursesQuery } from '../hooks/use-course-queries';

interface CourseSelectProps {
  label: string;
  description?: string;
  placeholder: string;
  required?: boolean;
  clearable?: boolean;
  value: Ref | null;
  onChange: (course: Ref | null) => void;
  error?: ReactNode;
}

/** A course of the caller's scope, found by part of its title; each shown with its owner unit. */
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
      label={props.label}
      description={props.description}
      placeholder={props.placeholder}
      required={props.required}
      clearable={props.clearable}
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
