import { useEffect, useState } from 'react';
import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';

interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}

/** A search box that waits for a pause in typing, so a slow phone connection is not flooded. */
export function SearchField({ label, value, onChange, placeholder }: SearchFieldProps) {
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // The URL changed from outside (back button); show what it says.
    setLastValue(value);
    setText(value);
  }
  const emit = useDebouncedCallback((next: string) => onChange(next.trim()), 350);
  useEffect(() => () => emit.cancel(), [emit]);
  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        emit(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          emit.cancel();
          onChange(text.trim());
        }
      }}
    />
  );
}
