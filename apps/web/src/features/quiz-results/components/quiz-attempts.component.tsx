import { Badge, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ATTEMPT_LIST_STATUSES, type QuizAttemptRow } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListState } from '../../../app/ui/list-state.component';
import { SearchField } from '../../../app/ui/search-field.component';
import { useListParams } from '../../../app/ui/use-list-params.hook';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { ATTEMPT_FILTERS, attemptQuery, attemptStatusOf } from '../hooks/result-insights';
import { useQuizAttemptsQuery } from '../hooks/use-quiz-results';

const PAGE_SIZE = 20;
const ANY_STATUS = 'any';
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** Every attempt at the quiz, newest first, found by person and narrowed by status. */
export function QuizAttempts({ quizId }: { quizId: string }) {
  const { t } = useTranslation();
  const { page, values, setFilter, setPage } = useListParams(ATTEMPT_FILTERS);
  const query = attemptQuery(values, page, PAGE_SIZE);
  const attempts = useQuizAttemptsQuery(quizId, query);
  const narrowed = Boolean(query.search ?? query.status);

  return (
    <Stack gap="sm" component="section" aria-labelledby="quiz-attempts-title">
      <Title order={2} size="h4" id="quiz-attempts-title">
        {t('quizResults.attempts.title')}
      </Title>
      <Group align="end" gap="sm" wrap="wrap">
        <div style={{ flex: '1 1 240px' }}>
          <SearchField
            label={t('quizResults.attempts.search')}
            placeholder={t('quizResults.attempts.searchPlaceholder')}
            value={values.search}
            onChange={(value) => setFilter('search', value)}
          />
        </div>
        <Select
          label={t('quizResults.attempts.statusFilter')}
          data={[
            // A plain option rather than a clear button, which Mantine keeps out of keyboard reach.
            { value: ANY_STATUS, label: t('quizResults.attempts.anyStatus') },
            ...ATTEMPT_LIST_STATUSES.map((status) => ({
              value: status,
              label: t(`quizResults.attempts.statuses.${status}`),
            })),
          ]}
          value={query.status ?? ANY_STATUS}
          onChange={(value) => setFilter('status', attemptStatusOf(value ?? '') ?? '')}
          allowDeselect={false}
          w={{ base: '100%', xs: 200 }}
        />
      </Group>
      <ListState
        query={attempts}
        empty={
          <EmptyList
            title={narrowed ? t('quizResults.attempts.noResults') : t('quizResults.attempts.empty')}
            description={narrowed ? t('common.tryOtherSearch') : undefined}
          />
        }
        onPageChange={setPage}
      >
        {(items) => (
          <AttemptsTable
            attempts={items}
            caption={t('quizResults.attempts.caption', { total: attempts.data?.total ?? items.length })}
          />
        )}
      </ListState>
    </Stack>
  );
}

function AttemptsTable({ attempts, caption }: { attempts: QuizAttemptRow[]; caption: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const score = (attempt: QuizAttemptRow) =>
    attempt.result
      ? t('quizResults.attempts.scoreValue', {
          score: formatNumber(attempt.result.score, locale),
          max: formatNumber(attempt.result.maxScore, locale),
          percent: formatNumber(attempt.result.percent, locale),
        })
      : '—';
  return (
    <CaptionedTable caption={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('quizResults.attempts.person')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('quizResults.attempts.unit')}
          </Table.Th>
          <Table.Th scope="col">{t('quizResults.attempts.attemptNo')}</Table.Th>
          <Table.Th scope="col">{t('quizResults.attempts.result')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('quizResults.attempts.score')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="md">
            {t('quizResults.attempts.submittedAt')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {attempts.map((attempt) => (
          <Table.Tr key={attempt.id}>
            <Table.Th scope="row" fw={500}>
              {attempt.person.name}
              <Text size="xs" c="dimmed" hiddenFrom="sm">
                {attempt.unit.name}
              </Text>
            </Table.Th>
            <Table.Td visibleFrom="sm">{attempt.unit.name}</Table.Td>
            <Table.Td>{formatNumber(attempt.attemptNo, locale)}</Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <ResultBadge attempt={attempt} />
                {attempt.result?.late && (
                  <Badge size="sm" variant="outline" color="gray" tt="none">
                    {t('quizResults.attempts.late')}
                  </Badge>
                )}
              </Group>
              {/* Phones have no room for the score column; the score fits under the result. */}
              <Text size="xs" hiddenFrom="sm" mt={2} style={NO_WRAP}>
                {score(attempt)}
              </Text>
              {attempt.regradedAt && (
                <Text size="xs" c="dimmed" mt={2}>
                  {t('quizResults.attempts.regradedAt', { date: formatDateTime(attempt.regradedAt, locale) })}
                </Text>
              )}
            </Table.Td>
            <Table.Td style={NO_WRAP} visibleFrom="sm">
              {score(attempt)}
            </Table.Td>
            <Table.Td visibleFrom="md" style={NO_WRAP}>
              {attempt.submittedAt ? (
                formatDateTime(attempt.submittedAt, locale)
              ) : (
                <Text span size="sm" c="dimmed">
                  {t('quizResults.attempts.startedAt', { date: formatDateTime(attempt.startedAt, locale) })}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}

function ResultBadge({ attempt }: { attempt: QuizAttemptRow }) {
  const { t } = useTranslation();
  const [status, color] = !attempt.result
    ? (['in_progress', 'blue'] as const)
    : attempt.result.passed
      ? (['passed', 'teal'] as const)
      : (['failed', 'red'] as const);
  return (
    <Badge size="sm" variant="light" color={color} tt="none">
      {t(`quizResults.attempts.statuses.${status}`)}
    </Badge>
  );
}
