import { Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateLessonBody, LESSON_COMPLETIONS, type CourseOutline, type ModuleOutline } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useCreateLessonMutation } from '../hooks/use-outline-mutations';

/** Completion by watching needs a video, which is added in the lesson editor; it is offered there. */
const NEW_LESSON_COMPLETIONS = LESSON_COMPLETIONS.filter((completion) => completion !== 'video_watched');

interface Values {
  title: string;
  completion: string | null;
  estimatedMinutes: number | string;
}

function toBody(values: Values) {
  return {
    title: values.title,
    completion: NEW_LESSON_COMPLETIONS.find((completion) => completion === values.completion),
    estimatedMinutes: typeof values.estimatedMinutes === 'number' ? values.estimatedMinutes : undefined,
  };
}

interface AddLessonDialogProps {
  outline: CourseOutline;
  module: ModuleOutline;
  onClose: () => void;
}

/** Adds a lesson at the end of a module, then opens it for writing. */
export function AddLessonDialog({ outline, module, onClose }: AddLessonDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateLessonMutation(outline, module.id);
  const form = useForm<Values>({
    initialValues: { title: '', completion: 'read_to_end', estimatedMinutes: 5 },
    validate: contractValidator(CreateLessonBody, toBody, t),
  });
  return (
    <Modal opened onClose={onClose} title={t('courses.outline.newLesson.title', { title: module.title })} centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          create.mutate(CreateLessonBody.parse(toBody(values)), {
            onSuccess: (lesson) => {
              notifySuccess(t('courses.outline.newLesson.done', { title: lesson.title }));
              void navigate(`/lessons/${lesson.id}`);
            },
            onError: (error) => form.setErrors(apiFieldErrors(error, t)),
          });
        })}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {form.values.completion === 'quiz_passed'
              ? t('courses.outline.newLesson.quizHint')
              : t('courses.outline.newLesson.hint')}
          </Text>
          <TextInput
            label={t('courses.outline.lessonTitle')}
            required
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('title')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('courses.lesson.fields.completion')}
              allowDeselect={false}
              data={NEW_LESSON_COMPLETIONS.map((value) => ({ value, label: t(`lessonCompletions.${value}`) }))}
              {...form.getInputProps('completion')}
            />
            <NumberInput
              label={t('courses.lesson.fields.estimatedMinutes')}
              min={1}
              max={600}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('estimatedMinutes')}
            />
          </SimpleGrid>
          <SubmitError error={create.error} />
          <FormActions submitLabel={t('common.create')} submitting={create.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
