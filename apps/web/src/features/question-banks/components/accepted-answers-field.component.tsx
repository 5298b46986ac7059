import { ActionIcon, Button, Fieldset, Group, Input, Stack, Switch, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { QuestionValues } from '../hooks/question-form';

const MAX_ANSWERS = 20;

/** The answers a trainee may type, compared after trimming and ignoring case (and accents, if chosen). */
export function AcceptedAnswersField({ form }: { form: UseFormReturnType<QuestionValues> }) {
  const { t } = useTranslation();
  const answers = form.values.acceptedAnswers;
  return (
    <Fieldset legend={t('questionBanks.editor.acceptedAnswers')} variant="unstyled">
      <Stack gap="sm">
        <Input.Description>{t('questionBanks.editor.acceptedAnswersHint')}</Input.Description>
        {answers.map((_, index) => {
          const n = index + 1;
          return (
            // Answers have no id; the position is their identity while the form is open.
            <TextInput
              key={index}
              label={t('questionBanks.editor.acceptedAnswer', { n })}
              required={index === 0}
              autoComplete="off"
              {...form.getInputProps(`acceptedAnswers.${index}`)}
              rightSectionPointerEvents="all"
              rightSection={
                answers.length > 1 && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('questionBanks.editor.removeAnswer', { n })}
                    onClick={() => form.removeListItem('acceptedAnswers', index)}
                  >
                    <span aria-hidden>✕</span>
                  </ActionIcon>
                )
              }
            />
          );
        })}
        {form.errors['acceptedAnswers'] && <Input.Error role="alert">{form.errors['acceptedAnswers']}</Input.Error>}
        <Group>
          <Button
            variant="light"
            disabled={answers.length >= MAX_ANSWERS}
            onClick={() => form.insertListItem('acceptedAnswers', '')}
          >
            {t('questionBanks.editor.addAnswer')}
          </Button>
        </Group>
        <Switch
          label={t('questionBanks.editor.diacriticsInsensitive')}
          description={t('questionBanks.editor.diacriticsInsensitiveHint')}
          {...form.getInputProps('diacriticsInsensitive', { type: 'checkbox' })}
        />
      </Stack>
    </Fieldset>
  );
}
