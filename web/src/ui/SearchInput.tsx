import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useDebouncedSearch } from '../lib/use-debounced-search';

interface SearchInputProps {
  /** Accessible name (the visible hint is the placeholder). */
  label: string;
  placeholder: string;
  /** The committed search, e.g. from the URL. */
  value: string;
  /** Called with the trimmed text once the user pauses typing. */
  onSearch: (value: string) => void;
}

/** A debounced search box for list pages. */
export function SearchInput({ label, placeholder, value, onSearch }: SearchInputProps) {
  const [text, setText] = useDebouncedSearch(value, onSearch);
  return (
    <TextInput
      type="search"
      aria-label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
      }}
      maw={420}
      mb="md"
    />
  );
}
