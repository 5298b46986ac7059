import { Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateCourseBody, type CourseCategory, type Ref } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { PageHeader } from '../../../app/ui/page-header.component';
import { useLocale } from '../../../i18n/use-locale.hook';
import { UnitPicker } from '../../units/components/unit-picker.component';
import { CourseFields, courseFieldsBody, type CourseFieldValues } from '../components/course-fields.component';
import { useCreateCourseMutation } from '../hooks/use-course-mutations';

interface Values extends CourseFieldValues {
  ownerUnit: Ref | null;
}

function toBody(values: Values) {
  return {
    ...courseFieldsBody(values),
    ownerUnitId: values.ownerUnit?.id ?? '',
    // Not chosen yet: passed on as is, so the schema reports it at the field.
    category: (values.category ?? '') as CourseCategory,
  };
}

/** The form names the picked unit `ownerUnit`; the contract calls it `ownerUnitId`. */
function renameUnitError(errors: Record<string, unknown>) {
  if (errors['ownerUnitId']) errors['ownerUnit'] = errors['ownerUnitId'];
  return errors as Record<string, React.ReactNode>;
}

export function CourseCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = useLocale();
  const create = useCreateCourseMutation();
  const form = useForm<Values>({
    initialValues: {
      ownerUnit: null,
      title: '',
      titleEn: '',
      summary: '',
      category: null,
      language: locale,
      estimatedMinutes: 0,
    },
    validate: (values) => renameUnitError(contractValidator(CreateCourseBody, toBody, t)(values)),
  });

  return (
    <Stack>
      <PageHeader title={t('courses.create.title')} />
      <Text size="sm" c="dimmed">
        {t('courses.create.hint')}
      </Text>
      <Paper withBorder p="md">
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            create.mutate(CreateCourseBody.parse(toBody(values)), {
              onSuccess: (course) => {
                notifySuccess(t('courses.create.done', { title: course.title }));
                void navigate(`/courses/${course.id}`);
              },
              onError: (error) => form.setErrors(renameUnitError(apiFieldErrors(error, t))),
            });
          })}
        >
          <Stack>
            <UnitPicker
              label={t('courses.fields.ownerUnit')}
              required
              value={form.values.ownerUnit?.id ?? null}
              selected={form.values.ownerUnit}
              error={form.errors['ownerUnit']}
              onChange={(_, picked) => {
                form.setFieldValue('ownerUnit', picked);
                form.clearFieldError('ownerUnit');
              }}
            />
            <CourseFields inputProps={(path) => form.getInputProps(path)} />
            <SubmitError error={create.error} />
            <FormActions
              submitLabel={t('common.create')}
              submitting={create.isPending}
              onCancel={() => void navigate(-1)}
            />
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
