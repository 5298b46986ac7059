import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RemoteSearchSelect } from '../../../app/ui/remote-search-select.component';
import { useRemoteSearch } from '../../../app/ui/use-remote-search.hook';
import { coursesApi } from '../../courses/api/courses.api';
import { courseKeys } from '../../courses/api/courses.keys';
import { useCoursesQuery } from '../../courses/hooks/use-course-queries';

interface CertificateListCourseFilterProps {
  courseId: string | undefined;
  onChange: (courseId: string) => void;
}

/** A course of the caller's scope, found by part of its title; empty for every course. */
export function CertificateListCourseFilter({ courseId, onChange }: CertificateListCourseFilterProps) {
  const { t } = useTranslation();
  // The chosen course's title, for a link opened with the filter already set.
  const chosen = useQuery({
    queryKey: courseKeys.detail(courseId ?? ''),
    queryFn: ({ signal }) => coursesApi.get(courseId ?? '', signal),
    enabled: Boolean(courseId),
  });
  const selected = courseId && chosen.data ? { id: chosen.data.id, name: chosen.data.title } : null;
  const search = useRemoteSearch(selected?.name);
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
      label={t('issuedCertificates.filter.course')}
      placeholder={t('issuedCertificates.filter.coursePlaceholder')}
      clearable
      value={courseId ?? null}
      selected={selected}
      search={search}
      options={options}
      isFetching={courses.isFetching}
      nothingFoundMessage={t('courses.noResults')}
      withDescriptions
      onChange={(value) => onChange(value ?? '')}
    />
  );
}
