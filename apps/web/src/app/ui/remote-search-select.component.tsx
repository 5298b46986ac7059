import { useMemo, type ReactNode } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Ref } from '@sen/contracts';
import type { RemoteSearch } from './use-remote-search.hook';

export interface RemoteSearchOption {
  value: string;
  label: string;
  /** A second, dimmed line under the label. */
  description?: string;
  disabled?: boolean;
}

interface RemoteSearchSelectProps {
  label: string;
  placeholder: string;
  description?: string | undefined;
  required?: boolean | undefined;
  clearable?: boolean | undefined;
  error?: ReactNode;
  value: string | null;
  /** The chosen item, listed even when the current results do not include it. */
  selected?: Ref | null | undefined;
  search: RemoteSearch;
  /** The server's results for `search.term`. */
  options: RemoteSearchOption[];
  isFetching: boolean;
  nothingFoundMessage: string;
  /** Renders each option's description line; without it Mantine's default option (with its check mark) shows. */
  withDescriptions?: boolean | undefined;
  onChange: (value: string | null, option: RemoteSearchOption | null) => void;
}

/** A searchable select whose options come from an API search rather than a list it holds. */
export function RemoteSearchSelect(props: RemoteSearchSelectProps) {
  const { t } = useTranslation();
  const { options, selected } = props;
  const listed = useMemo(() => {
    if (!selected || options.some((option) => option.value === selected.id)) return options;
    return [{ value: selected.id, label: selected.name }, ...options];
  }, [options, selected]);

  return (
    <Select
      label={props.label}
      description={props.description}
      placeholder={props.placeholder}
      searchable
      clearable={props.clearable}
      required={props.required}
      value={props.value}
      searchValue={props.search.text}
      onSearchChange={props.search.setText}
      // Filtering happens on the server, which sees every record rather than one page of them.
      filter={({ options: shown }) => shown}
      data={listed.map(({ value, label, disabled }) => ({ value, label, disabled }))}
      renderOption={
        props.withDescriptions
          ? ({ option }) => {
              const match = listed.find((item) => item.value === option.value);
              return (
                <div>
                  <div>{option.label}</div>
                  {match?.description ? <small style={{ opacity: 0.7 }}>{match.description}</small> : null}
                </div>
              );
            }
          : undefined
      }
      nothingFoundMessage={props.isFetching ? t('common.loading') : props.nothingFoundMessage}
      error={props.error}
      onChange={(value) => props.onChange(value, listed.find((option) => option.value === value) ?? null)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
