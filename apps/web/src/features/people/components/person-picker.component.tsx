import { useMemo, useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { PersonView, Ref } from '@sen/contracts';
import { usePeopleQuery } from '../hooks/use-people.query';

interface PersonPickerProps {
  label: string;
  value: string | null;
  onChange: (person: PersonView | null) => void;
  /** Only members of this unit's subtree. */
  unitId?: string | undefined;
  selected?: Ref | null | undefined;
  error?: React.ReactNode;
  required?: boolean;
  description?: string;
  /** Marks members who already have an account, for account creation. */
  markAccounts?: boolean;
}

export function PersonPicker(props: PersonPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const term = debounced && debounced !== props.selected?.name ? debounced : undefined;
  const people = usePeopleQuery({ unitId: props.unitId, search: term, pageSize: 20 });
  const items = useMemo(() => people.data?.items ?? [], [people.data]);

  const data = useMemo(() => {
    const options = items.map((person) => ({
      value: person.id,
      label: person.fullName,
      description: props.markAccounts && person.hasAccount ? t('people.hasAccount') : person.unit.name,
      disabled: Boolean(props.markAccounts && person.hasAccount),
    }));
    if (props.selected && !options.some((option) => option.value === props.selected?.id)) {
      options.unshift({ value: props.selected.id, label: props.selected.name, description: '', disabled: false });
    }
    return options;
  }, [items, props.selected, props.markAccounts, t]);

  return (
    <Select
      label={props.label}
      description={props.description}
      placeholder={t('people.picker.placeholder')}
      searchable
      required={props.required}
      value={props.value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={data.map(({ value, label, disabled }) => ({ value, label, disabled }))}
      renderOption={({ option }) => {
        const match = data.find((item) => item.value === option.value);
        return (
          <div>
            <div>{option.label}</div>
            {match?.description ? <small style={{ opacity: 0.7 }}>{match.description}</small> : null}
          </div>
        );
      }}
      nothingFoundMessage={people.isFetching ? t('common.loading') : t('people.picker.nothingFound')}
      error={props.error}
      onChange={(value) => props.onChange(items.find((person) => person.id === value) ?? null)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
