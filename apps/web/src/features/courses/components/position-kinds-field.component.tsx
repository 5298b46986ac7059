import type { ReactNode } from 'react';
import { Checkbox, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { POSITION_KINDS, PositionKindSchema, type PositionKind } from '@sen/contracts';

interface PositionKindsFieldProps {
  value: PositionKind[];
  onChange: (kinds: PositionKind[]) => void;
  includeReserves: boolean;
  onIncludeReservesChange: (include: boolean) => void;
  error?: ReactNode;
}

/** Which positions, in the union's own order, and whether their reserves count too. */
export function PositionKindsField(props: PositionKindsFieldProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Checkbox.Group
        label={t('courses.delivery.positions')}
        description={t('courses.delivery.positionsHint')}
        required
        value={props.value}
        // The group only ever holds the kinds listed below; parsing keeps the type honest.
        onChange={(values) => props.onChange(values.map((value) => PositionKindSchema.parse(value)))}
        error={props.error}
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
          {POSITION_KINDS.map((kind) => (
            <Checkbox key={kind} value={kind} label={t(`positionKinds.${kind}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox
        label={t('courses.delivery.includeReserves')}
        description={t('courses.delivery.includeReservesHint')}
        checked={props.includeReserves}
        onChange={(event) => props.onIncludeReservesChange(event.currentTarget.checked)}
      />
    </Stack>
  );
}
