import { useState } from 'react';
import { Alert, Button, Checkbox, Group, List, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionStatistic, RegradeResult } from '@sen/contracts';
import { FormError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { outdatedQuestionIds, regradeBody } from '../hooks/result-insights';
import { useRegradeMutation } from '../hooks/use-quiz-results';

type Step = 'choose' | 'confirm' | 'done';

interface RegradeDialogProps {
  quizId: string;
  questions: QuestionStatistic[];
  onClose: () => void;
}

/**
 * Regrading rewrites grades and may complete or reopen learners' steps, so it takes three steps: choose
 * the questions (those whose key changed in the bank come chosen), read what will happen and confirm,
 * then see what changed.
 */
export function RegradeDialog({ quizId, questions, onClose }: RegradeDialogProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('choose');
  const [chosen, setChosen] = useState<string[]>(() => outdatedQuestionIds(questions));
  const [missing, setMissing] = useState(false);
  const regrade = useRegradeMutation(quizId);
  const allChosen = chosen.length === questions.length;

  const title =
    step === 'confirm'
      ? t('quizResults.regrade.confirmTitle')
      : step === 'done'
        ? t('quizResults.regrade.doneTitle')
        : t('quizResults.regrade.title');

  return (
    <Modal opened onClose={regrade.isPending ? () => undefined : onClose} title={title} centered size="lg">
      {step === 'choose' && (
        <Stack>
          <Text size="sm">{t('quizResults.regrade.intro')}</Text>
          {outdatedQuestionIds(questions).length > 0 && (
            <Text size="sm" c="dimmed">
              {t('quizResults.regrade.preselected')}
            </Text>
          )}
          <Checkbox
            label={t('quizResults.regrade.all')}
            checked={allChosen}
            indeterminate={chosen.length > 0 && !allChosen}
            onChange={(event) => {
              setMissing(false);
              setChosen(event.currentTarget.checked ? questions.map((q) => q.questionId) : []);
            }}
          />
          <ScrollArea.Autosize mah={320} type="auto">
            <Checkbox.Group
              label={t('quizResults.regrade.questions')}
              value={chosen}
              onChange={(value) => {
                setMissing(false);
                setChosen(value);
              }}
              error={missing ? t('quizResults.regrade.noneChosen') : undefined}
            >
              <Stack gap="xs" mt="xs">
                {questions.map((question, index) => (
                  <Checkbox
                    key={question.questionId}
                    value={question.questionId}
                    label={`${index + 1}. ${question.stem}`}
                    description={
                      question.deleted
                        ? t('quizResults.questions.deleted')
                        : question.outdated > 0
                          ? t('quizResults.questions.outdated', { count: question.outdated })
                          : undefined
                    }
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          </ScrollArea.Autosize>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              onClick={() => {
                if (chosen.length === 0) setMissing(true);
                else setStep('confirm');
              }}
            >
              {t('quizResults.regrade.next')}
            </Button>
          </Group>
        </Stack>
      )}
      {step === 'confirm' && (
        <Stack>
          <Text size="sm" fw={500}>
            {t('quizResults.regrade.chosenCount', { count: chosen.length })}
          </Text>
          <List size="sm" spacing="xs">
            <List.Item>{t('quizResults.regrade.explain.copy')}</List.Item>
            <List.Item>{t('quizResults.regrade.explain.grade')}</List.Item>
            <List.Item>{t('quizResults.regrade.explain.steps')}</List.Item>
            <List.Item>{t('quizResults.regrade.explain.kept')}</List.Item>
          </List>
          <FormError error={regrade.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setStep('choose')} disabled={regrade.isPending}>
              {t('quizResults.regrade.back')}
            </Button>
            <Button
              color="orange"
              loading={regrade.isPending}
              onClick={() =>
                regrade.mutate(regradeBody(chosen, questions), {
                  onSuccess: () => {
                    notifySuccess(t('quizResults.regrade.doneTitle'));
                    setStep('done');
                  },
                })
              }
            >
              {t('quizResults.regrade.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
      {step === 'done' && regrade.data && (
        <Stack>
          <RegradeOutcome result={regrade.data} />
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function RegradeOutcome({ result }: { result: RegradeResult }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows = [
    ['attempts', result.attempts],
    ['changed', result.changed],
    ['nowPassed', result.nowPassed],
    ['nowFailed', result.nowFailed],
  ] as const;
  return (
    <Stack gap="xs">
      <Table withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          {rows.map(([key, value]) => (
            <Table.Tr key={key}>
              <Table.Th scope="row" fw={400}>
                {t(`quizResults.regrade.result.${key}`)}
              </Table.Th>
              <Table.Td fw={600}>{formatNumber(value, locale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {result.keptQuestionIds.length > 0 && (
        <Alert color="yellow" variant="light">
          {t('quizResults.regrade.result.kept')}: {formatNumber(result.keptQuestionIds.length, locale)}
        </Alert>
      )}
    </Stack>
  );
}
