import { useState } from 'react';
import { Alert, Badge, Button, Group, Stack, Table, Tabs, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Leaderboard as Board, PersonStanding, Ref } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { ListPagination } from '../../../app/ui/list-pagination.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { BOARD_TABS, boardQuery, formatSeconds, type BoardTab } from '../hooks/leaderboard-format';
import { useLeaderboardQuery } from '../hooks/use-contest-queries';

const PAGE_SIZE = 20;

interface LeaderboardProps {
  contestId: string;
  /** Staff who manage the contest may withdraw a person from her row while the board is live. */
  onWithdraw?: ((person: Ref) => void) | undefined;
}

/** The board by person, branch or commune: read again every 10 s while live, the stored result once final. */
export function Leaderboard({ contestId, onWithdraw }: LeaderboardProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<BoardTab>('person');
  const [pages, setPages] = useState<Record<BoardTab, number>>({ person: 1, branch: 1, commune: 1 });
  const board = useLeaderboardQuery(contestId, boardQuery(tab, pages[tab], PAGE_SIZE));

  return (
    <Stack gap="sm">
      <Tabs value={tab} onChange={(value) => setTab((value as BoardTab | null) ?? 'person')} keepMounted={false}>
        <Tabs.List>
          {BOARD_TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`contests.board.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <div aria-live="polite" aria-busy={board.isFetching}>
        {board.isPending ? (
          <ListSkeleton />
        ) : board.isError ? (
          <QueryError error={board.error} onRetry={() => void board.refetch()} />
        ) : (
          <Stack gap="sm">
            <BoardState board={board.data} />
            {board.data.total === 0 ? (
              <Text size="sm" c="dimmed">
                {t('contests.board.empty')}
              </Text>
            ) : (
              <>
                {board.data.by === 'person' ? (
                  <PersonTable board={board.data} onWithdraw={board.data.frozen ? undefined : onWithdraw} />
                ) : (
                  <UnitTable board={board.data} tab={tab} />
                )}
                <ListPagination
                  page={board.data.page}
                  pageSize={board.data.pageSize}
                  total={board.data.total}
                  onChange={(page) => setPages((previous) => ({ ...previous, [tab]: page }))}
                />
              </>
            )}
          </Stack>
        )}
      </div>
    </Stack>
  );
}

function BoardState({ board }: { board: Board }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = board.by === 'person' ? board.me : null;
  return (
    <Stack gap={6}>
      {board.frozen && board.frozenAt ? (
        <Alert color="indigo" variant="light" title={<Badge color="indigo">{t('contests.frozen')}</Badge>}>
          {t('contests.board.frozenHint', { date: formatDateTime(board.frozenAt, locale) })}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {board.status === 'open' ? t('contests.board.live') : t('contests.board.closing')}
        </Text>
      )}
      <Group gap="md">
        {board.participants > 0 && (
          <Text size="sm">{t('contests.board.participants', { count: board.participants })}</Text>
        )}
        {me && (
          <Text size="sm" fw={600}>
            {t('contests.board.myRank', {
              rank: me.rank,
              percent: formatNumber(me.percent, locale),
              time: formatSeconds(me.timeSeconds),
            })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

function unitLine(row: PersonStanding): string {
  const names = [row.unit.name];
  if (row.commune && row.commune.id !== row.unit.id) names.push(row.commune.name);
  return names.join(', ');
}

function PersonTable({
  board,
  onWithdraw,
}: {
  board: Extract<Board, { by: 'person' }>;
  onWithdraw?: ((person: Ref) => void) | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <CaptionedTable caption={t('contests.board.personCaption')} hover={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('contests.board.rank')}</Table.Th>
          <Table.Th scope="col">{t('contests.board.name')}</Table.Th>
          <Table.Th scope="col">{t('contests.board.percent')}</Table.Th>
          <Table.Th scope="col">{t('contests.board.time')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('contests.board.submittedAt')}
          </Table.Th>
          {onWithdraw && (
            <Table.Th scope="col">
              <VisuallyHidden>{t('contests.withdraw.action')}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {board.items.map((row) => (
          <Table.Tr
            key={row.person.id}
            aria-current={row.isMe ? 'true' : undefined}
            bg={row.isMe ? 'var(--mantine-color-yellow-light)' : undefined}
          >
            <Table.Td fw={600}>{row.rank}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={row.isMe ? 700 : 500}>
                {row.person.name}
                {row.isMe && ` (${t('contests.board.you')})`}
              </Text>
              <Text size="xs" c="dimmed">
                {unitLine(row)}
              </Text>
            </Table.Td>
            <Table.Td>{formatNumber(row.percent, locale)} %</Table.Td>
            <Table.Td>{formatSeconds(row.timeSeconds)}</Table.Td>
            <Table.Td visibleFrom="sm">{formatDateTime(row.submittedAt, locale)}</Table.Td>
            {onWithdraw && (
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  aria-label={t('contests.withdraw.actionFor', { name: row.person.name })}
                  onClick={() => onWithdraw(row.person)}
                >
                  {t('contests.withdraw.action')}
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}

function UnitTable({ board, tab }: { board: Extract<Board, { by: 'unit' }>; tab: BoardTab }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <CaptionedTable caption={t(`contests.board.unitCaption.${tab === 'branch' ? 'branch' : 'commune'}`)} hover={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('contests.board.rank')}</Table.Th>
          <Table.Th scope="col">{t('contests.board.unit')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('contests.board.people')}
          </Table.Th>
          <Table.Th scope="col">{t('contests.board.meanPercent')}</Table.Th>
          <Table.Th scope="col">{t('contests.board.meanTime')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {board.items.map((row) => (
          <Table.Tr key={row.unit?.id ?? 'none'}>
            <Table.Td fw={600}>{row.rank}</Table.Td>
            <Table.Td>
              <Text size="sm">
                {row.unit?.name ?? t(`contests.board.noUnit.${tab === 'branch' ? 'branch' : 'commune'}`)}
              </Text>
              <Text size="xs" c="dimmed" hiddenFrom="sm">
                {t('contests.board.participants', { count: row.participants })}
              </Text>
            </Table.Td>
            <Table.Td visibleFrom="sm">{row.participants}</Table.Td>
            <Table.Td>{formatNumber(row.meanPercent, locale)} %</Table.Td>
            <Table.Td>{formatSeconds(row.meanTimeSeconds)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}
