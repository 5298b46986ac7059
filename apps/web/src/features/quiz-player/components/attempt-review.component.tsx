import type { ReactNode } from 'react';
import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttemptQuestionView, QuestionAnswer } from '@sen/contracts';
import { LessonHtml } from '../../../app/ui/lesson-html.component';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { InlineHtml } from './rich-html.component';

const OUTCOME_COLOR = { correct: 'teal', partial: 'yellow', incorrect: 'red' } as const;

/**
 * Her submitted attempt, exactly as far as the server shows it: her answers with each question's outcome
 * (review `answers`), and the key with the feedback (`correct_answers`). Nothing here is worked out on
 * the phone; a field the server leaves out is simply not shown.
 */
export function AttemptReview({ questions }: { questions: AttemptQuestionView[] }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="attempt-review" gap="sm">
      <Title order={2} size="h4" id="attempt-review">
        {t('quiz.review.title')}
      </Title>
      {questions.map((q, index) => (
        <ReviewedQuestion key={q.question.id} view={q} number={index + 1} />
      ))}
    </Stack>
  );
}

function ReviewedQuestion({ view, number }: { view: AttemptQuestionView; number: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = `review-q-${view.question.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h5" id={headingId}>
            {t('quiz.review.question', { number })}
          </Title>
          {view.grade && (
            <Badge color={OUTCOME_COLOR[view.grade.outcome]} variant="light" tt="none">
              {t(`quiz.review.outcome.${view.grade.outcome}`)} ·{' '}
              {t('quiz.review.points', {
                score: formatNumber(view.grade.score, locale),
                max: formatNumber(view.grade.maxScore, locale),
              })}
            </Badge>
          )}
        </Group>
        <LessonHtml html={view.question.stem} />
        <ReviewBody view={view} />
        {view.feedback.length > 0 && (
          <Paper bg="var(--mantine-color-default-hover)" p="sm">
            <Text size="sm" fw={600}>
              {t('quiz.review.feedback')}
            </Text>
            {view.feedback.map((html, index) => (
              <InlineHtml key={index} html={html} />
            ))}
          </Paper>
        )}
      </Stack>
    </Paper>
  );
}

function ReviewBody({ view }: { view: AttemptQuestionView }) {
  const { t } = useTranslation();
  const { question, answer, key } = view;
  const options = question.options ?? [];
  const text = (id: string) => options.find((o) => o.id === id)?.text ?? '';
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const picked = new Set(pickedIds(answer));
      const right = new Set(key?.type === question.type ? key.optionIds : []);
      return (
        <>
          {picked.size === 0 && (
            <Text size="sm" c="dimmed">
              {t('quiz.review.noAnswer')}
            </Text>
          )}
          <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
            {options.map((option) => (
              <Paper component="li" key={option.id} withBorder px="sm" py={6}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Text aria-hidden="true" w="1.25rem">
                    {picked.has(option.id)
                      ? question.type === 'single_choice'
                        ? '◉'
                        : '☑'
                      : question.type === 'single_choice'
                        ? '○'
                        : '☐'}
                  </Text>
                  <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                    <InlineHtml html={option.text} />
                    <Group gap={4}>
                      {picked.has(option.id) && <Marker>{t('quiz.review.picked')}</Marker>}
                      {right.has(option.id) && <Marker color="teal">{t('quiz.review.correctOption')}</Marker>}
                    </Group>
                  </Stack>
                </Group>
              </Paper>
            ))}
          </Stack>
        </>
      );
    }
    case 'true_false':
      return (
        <Stack gap={4}>
          <Line label={t('quiz.review.yourAnswer')}>
            {answer?.type === 'true_false'
              ? answer.answer
                ? t('quiz.true')
                : t('quiz.false')
              : t('quiz.review.noAnswer')}
          </Line>
          {key?.type === 'true_false' && (
            <Line label={t('quiz.review.correctAnswer')}>{key.answer ? t('quiz.true') : t('quiz.false')}</Line>
          )}
        </Stack>
      );
    case 'short_text':
      return (
        <Stack gap={4}>
          <Line label={t('quiz.review.yourAnswer')}>
            {answer?.type === 'short_text' ? answer.text : t('quiz.review.noAnswer')}
          </Line>
          {key?.type === 'short_text' && (
            <Line label={t('quiz.review.acceptedAnswers')}>{key.acceptedAnswers.join('; ')}</Line>
          )}
        </Stack>
      );
    case 'ordering':
      return (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('quiz.review.yourOrder')}
          </Text>
          {answer?.type === 'ordering' ? (
            <OrderList ids={answer.itemIds} text={text} />
          ) : (
            <Text size="sm">{t('quiz.review.noAnswer')}</Text>
          )}
          {key?.type === 'ordering' && (
            <>
              <Text size="sm" fw={600}>
                {t('quiz.review.correctOrder')}
              </Text>
              <OrderList ids={key.itemIds} text={text} />
            </>
          )}
        </Stack>
      );
  }
}

function pickedIds(answer: QuestionAnswer | null): string[] {
  if (answer?.type === 'single_choice') return [answer.optionId];
  if (answer?.type === 'multiple_choice') return answer.optionIds;
  return [];
}

function OrderList({ ids, text }: { ids: string[]; text: (id: string) => string }) {
  return (
    <List type="ordered" spacing={4} size="sm">
      {ids.map((id) => (
        <List.Item key={id}>
          <InlineHtml html={text(id)} />
        </List.Item>
      ))}
    </List>
  );
}

function Marker({ children, color = 'gray' }: { children: ReactNode; color?: string }) {
  return (
    <Badge size="sm" variant="light" color={color} tt="none">
      {children}
    </Badge>
  );
}

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {children}
    </Text>
  );
}
