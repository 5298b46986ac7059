import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnalyticsBreakdown, Indicators } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { positionRows } from '../hooks/analytics-format';
import { RateCell } from './rate-cell.component';

/**
 * Holders beside reserves for each position: how many reserve cadres of each key position have been
 * formally trained, the figure planning asks for.
 */
export function PositionsTable({ breakdown }: { breakdown: AnalyticsBreakdown }) {
  const { t } = useTranslation();
  const rows = positionRows(breakdown.positions);
  if (rows.length === 0) return <EmptyList title={t('analytics.positions.none')} />;
  const group = (label: string) => (
    <Table.Th colSpan={3} scope="colgroup" ta="center">
      {label}
    </Table.Th>
  );
  const columns = (role: string) => (
    <>
      <Table.Th ta="right" aria-label={`${role}: ${t('analytics.columns.required')}`}>
        {t('analytics.columns.required')}
      </Table.Th>
      <Table.Th ta="right" aria-label={`${role}: ${t('analytics.columns.completed')}`}>
        {t('analytics.columns.completed')}
      </Table.Th>
      <Table.Th aria-label={`${role}: ${t('analytics.columns.completionRate')}`}>
        {t('analytics.columns.completionRate')}
      </Table.Th>
    </>
  );
  const holders = t('analytics.columns.holders');
  const reserves = t('analytics.columns.reserves');
  return (
    <CaptionedTable caption={t('analytics.positions.caption', { name: breakdown.unit.name })}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th rowSpan={2} style={{ verticalAlign: 'bottom' }}>
            {t('analytics.columns.position')}
          </Table.Th>
          {group(holders)}
          {group(reserves)}
        </Table.Tr>
        <Table.Tr>
          {columns(holders)}
          {columns(reserves)}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.position}>
            <Table.Th scope="row" fw={400}>
              {t(`positionKinds.${row.position}`)}
            </Table.Th>
            <Cells indicators={row.holder} />
            <Cells indicators={row.reserve} />
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}

function Cells({ indicators }: { indicators: Indicators | null }) {
  const locale = useLocale();
  return (
    <>
      <Table.Td ta="right">{formatNumber(indicators?.required ?? 0, locale)}</Table.Td>
      <Table.Td ta="right">{formatNumber(indicators?.completed ?? 0, locale)}</Table.Td>
      <Table.Td>
        <RateCell rate={indicators?.completionRate ?? null} />
      </Table.Td>
    </>
  );
}
