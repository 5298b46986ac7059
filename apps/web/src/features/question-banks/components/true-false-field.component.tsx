import { Group, Radio, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { QuestionValues } from '../hooks/question-form';
import { RichTextInput } from './rich-text-input.component';

export function TrueFalseField({ form, courseId }: { form: UseFormReturnType<QuestionValues>; courseId: string }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Radio.Group
        label={t('questionBanks.editor.trueFalseAnswer')}
        required
        value={form.values.answer ? 'true' : 'false'}
        onChange={(value) => form.setFieldValue('answer', value === 'true')}
        error={form.errors['answer']}
      >
        <Group mt="xs">
          <Radio value="true" label={t('questionBanks.editor.true')} />
          <Radio value="false" label={t('questionBanks.editor.false')} />
        </Group>
      </Radio.Group>
      <RichTextInput
        label={t('questionBanks.editor.trueFeedback')}
        description={t('questionBanks.editor.answerFeedbackHint')}
        courseId={courseId}
        value={form.values.trueFeedback}
        onChange={(html) => form.setFieldValue('trueFeedback', html)}
        error={form.errors['trueFeedback']}
      />
      <RichTextInput
        label={t('questionBanks.editor.falseFeedback')}
        description={t('questionBanks.editor.answerFeedbackHint')}
        courseId={courseId}
        value={form.values.falseFeedback}
        onChange={(html) => form.setFieldValue('falseFeedback', html)}
        error={form.errors['falseFeedback']}
      />
    </Stack>
  );
}
