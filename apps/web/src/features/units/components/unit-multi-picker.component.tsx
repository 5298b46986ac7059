import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ref } from '@sen/contracts';
import { RemoteSearchMultiSelect } from '../../../app/ui/remote-search-multi-select.component';
import { useRemoteSearch } from '../../../app/ui/use-remote-search.hook';
import { useLevelName } from '../hooks/use-level-name.hook';
import { useUnitsQuery } from '../hooks/use-units.query';

interface UnitMultiPickerProps {
  label: string;
  value: Ref[];
  onChange: (units: Ref[]) => void;
  error?: React.ReactNode;
  required?: boolean;
  description?: string;
}

/** Picks several units by name, each shown with its level; like `UnitPicker`, within the caller's scope. */
export function UnitMultiPicker(props: UnitMultiPickerProps) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  // The input empties after each pick, so no chosen label is ever mistaken for a search.
  const search = useRemoteSearch(undefined);
  const units = useUnitsQuery({ search: search.term, pageSize: 20 });
  const options = useMemo(
    () =>
      (units.data?.items ?? []).map((unit) => ({
        value: unit.id,
        label: unit.name,
        description: levelName(unit.level),
      })),
    [units.data, levelName],
  );

  return (
    <RemoteSearchMultiSelect
      label={props.label}
      description={props.description}
      placeholder={t('units.picker.placeholder')}
      required={props.required}
      value={props.value.map((unit) => unit.id)}
      selected={props.value}
      search={search}
      options={options}
      isFetching={units.isFetching}
      nothingFoundMessage={t('units.picker.nothingFound')}
      error={props.error}
      onChange={props.onChange}
    />
  );
}
