import { useMemo, useState } from 'react';
import {
  Button,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import {
  COURSE_CATEGORIES,
  POSITION_KINDS,
  RESERVE_FILTERS,
  type AnalyticsBreakdown,
  type CourseCategory,
  type PositionKind,
  type ReserveFilter,
} from '@sen/contracts';
import { analyticsParams, DEFAULT_THRESHOLD, isNarrowed, type AnalyticsFilters } from '../hooks/analytics-filters';
import { vietnamToday } from '../hooks/analytics-format';
import { useAnalyticsBreakdownQuery } from '../hooks/use-analytics';

interface AnalyticsFiltersBarProps {
  unitId: string;
  filters: AnalyticsFilters;
  /** The figures shown, for the period the API chose when none is set. */
  breakdown: AnalyticsBreakdown | undefined;
  reversed: boolean;
  onChange: (patch: Partial<AnalyticsFilters>) => void;
  onReset: () => void;
}

const THRESHOLD_DELAY_MS = 500;

/** Programme, courses, positions, holders or reserves, period and threshold: every view reads these. */
export function AnalyticsFiltersBar({
  unitId,
  filters,
  breakdown,
  reversed,
  onChange,
  onReset,
}: AnalyticsFiltersBarProps) {
  const { t } = useTranslation();
  const courses = useCourseOptions(unitId, filters, breakdown);
  const today = vietnamToday();
  const narrowed =
    isNarrowed(filters) || Boolean(filters.from || filters.to) || filters.threshold !== DEFAULT_THRESHOLD;

  return (
    <Stack gap="xs" role="search" aria-label={t('analytics.filters.label')}>
      <Grid align="flex-end" gap="sm">
        <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
          <Select
            label={t('analytics.filters.programme')}
            placeholder={t('analytics.filters.allProgrammes')}
            clearable
            data={COURSE_CATEGORIES.map((value) => ({ value, label: t(`courseCategories.${value}`) }))}
            value={filters.category ?? null}
            onChange={(value) =>
              onChange({ category: COURSE_CATEGORIES.find((item): item is CourseCategory => item === value) })
            }
            comboboxProps={{ withinPortal: true }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 5 }}>
          <MultiSelect
            label={t('analytics.filters.courses')}
            placeholder={filters.courseIds.length ? undefined : t('analytics.filters.allCourses')}
            searchable
            clearable
            nothingFoundMessage={t('analytics.filters.noCourses')}
            data={courses}
            value={filters.courseIds}
            onChange={(courseIds) => onChange({ courseIds })}
            comboboxProps={{ withinPortal: true }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <MultiSelect
            label={t('analytics.filters.positions')}
            placeholder={filters.positions.length ? undefined : t('analytics.filters.allPositions')}
            clearable
            data={POSITION_KINDS.map((value) => ({ value, label: t(`positionKinds.${value}`) }))}
            value={filters.positions}
            onChange={(values) =>
              onChange({ positions: POSITION_KINDS.filter((kind): kind is PositionKind => values.includes(kind)) })
            }
            comboboxProps={{ withinPortal: true }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xs: 6, lg: 3 }}>
          <TextInput
            type="date"
            label={t('analytics.filters.from')}
            value={filters.from ?? breakdown?.from ?? ''}
            max={today}
            onChange={(event) => onChange({ from: event.currentTarget.value || undefined })}
            error={reversed ? t('validation.dateOrder') : undefined}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xs: 6, lg: 3 }}>
          <TextInput
            type="date"
            label={t('analytics.filters.to')}
            value={filters.to ?? breakdown?.to ?? ''}
            max={today}
            onChange={(event) => onChange({ to: event.currentTarget.value || undefined })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8, lg: 4 }}>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="analytics-reserve-filter">
              {t('analytics.filters.reserve')}
            </Text>
            <SegmentedControl
              aria-labelledby="analytics-reserve-filter"
              fullWidth
              value={filters.reserve}
              onChange={(value) =>
                onChange({ reserve: RESERVE_FILTERS.find((item): item is ReserveFilter => item === value) ?? 'all' })
              }
              data={RESERVE_FILTERS.map((value) => ({
                value,
                label: t(`analytics.filters.reserveOptions.${value}`),
              }))}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4, lg: 2 }}>
          <ThresholdInput value={filters.threshold} onChange={(threshold) => onChange({ threshold })} />
        </Grid.Col>
      </Grid>
      <Text size="xs" c="dimmed">
        {t('analytics.filters.periodHint')} {t('analytics.filters.thresholdHint')}
      </Text>
      {narrowed && (
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={onReset}>
            {t('analytics.filters.reset')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** Typed digits are sent once the reviewer pauses, not one request per keystroke. */
function ThresholdInput({ value, onChange }: { value: number; onChange: (value: number) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<number | string>(value);
  // The address changed from elsewhere (reset, back button): show its value, adjusting during render.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = useDebouncedCallback((next: number) => onChange(next), THRESHOLD_DELAY_MS);
  return (
    <NumberInput
      label={t('analytics.filters.threshold')}
      min={0}
      max={100}
      step={5}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="strict"
      suffix=" %"
      value={draft}
      onChange={(next) => {
        setDraft(next);
        if (typeof next === 'number' && Number.isInteger(next) && next >= 0 && next <= 100) commit(next);
      }}
    />
  );
}

/**
 * The courses required in this unit's subtree (for the chosen programme, positions and period), which is
 * what can be filtered on; a course list by owner would miss the province's courses for a district
 * reviewer. Without a course chosen this is the page's own request, so it costs nothing.
 */
function useCourseOptions(unitId: string, filters: AnalyticsFilters, shown: AnalyticsBreakdown | undefined) {
  const { t } = useTranslation();
  const all = useAnalyticsBreakdownQuery(unitId, analyticsParams({ ...filters, courseIds: [] }));
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const { course } of [...(all.data?.courses ?? []), ...(shown?.courses ?? [])])
      names.set(course.id, course.name);
    // A chosen course outside today's list (an old link) still shows as a pill that can be removed.
    for (const id of filters.courseIds) if (!names.has(id)) names.set(id, t('analytics.filters.unknownCourse'));
    return [...names].map(([value, label]) => ({ value, label }));
  }, [all.data, shown, filters.courseIds, t]);
}
