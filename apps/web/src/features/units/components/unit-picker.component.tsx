import { useMemo, useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Ref } from '@sen/contracts';
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
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const selectedLabel = props.selected?.name ?? '';
  // Typing the chosen unit's own label is not a new search.
  const term = debounced && debounced !== selectedLabel ? debounced : undefined;
  const units = useUnitsQuery({ search: term, parentId: props.withinUnitId, pageSize: 20 });

  const data = useMemo(() => {
    const options = (units.data?.items ?? [])
      .filter((unit) => unit.id !== props.excludeId)
      .map((unit) => ({ value: unit.id, label: unit.name, description: levelName(unit.level) }));
    if (props.selected && !options.some((option) => option.value === props.selected?.id)) {
      options.unshift({ value: props.selected.id, label: props.selected.name, description: '' });
    }
    return options;
  }, [units.data, props.selected, props.excludeId, levelName]);

  return (
    <Select
      label={props.label}
      description={props.description}
      placeholder={t('units.picker.placeholder')}
      searchable
      clearable={props.clearable}
      required={props.required}
      value={props.value}
      searchValue={search}
      onSearchChange={setSearch}
      // Filtering happens on the server, which knows the whole tree.
      filter={({ options }) => options}
      data={data.map(({ value, label }) => ({ value, label }))}
      renderOption={({ option }) => {
        const match = data.find((item) => item.value === option.value);
        return (
          <div>
            <div>{option.label}</div>
            {match?.description ? <small style={{ opacity: 0.7 }}>{match.description}</small> : null}
          </div>
        );
      }}
      nothingFoundMessage={units.isFetching ? t('common.loading') : t('units.picker.nothingFound')}
      error={props.error}
      onChange={(value) => {
        const unit = data.find((option) => option.value === value);
        props.onChange(value, unit ? { id: unit.value, name: unit.label } : null);
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
