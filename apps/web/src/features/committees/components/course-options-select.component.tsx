import { useMemo, type ReactNode } from 'react';
import { MultiSelect, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { foldForSearch } from '@sen/contracts';
import { useCommitteeCourseOptionsQuery } from '../hooks/use-committee-queries';

interface CourseOptionsSelectProps {
  committeeId: string;
  value: string[];
  onChange: (courseIds: string[]) => void;
  error?: ReactNode;
}

/** Diacritics optional, as everywhere else: "ung dung" finds "Ứng dụng". */
const foldedFilter: OptionsFilter = ({ options, search }) => {
  const term = foldForSearch(search);
  return options.filter((option) => 'label' in option && foldForSearch(option.label).includes(term));
};

/**
 * The programmes a report covers, chosen among the committee's courses (those required in its units come
 * first, marked); none chosen means every required course, which the placeholder says.
 */
export function CourseOptionsSelect({ committeeId, value, onChange, error }: CourseOptionsSelectProps) {
  const { t } = useTranslation();
  const options = useCommitteeCourseOptionsQuery(committeeId);
  const data = useMemo<ComboboxItem[]>(
    () =>
      (options.data?.items ?? []).map((course) => ({
        value: course.id,
        label: course.required ? `${course.name} (${t('committees.schedules.fields.required')})` : course.name,
      })),
    [options.data, t],
  );
  return (
    <MultiSelect
      label={t('committees.schedules.fields.courses')}
      description={t('committees.schedules.fields.coursesHint')}
      placeholder={value.length ? undefined : t('committees.schedules.fields.coursesPlaceholder')}
      searchable
      clearable
      hidePickedOptions
      data={data}
      value={value}
      onChange={onChange}
      filter={foldedFilter}
      nothingFoundMessage={options.isPending ? t('common.loading') : t('committees.schedules.fields.noCourses')}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
