import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ref } from '@sen/contracts';
import { RemoteSearchSelect } from '../../../app/ui/remote-search-select.component';
import { useRemoteSearch } from '../../../app/ui/use-remote-search.hook';
import { useUnitsQuery } from '../hooks/use-units.query';
import { useLevelName } from '../hooks/use-level-name.hook';

interface UnitPickerProps {
  label: string;
  value: string | null;
  onChange: (unitId: string | null, unit: Ref | null) => void;
  /** The currently chosen unit's name, so it shows before any search. */
  selected?: Ref | null | undefined;
  /** Searches inside this unit's subtree; the caller's whole scope when absent. */
  withinUnitId?: string | undefined;
  error?: React.ReactNode;
  required?: boolean;
  clearable?: boolean;
  description?: string;
  excludeId?: string;
}

/** Picks a unit by typing part of its name; the API ignores diacritics, so "minh tan" finds "Minh Tân". */
export function UnitPicker(props: UnitPickerProps) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  const search = useRemoteSearch(props.selected?.name);
  const units = useUnitsQuery({ search: search.term, parentId: props.withinUnitId, pageSize: 20 });
  const options = useMemo(
    () =>
      (units.data?.items ?? [])
        .filter((unit) => unit.id !== props.excludeId)
        .map((unit) => ({ value: unit.id, label: unit.name, description: levelName(unit.level) })),
    [units.data, props.excludeId, levelName],
  );

  return (
    <RemoteSearchSelect
      label={props.label}
      description={props.description}
      placeholder={t('units.picker.placeholder')}
      clearable={props.clearable}
      required={props.required}
      value={props.value}
      selected={props.selected}
      search={search}
      options={options}
      isFetching={units.isFetching}
      nothingFoundMessage={t('units.picker.nothingFound')}
      withDescriptions
      error={props.error}
      onChange={(value, option) => props.onChange(value, option ? { id: option.value, name: option.label } : null)}
    />
  );
}
