import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { coursesApi } from '../../courses/api/courses.api';
import { courseKeys } from '../../courses/api/courses.keys';
import { CourseSelect } from '../../courses/components/course-select.component';

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
  return (
    <CourseSelect
      label={t('issuedCertificates.filter.course')}
      placeholder={t('issuedCertificates.filter.coursePlaceholder')}
      clearable
      value={courseId && chosen.data ? { id: chosen.data.id, name: chosen.data.title } : null}
      onChange={(course) => onChange(course?.id ?? '')}
    />
  );
}
