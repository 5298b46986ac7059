import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { UpdateDraftBody, type CourseOutline } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useUpdateDraftMutation } from '../hooks/use-course-mutations';
import { CourseFields, courseFieldsBody, type CourseFieldValues } from './course-fields.component';

function initialValues(outline: CourseOutline): CourseFieldValues {
  return {
    title: outline.title,
    summary: outline.summary,
    category: outline.category,
    language: outline.language,
    estimatedMinutes: outline.estimatedMinutes,
  };
}

/** The shown version's title, summary, category, language and duration; editable on the draft only. */
export function CourseDetailsForm({ outline, editable }: { outline: CourseOutline; editable: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateDraftMutation(outline.courseId);
  const form = useForm<CourseFieldValues>({
    initialValues: initialValues(outline),
    validate: contractValidator(UpdateDraftBody, courseFieldsBody, t),
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        update.mutate(UpdateDraftBody.parse(courseFieldsBody(values)), {
          onSuccess: (saved) => {
            form.setInitialValues(initialValues(saved));
            form.setValues(initialValues(saved));
            notifySuccess(t('courses.details.done'));
          },
          onError: (error) => form.setErrors(apiFieldErrors(error, t)),
        });
      })}
    >
      <Stack>
        {!editable && (
          <Text size="sm" c="dimmed">
            {t('courses.details.readOnly')}
          </Text>
        )}
        <CourseFields inputProps={(path) => form.getInputProps(path)} readOnly={!editable} />
        {editable && (
          <>
            <SubmitError error={update.error} />
            <Group justify="flex-end">
              <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
                {t('common.save')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
