import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContestWithdrawalView } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { formatDateTime } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';

export function WithdrawalsTable({ withdrawals }: { withdrawals: ContestWithdrawalView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <CaptionedTable caption={t('contests.withdrawals.caption')} hover={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('contests.board.name')}</Table.Th>
          <Table.Th scope="col">{t('contests.withdraw.reason')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('contests.withdrawals.by')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {withdrawals.map((row) => (
          <Table.Tr key={row.person.id}>
            <Table.Td>{row.person.name}</Table.Td>
            <Table.Td>{row.reason}</Table.Td>
            <Table.Td visibleFrom="sm">
              {t('contests.withdrawals.byOn', { name: row.withdrawnBy, date: formatDateTime(row.withdrawnAt, locale) })}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}
