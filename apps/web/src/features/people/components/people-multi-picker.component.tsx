import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ref } from '@sen/contracts';
import { RemoteSearchMultiSelect } from '../../../app/ui/remote-search-multi-select.component';
import { useRemoteSearch } from '../../../app/ui/use-remote-search.hook';
import { usePeopleQuery } from '../hooks/use-people.query';

interface PeopleMultiPickerProps {
  label: string;
  value: Ref[];
  onChange: (people: Ref[]) => void;
  /** Only members of this unit's subtree. */
  unitId?: string | undefined;
  error?: React.ReactNode;
  required?: boolean;
  description?: string;
}

/** Picks several members by name, each shown with her unit so namesakes can be told apart. */
export function PeopleMultiPicker(props: PeopleMultiPickerProps) {
  const { t } = useTranslation();
  // The input empties after each pick, so no chosen label is ever mistaken for a search.
  const search = useRemoteSearch(undefined);
  const people = usePeopleQuery({ unitId: props.unitId, search: search.term, pageSize: 20 });
  const options = useMemo(
    () =>
      (people.data?.items ?? []).map((person) => ({
        value: person.id,
        label: person.fullName,
        description: person.unit.name,
      })),
    [people.data],
  );

  return (
    <RemoteSearchMultiSelect
      label={props.label}
      description={props.description}
      placeholder={t('people.picker.placeholder')}
      required={props.required}
      value={props.value.map((person) => person.id)}
      selected={props.value}
      search={search}
      options={options}
      isFetching={people.isFetching}
      nothingFoundMessage={t('people.picker.nothingFound')}
      error={props.error}
      onChange={props.onChange}
    />
  );
}
