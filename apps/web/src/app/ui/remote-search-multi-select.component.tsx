import { useMemo, type ReactNode } from 'react';
import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Ref } from '@sen/contracts';
import type { RemoteSearchOption } from './remote-search-select.component';
import type { RemoteSearch } from './use-remote-search.hook';

interface RemoteSearchMultiSelectProps {
  label: string;
  placeholder: string;
  description?: string | undefined;
  required?: boolean | undefined;
  error?: ReactNode;
  value: string[];
  /** The chosen items, listed (as pills) even when the current results do not include them. */
  selected: Ref[];
  search: RemoteSearch;
  /** The server's results for `search.term`. */
  options: RemoteSearchOption[];
  isFetching: boolean;
  nothingFoundMessage: string;
  onChange: (chosen: Ref[]) => void;
}

/** Several items picked one search at a time; the options come from an API search. */
export function RemoteSearchMultiSelect(props: RemoteSearchMultiSelectProps) {
  const { t } = useTranslation();
  const { options, selected } = props;
  const listed = useMemo(() => {
    const fresh = options.filter((option) => !selected.some((item) => item.id === option.value));
    return [...selected.map((item) => ({ value: item.id, label: item.name })), ...fresh];
  }, [options, selected]);
  const descriptions = useMemo(() => new Map(options.map((option) => [option.value, option.description])), [options]);

  return (
    <MultiSelect
      label={props.label}
      description={props.description}
      placeholder={props.value.length ? undefined : props.placeholder}
      searchable
      required={props.required}
      value={props.value}
      searchValue={props.search.text}
      onSearchChange={props.search.setText}
      // Filtering happens on the server; chosen items are already pills, so they leave the list.
      filter={({ options: shown }) => shown}
      hidePickedOptions
      data={listed.map(({ value, label }) => ({ value, label }))}
      renderOption={({ option }) => (
        <div>
          <div>{option.label}</div>
          {descriptions.get(option.value) ? (
            <small style={{ opacity: 0.7 }}>{descriptions.get(option.value)}</small>
          ) : null}
        </div>
      )}
      nothingFoundMessage={props.isFetching ? t('common.loading') : props.nothingFoundMessage}
      error={props.error}
      onChange={(values) =>
        props.onChange(
          values.flatMap((value) => {
            const option = listed.find((item) => item.value === value);
            return option ? [{ id: option.value, name: option.label }] : [];
          }),
        )
      }
      comboboxProps={{ withinPortal: true }}
    />
  );
}
