import { Alert, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, TagsInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES, QuestionBody, type QuestionBankView, type QuestionView } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { SubmitError } from '../../../app/ui/form-error.component';
import { listError } from '../hooks/form-errors';
import { categoryOfOptionValue, categoryOptionValue, questionTypeOf } from '../hooks/question-filters';
import {
  newQuestionValues,
  questionBody,
  questionValues,
  validateQuestion,
  type QuestionValues,
} from '../hooks/question-form';
import { useCreateQuestionMutation, useUpdateQuestionMutation } from '../hooks/use-question-bank-mutations';
import { AcceptedAnswersField } from './accepted-answers-field.component';
import { ChoiceOptionsField } from './choice-options-field.component';
import { OrderingItemsField } from './ordering-items-field.component';
import { RichTextInput } from './rich-text-input.component';
import { TrueFalseField } from './true-false-field.component';

const NO_CATEGORY = 'none';

interface QuestionFormProps {
  bank: QuestionBankView;
  /** The question being edited; absent to write a new one. */
  question?: QuestionView;
  onDirtyChange: (dirty: boolean) => void;
  onSaved: (saved: QuestionView) => void;
  onCancel: () => void;
}

export function QuestionForm(props: QuestionFormProps) {
  return props.question ? <EditQuestionForm {...props} question={props.question} /> : <NewQuestionForm {...props} />;
}

function NewQuestionForm(props: QuestionFormProps) {
  const create = useCreateQuestionMutation(props.bank.courseId, props.bank.id);
  return <QuestionFields {...props} initial={newQuestionValues()} mutation={create} />;
}

function EditQuestionForm(props: QuestionFormProps & { question: QuestionView }) {
  const update = useUpdateQuestionMutation(props.bank.courseId, props.bank.id, props.question.id);
  return <QuestionFields {...props} initial={questionValues(props.question)} mutation={update} />;
}

interface QuestionFieldsProps extends QuestionFormProps {
  initial: QuestionValues;
  mutation: ReturnType<typeof useCreateQuestionMutation>;
}

function QuestionFields({ bank, question, initial, mutation, onDirtyChange, onSaved, onCancel }: QuestionFieldsProps) {
  const { t } = useTranslation();
  const form = useForm<QuestionValues>({
    initialValues: initial,
    validate: (values) => validateQuestion(values, t),
    onValuesChange: () => onDirtyChange(form.isDirty()),
  });
  const { type } = form.values;
  const courseId = bank.courseId;
  // A category removed from the bank since the question was written still shows, so it can be changed.
  const categories = [...new Set([...bank.categories, ...(initial.category ? [initial.category] : [])])];
  const hasErrors = Object.keys(form.errors).length > 0;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        mutation.mutate(QuestionBody.parse(questionBody(values)), {
          onSuccess: onSaved,
          onError: (error) => form.setErrors(apiFieldErrors(error, t)),
        }),
      )}
    >
      <Stack>
        <Paper withBorder p="md">
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('questionBanks.question.type')}
                data={QUESTION_TYPES.map((value) => ({ value, label: t(`questionBanks.types.${value}`) }))}
                allowDeselect={false}
                value={type}
                onChange={(value) => form.setFieldValue('type', questionTypeOf(value ?? '') ?? type)}
                description={question ? t('questionBanks.editor.typeChangeHint') : undefined}
              />
              <NumberInput
                label={t('questionBanks.question.points')}
                required
                min={1}
                max={100}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('points')}
              />
            </SimpleGrid>
            <RichTextInput
              label={t('questionBanks.question.stem')}
              required
              courseId={courseId}
              value={form.values.stem}
              onChange={(html) => form.setFieldValue('stem', html)}
              error={form.errors['stem']}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('questionBanks.question.category')}
                description={categories.length === 0 ? t('questionBanks.editor.noCategoriesHint') : undefined}
                data={[
                  { value: NO_CATEGORY, label: t('questionBanks.editor.noCategory') },
                  ...categories.map((name) => ({ value: categoryOptionValue(name), label: name })),
                ]}
                allowDeselect={false}
                value={form.values.category === null ? NO_CATEGORY : categoryOptionValue(form.values.category)}
                onChange={(value) => form.setFieldValue('category', categoryOfOptionValue(value))}
                error={form.errors['category']}
              />
              <TagsInput
                label={t('questionBanks.question.tags')}
                description={t('questionBanks.editor.tagsHint')}
                maxTags={20}
                clearable={false}
                {...form.getInputProps('tags')}
                error={listError(form.errors, 'tags')}
              />
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          {type === 'single_choice' || type === 'multiple_choice' ? (
            <ChoiceOptionsField form={form} courseId={courseId} />
          ) : type === 'true_false' ? (
            <TrueFalseField form={form} courseId={courseId} />
          ) : type === 'short_text' ? (
            <AcceptedAnswersField form={form} />
          ) : (
            <OrderingItemsField form={form} courseId={courseId} />
          )}
        </Paper>
        <Paper withBorder p="md">
          <RichTextInput
            label={t('questionBanks.question.feedback')}
            description={t('questionBanks.editor.feedbackHint')}
            courseId={courseId}
            value={form.values.feedback}
            onChange={(html) => form.setFieldValue('feedback', html)}
            error={form.errors['feedback']}
          />
        </Paper>
        {hasErrors && (
          <Alert color="red" variant="light" role="alert">
            {t('questionBanks.editor.fixErrors')}
          </Alert>
        )}
        <SubmitError error={mutation.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {question ? t('common.save') : t('questionBanks.editor.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
