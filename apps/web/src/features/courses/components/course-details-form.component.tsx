import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { UpdateDraftBody, type CourseOutline, type UploadView } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useUpdateDraftMutation } from '../hooks/use-course-mutations';
import { CourseFields, courseFieldsBody, type CourseFieldValues } from './course-fields.component';
import { CoverField } from './cover-field.component';

interface DetailsValues extends CourseFieldValues {
  cover: UploadView | null;
}

function detailsBody(values: DetailsValues) {
  return { ...courseFieldsBody(values), coverUploadId: values.cover?.id ?? null };
}

function initialValues(outline: CourseOutline): DetailsValues {
  return {
    cover: outline.cover,
    title: outline.title,
    titleEn: outline.titleEn ?? '',
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
  const form = useForm<DetailsValues>({
    initialValues: initialValues(outline),
    validate: contractValidator(UpdateDraftBody, detailsBody, t),
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        update.mutate(UpdateDraftBody.parse(detailsBody(values)), {
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
        <CoverField
          courseId={outline.courseId}
          value={form.values.cover}
          onChange={(cover) => form.setFieldValue('cover', cover)}
          readOnly={!editable}
        />
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
