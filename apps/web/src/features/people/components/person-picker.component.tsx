import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView, Ref } from '@sen/contracts';
import { RemoteSearchSelect } from '../../../app/ui/remote-search-select.component';
import { useRemoteSearch } from '../../../app/ui/use-remote-search.hook';
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
  const search = useRemoteSearch(props.selected?.name);
  const people = usePeopleQuery({ unitId: props.unitId, search: search.term, pageSize: 20 });
  const items = useMemo(() => people.data?.items ?? [], [people.data]);
  const options = useMemo(
    () =>
      items.map((person) => ({
        value: person.id,
        label: person.fullName,
        description: props.markAccounts && person.hasAccount ? t('people.hasAccount') : person.unit.name,
        disabled: Boolean(props.markAccounts && person.hasAccount),
      })),
    [items, props.markAccounts, t],
  );

  return (
    <RemoteSearchSelect
      label={props.label}
      description={props.description}
      placeholder={t('people.picker.placeholder')}
      required={props.required}
      value={props.value}
      selected={props.selected}
      search={search}
      options={options}
      isFetching={people.isFetching}
      nothingFoundMessage={t('people.picker.nothingFound')}
      withDescriptions
      error={props.error}
      onChange={(value) => props.onChange(items.find((person) => person.id === value) ?? null)}
    />
  );
}
