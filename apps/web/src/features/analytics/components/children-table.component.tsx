import { useState, type ReactNode } from 'react';
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AnalyticsBreakdown, AnalyticsChildRow, Indicators } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { formatRate, rowStatus, sortChildren, type ChildSortKey, type SortDirection } from '../hooks/analytics-format';
import { unitLink, type AnalyticsFilters } from '../hooks/analytics-filters';
import { RateCell, RowStatusText, statusColour } from './rate-cell.component';
import { SortableHeader } from './sortable-header.component';

interface ChildrenTableProps {
  breakdown: AnalyticsBreakdown;
  filters: AnalyticsFilters;
}

const LAGGING_ROW = { background: 'var(--mantine-color-red-light)' };

/**
 * The drill-down: each child unit with its figures, linked to its own children (or, for a unit without
 * any, to its roster); then the unit's own positions, which belong to no child.
 */
export function ChildrenTable({ breakdown, filters }: ChildrenTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [sort, setSort] = useState<{ key: ChildSortKey; direction: SortDirection } | null>(null);
  const rows = sortChildren(breakdown.children, sort?.key ?? null, sort?.direction ?? 'ascending', locale);
  const threshold = breakdown.threshold;

  const header = (key: ChildSortKey, label: string, align: 'left' | 'right' = 'right') => (
    <SortableHeader
      label={label}
      align={align}
      direction={sort?.key === key ? sort.direction : null}
      onSort={() =>
        setSort((current) =>
          current?.key === key
            ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
            : // Names read A→Z first; figures worst first, which is what a reviewer looks for.
              { key, direction: key === 'name' ? 'ascending' : 'descending' },
        )
      }
    />
  );

  return (
    <CaptionedTable caption={t('analytics.children.caption', { name: breakdown.unit.name, threshold })}>
      <Table.Thead>
        <Table.Tr>
          {header('name', t('analytics.columns.unit'), 'left')}
          {header('required', t('analytics.columns.required'))}
          {header('completed', t('analytics.columns.completed'))}
          {header('completionRate', t('analytics.columns.completionRate'))}
          {header('passRate', t('analytics.columns.passRate'))}
          <Table.Th>{t('analytics.columns.active')}</Table.Th>
          <Table.Th>{t('analytics.columns.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <ChildRow key={row.unit.id} row={row} filters={filters} threshold={threshold} />
        ))}
        {(breakdown.own.required > 0 || breakdown.children.length === 0) && (
          <FigureRow
            name={
              <Text size="sm" fs="italic">
                {t('analytics.children.own', { name: breakdown.unit.name })}
              </Text>
            }
            indicators={breakdown.own}
            threshold={threshold}
            active={null}
          />
        )}
      </Table.Tbody>
    </CaptionedTable>
  );
}

function ChildRow({
  row,
  filters,
  threshold,
}: {
  row: AnalyticsChildRow;
  filters: AnalyticsFilters;
  threshold: number;
}) {
  const { t } = useTranslation();
  const { unit } = row;
  const drill = unit.childCount > 0;
  return (
    <FigureRow
      name={
        <Anchor
          component={Link}
          to={unitLink(unit.id, filters, drill ? 'children' : 'roster')}
          size="sm"
          title={
            drill
              ? t('analytics.children.drill', { name: unit.name })
              : t('analytics.children.roster', { name: unit.name })
          }
        >
          {unit.name}
        </Anchor>
      }
      indicators={row.indicators}
      threshold={threshold}
      lagging={row.lagging}
      active={row.active}
    />
  );
}

function FigureRow({
  name,
  indicators,
  threshold,
  lagging,
  active,
}: {
  name: ReactNode;
  indicators: Indicators;
  threshold: number;
  lagging?: boolean;
  active: boolean | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const status = rowStatus(indicators, threshold, lagging);
  return (
    <Table.Tr style={status === 'lagging' ? LAGGING_ROW : undefined}>
      <Table.Th scope="row" fw={400} miw={180}>
        {name}
      </Table.Th>
      <Table.Td ta="right">{formatNumber(indicators.required, locale)}</Table.Td>
      <Table.Td ta="right">{formatNumber(indicators.completed, locale)}</Table.Td>
      <Table.Td>
        <RateCell rate={indicators.completionRate} color={statusColour(status)} />
      </Table.Td>
      <Table.Td ta="right">{formatRate(indicators.passRate, locale)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {active === null ? '' : active ? t('analytics.active.yes') : t('analytics.active.no')}
      </Table.Td>
      <Table.Td>
        <RowStatusText indicators={indicators} threshold={threshold} lagging={lagging} />
      </Table.Td>
    </Table.Tr>
  );
}
