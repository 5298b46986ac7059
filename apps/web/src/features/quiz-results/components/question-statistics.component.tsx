import { Badge, Box, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionStatistic } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { formatNumber, intlLocale } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { questionFlags, type QuestionFlag } from '../hooks/result-insights';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** Item analysis per question, with the ones worth a second look flagged. */
export function QuestionStatistics({ questions }: { questions: QuestionStatistic[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const percent = new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const notDefined = (
    <Text span inherit c="dimmed" title={t('quizResults.questions.undefined')}>
      —
    </Text>
  );
  return (
    <Stack gap="xs" component="section" aria-labelledby="question-statistics-title">
      <Title order={2} size="h4" id="question-statistics-title">
        {t('quizResults.questions.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('quizResults.questions.help')}
      </Text>
      {questions.length === 0 ? (
        <EmptyList title={t('quizResults.questions.empty')} />
      ) : (
        <CaptionedTable caption={t('quizResults.questions.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('quizResults.questions.question')}</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                {t('quizResults.questions.attempts')}
              </Table.Th>
              <Table.Th scope="col">{t('quizResults.questions.facility')}</Table.Th>
              <Table.Th scope="col">{t('quizResults.questions.discrimination')}</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                {t('quizResults.questions.flags')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {questions.map((question, index) => {
              const flags = questionFlags(question);
              return (
                <Table.Tr key={question.questionId}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm" fw={500} lineClamp={3}>
                      {index + 1}. {question.stem}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`quizResults.questionTypes.${question.type}`)}
                      <Text span inherit hiddenFrom="sm">
                        {' · '}
                        {t('quizResults.questions.attempts')}: {formatNumber(question.attempts, locale)}
                      </Text>
                    </Text>
                    {/* Phones have no room for the flags column; the flags sit under the question. */}
                    {flags.length > 0 && (
                      <Box hiddenFrom="sm" mt={4}>
                        <Flags flags={flags} />
                      </Box>
                    )}
                    {question.deleted ? (
                      <Badge size="xs" variant="light" color="gray" tt="none" mt={4}>
                        {t('quizResults.questions.deleted')}
                      </Badge>
                    ) : (
                      question.outdated > 0 && (
                        <Badge size="xs" variant="light" color="orange" tt="none" mt={4}>
                          {t('quizResults.questions.outdated', { count: question.outdated })}
                        </Badge>
                      )
                    )}
                  </Table.Th>
                  <Table.Td visibleFrom="sm">{formatNumber(question.attempts, locale)}</Table.Td>
                  <Table.Td style={NO_WRAP}>
                    {question.facility === null ? notDefined : percent.format(question.facility)}
                  </Table.Td>
                  <Table.Td style={NO_WRAP}>
                    {question.discrimination === null ? notDefined : decimal.format(question.discrimination)}
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Flags flags={flags} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </CaptionedTable>
      )}
    </Stack>
  );
}

function Flags({ flags }: { flags: QuestionFlag[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {flags.map((flag) => (
        <Badge key={flag} size="sm" variant="light" color={flag === 'weak' ? 'red' : 'yellow'} tt="none">
          {t(`quizResults.questions.flag.${flag}`)}
        </Badge>
      ))}
    </Group>
  );
}
