import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UnitSummary } from '@sen/contracts';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { useLevelName } from '../hooks/use-level-name.hook';
import classes from './unit-list.module.css';

/** Units as a list of links: a tap, a click or Enter drills down. */
export function UnitList({ units, label }: { units: UnitSummary[]; label: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const levelName = useLevelName();
  return (
    <Stack component="ul" gap="xs" aria-label={label} className={classes.list}>
      {units.map((unit) => (
        <li key={unit.id}>
          <UnstyledButton component={Link} to={`/units/${unit.id}`} className={classes.item} w="100%">
            <Paper withBorder p="sm" radius="md">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <Text fw={600}>{unit.name}</Text>
                  <Text size="sm" c="dimmed">
                    {levelName(unit.level)}
                  </Text>
                </div>
                <Group gap={6}>
                  <Badge variant="light" color="gray">
                    {t('units.childCount', {
                      count: unit.childCount,
                      formatted: formatNumber(unit.childCount, locale),
                    })}
                  </Badge>
                  <Badge variant="light">
                    {t('units.memberCount', {
                      count: unit.memberCount,
                      formatted: formatNumber(unit.memberCount, locale),
                    })}
                  </Badge>
                </Group>
              </Group>
            </Paper>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
