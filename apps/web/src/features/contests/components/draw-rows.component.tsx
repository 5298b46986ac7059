import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newDrawRow, type DrawRow } from '../hooks/contest-form';

interface DrawRowsProps {
  rows: DrawRow[];
  categories: string[];
  onChange: (rows: DrawRow[]) => void;
  error?: React.ReactNode;
  readOnly?: boolean;
}

/** The draw as lines of "N random questions from a category, or from any". */
export function DrawRows({ rows, categories, onChange, error, readOnly }: DrawRowsProps) {
  const { t } = useTranslation();
  const any = { value: '', label: t('contests.draw.anyCategory') };
  const options = [any, ...categories.map((name) => ({ value: name, label: name }))];
  const change = (key: string, patch: Partial<DrawRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <Stack gap="xs" role="group" aria-labelledby="draw-label">
      <Text size="sm" fw={500} id="draw-label">
        {t('contests.draw.label')}
      </Text>
      {rows.map((row, index) => (
        <Group key={row.key} gap="xs" align="flex-end" wrap="nowrap">
          <NumberInput
            label={t('contests.draw.count')}
            min={1}
            max={100}
            w={110}
            value={row.count}
            readOnly={readOnly}
            onChange={(value) => change(row.key, { count: typeof value === 'number' ? value : 0 })}
          />
          <Select
            label={t('contests.draw.category')}
            data={options}
            value={row.category}
            readOnly={readOnly}
            allowDeselect={false}
            onChange={(value) => change(row.key, { category: value ?? '' })}
            style={{ flex: 1 }}
          />
          {!readOnly && rows.length > 1 && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('contests.draw.remove', { number: index + 1 })}
              onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
      {!readOnly && (
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...rows, newDrawRow('', 5)])}>
            {t('contests.draw.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
