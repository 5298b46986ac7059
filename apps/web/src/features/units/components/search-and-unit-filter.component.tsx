import { SimpleGrid } from '@mantine/core';
import { SearchField } from '../../../app/ui/search-field.component';
import { UnitPicker } from './unit-picker.component';

interface SearchAndUnitFilterProps {
  searchLabel: string;
  searchPlaceholder: string;
  unitLabel: string;
  search: string;
  onSearchChange: (value: string) => void;
  unitId: string | undefined;
  /** The chosen unit, so its name shows before the picker has searched anything. */
  unit: { id: string; name: string } | undefined;
  onUnitChange: (unitId: string) => void;
}

/** The filter row of the lists scoped by the unit tree (members, accounts, courses). */
export function SearchAndUnitFilter(props: SearchAndUnitFilterProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <SearchField
        label={props.searchLabel}
        placeholder={props.searchPlaceholder}
        value={props.search}
        onChange={props.onSearchChange}
      />
      <UnitPicker
        label={props.unitLabel}
        clearable
        value={props.unitId ?? null}
        selected={props.unit ? { id: props.unit.id, name: props.unit.name } : null}
        onChange={(id) => props.onUnitChange(id ?? '')}
      />
    </SimpleGrid>
  );
}
