import { useMemo, useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Ref } from '@sen/contracts';
import { useUsersQuery } from '../../users/hooks/use-users.query';

interface ActorPickerProps {
  label: string;
  value: string | null;
  selected?: Ref | null | undefined;
  onChange: (actor: Ref | null) => void;
}

/** Actors are accounts; pick one by the member's name. */
export function ActorPicker({ label, value, selected, onChange }: ActorPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const term = debounced && debounced !== selected?.name ? debounced : undefined;
  const users = useUsersQuery({ search: term, pageSize: 20 });
  const data = useMemo(() => {
    const options = (users.data?.items ?? []).map((user) => ({ value: user.id, label: user.person.name }));
    if (selected && !options.some((option) => option.value === selected.id)) {
      options.unshift({ value: selected.id, label: selected.name });
    }
    return options;
  }, [users.data, selected]);
  return (
    <Select
      label={label}
      placeholder={t('audit.actorPlaceholder')}
      searchable
      clearable
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={data}
      nothingFoundMessage={users.isFetching ? t('common.loading') : t('people.picker.nothingFound')}
      onChange={(id) => {
        const option = data.find((item) => item.value === id);
        onChange(option ? { id: option.value, name: option.label } : null);
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
