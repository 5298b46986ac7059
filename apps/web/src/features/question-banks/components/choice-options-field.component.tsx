import { useId, useState } from 'react';
import { Button, Checkbox, Fieldset, Group, Input, Paper, Radio, Stack, Switch } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { emptyOption, isBlankHtml, markCorrect, type QuestionValues } from '../hooks/question-form';
import { RichTextInput } from './rich-text-input.component';

const MAX_OPTIONS = 10;
const MIN_OPTIONS = 2;

interface ChoiceOptionsFieldProps {
  form: UseFormReturnType<QuestionValues>;
  courseId: string;
}

/** The options of a single- or multiple-choice question, each with its key mark and optional feedback. */
export function ChoiceOptionsField({ form, courseId }: ChoiceOptionsFieldProps) {
  const { t } = useTranslation();
  const radioName = useId();
  const { options, type } = form.values;
  const single = type === 'single_choice';
  // An option's feedback box opens on request, or by itself when the option has feedback already.
  const [withFeedback, setWithFeedback] = useState<ReadonlySet<string>>(
    () => new Set(options.filter((option) => !isBlankHtml(option.feedback)).map((option) => option.key)),
  );

  return (
    <Fieldset legend={t('questionBanks.editor.options')} variant="unstyled">
      <Stack gap="sm">
        <Input.Description>
          {single ? t('questionBanks.editor.singleHint') : t('questionBanks.editor.multipleHint')}
        </Input.Description>
        {options.map((option, index) => {
          const n = index + 1;
          const correctLabel = t('questionBanks.editor.correctOption', { n });
          const setCorrect = (correct: boolean) =>
            form.setFieldValue('options', markCorrect(form.values.options, index, type, correct));
          return (
            <Paper key={option.key} withBorder p="sm">
              <Stack gap="xs">
                <RichTextInput
                  label={t('questionBanks.editor.option', { n })}
                  required
                  courseId={courseId}
                  value={option.text}
                  onChange={(html) => form.setFieldValue(`options.${index}.text`, html)}
                  error={form.errors[`options.${index}.text`]}
                />
                <Group justify="space-between" gap="xs">
                  {single ? (
                    <Radio
                      name={radioName}
                      label={t('questionBanks.editor.correct')}
                      aria-label={correctLabel}
                      checked={option.correct}
                      onChange={(event) => setCorrect(event.currentTarget.checked)}
                    />
                  ) : (
                    <Checkbox
                      label={t('questionBanks.editor.correct')}
                      aria-label={correctLabel}
                      checked={option.correct}
                      onChange={(event) => setCorrect(event.currentTarget.checked)}
                    />
                  )}
                  <Group gap="xs">
                    {!withFeedback.has(option.key) && (
                      <Button
                        variant="subtle"
                        size="xs"
                        onClick={() => setWithFeedback((shown) => new Set(shown).add(option.key))}
                      >
                        {t('questionBanks.editor.addOptionFeedback', { n })}
                      </Button>
                    )}
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      disabled={options.length <= MIN_OPTIONS}
                      onClick={() => form.removeListItem('options', index)}
                    >
                      {t('questionBanks.editor.removeOption', { n })}
                    </Button>
                  </Group>
                </Group>
                {withFeedback.has(option.key) && (
                  <RichTextInput
                    label={t('questionBanks.editor.optionFeedback', { n })}
                    courseId={courseId}
                    value={option.feedback}
                    onChange={(html) => form.setFieldValue(`options.${index}.feedback`, html)}
                    error={form.errors[`options.${index}.feedback`]}
                  />
                )}
              </Stack>
            </Paper>
          );
        })}
        {form.errors['options'] && <Input.Error role="alert">{form.errors['options']}</Input.Error>}
        <Group justify="space-between" gap="sm">
          <Button
            variant="light"
            disabled={options.length >= MAX_OPTIONS}
            onClick={() => form.insertListItem('options', emptyOption())}
          >
            {t('questionBanks.editor.addOption')}
          </Button>
          {!single && (
            <Switch
              label={t('questionBanks.editor.partialCredit')}
              description={t('questionBanks.editor.partialCreditHint')}
              {...form.getInputProps('partialCredit', { type: 'checkbox' })}
            />
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}
