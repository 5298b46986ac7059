import { useMemo, type ReactNode } from 'react';
import { Select, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { foldForSearch } from '@sen/contracts';
import { formatDate } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { useCohortsQuery } from '../hooks/use-committee-queries';

interface CohortSelectProps {
  value: string;
  onChange: (cohortId: string) => void;
  error?: ReactNode;
}

const foldedFilter: OptionsFilter = ({ options, search }) => {
  const term = foldForSearch(search);
  return options.filter((option) => 'label' in option && foldForSearch(option.label).includes(term));
};

/** A cohort in the caller's scope, latest end first, each with its last day. */
export function CohortSelect({ value, onChange, error }: CohortSelectProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const cohorts = useCohortsQuery(true);
  const data = useMemo<ComboboxItem[]>(
    () =>
      (cohorts.data?.items ?? []).map((cohort) => ({
        value: cohort.id,
        label: t('committees.schedules.fields.cohortOption', {
          name: cohort.name,
          date: formatDate(cohort.endsOn, locale),
        }),
      })),
    [cohorts.data, t, locale],
  );
  return (
    <Select
      label={t('committees.schedules.fields.cohort')}
      placeholder={t('committees.schedules.fields.cohortPlaceholder')}
      required
      searchable
      data={data}
      value={value || null}
      onChange={(cohortId) => onChange(cohortId ?? '')}
      filter={foldedFilter}
      nothingFoundMessage={cohorts.isPending ? t('common.loading') : t('committees.schedules.fields.noCohorts')}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
