import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ref } from '@sen/contracts';
import { RemoteSearchSelect } from '../../../app/ui/remote-search-select.component';
import { useRemoteSearch } from '../../../app/ui/use-remote-search.hook';
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
  const search = useRemoteSearch(selected?.name);
  const users = useUsersQuery({ search: search.term, pageSize: 20 });
  const options = useMemo(
    () => (users.data?.items ?? []).map((user) => ({ value: user.id, label: user.person.name })),
    [users.data],
  );
  return (
    <RemoteSearchSelect
      label={label}
      placeholder={t('audit.actorPlaceholder')}
      clearable
      value={value}
      selected={selected}
      search={search}
      options={options}
      isFetching={users.isFetching}
      nothingFoundMessage={t('people.picker.nothingFound')}
      onChange={(_, option) => onChange(option ? { id: option.value, name: option.label } : null)}
    />
  );
}
