import { lazy, Suspense, useId } from 'react';
import { Button, Group, NumberInput, Select, SimpleGrid, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LESSON_COMPLETIONS, UpdateLessonBody, type LessonView, type UploadView } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator, optionalText } from '../../../app/forms/contract-validator';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useUpdateLessonMutation } from '../hooks/use-lesson-mutations';
import { AttachmentsField } from './attachments-field.component';
import { EnglishTitleField } from './english-title-field.component';
import { VideoField, type VideoSource } from './video-field.component';

// TipTap and ProseMirror are the heaviest code of the app: a chunk of their own, only for lesson authors.
// Its download starts as soon as this screen's code runs, alongside the lesson's own request.
const richTextField = import('./rich-text-field.component');
const RichTextField = lazy(async () => ({ default: (await richTextField).RichTextField }));

export interface LessonValues {
  title: string;
  titleEn: string;
  completion: string | null;
  estimatedMinutes: number | string;
  videoSource: VideoSource;
  videoUrl: string;
  videoUpload: UploadView | null;
  attachments: UploadView[];
  html: string;
}

export function lessonValues(lesson: LessonView): LessonValues {
  return {
    title: lesson.title,
    titleEn: lesson.titleEn ?? '',
    completion: lesson.completion,
    estimatedMinutes: lesson.estimatedMinutes,
    videoSource: lesson.videoUpload ? 'upload' : 'link',
    videoUrl: lesson.videoUrl ?? '',
    videoUpload: lesson.videoUpload,
    attachments: lesson.attachments,
    html: lesson.html,
  };
}

function toBody(values: LessonValues) {
  return {
    title: values.title,
    titleEn: values.titleEn,
    completion: LESSON_COMPLETIONS.find((completion) => completion === values.completion),
    estimatedMinutes: typeof values.estimatedMinutes === 'number' ? values.estimatedMinutes : undefined,
    // Only the chosen source is kept; an emptied link or removed file removes the video.
    videoUrl: values.videoSource === 'link' ? (optionalText(values.videoUrl) ?? null) : null,
    videoUploadId: values.videoSource === 'upload' ? (values.videoUpload?.id ?? null) : null,
    attachmentIds: values.attachments.map((file) => file.id),
    html: values.html,
  };
}

interface LessonFormProps {
  lesson: LessonView;
  readOnly: boolean;
  onDirtyChange: (dirty: boolean) => void;
}

export function LessonForm({ lesson, readOnly, onDirtyChange }: LessonFormProps) {
  const { t } = useTranslation();
  const contentLabelId = useId();
  const update = useUpdateLessonMutation(lesson.id);
  const form = useForm<LessonValues>({
    initialValues: lessonValues(lesson),
    validate: contractValidator(UpdateLessonBody, toBody, t),
    onValuesChange: () => onDirtyChange(form.isDirty()),
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        update.mutate(UpdateLessonBody.parse(toBody(values)), {
          onSuccess: (saved) => {
            // The server may have removed markup it does not allow: show exactly what it stored.
            form.setInitialValues(lessonValues(saved));
            form.setValues(lessonValues(saved));
            onDirtyChange(false);
            notifySuccess(t('courses.lesson.saved'));
          },
          onError: (error) => form.setErrors(apiFieldErrors(error, t)),
        });
      })}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('courses.lesson.fields.title')}
            required
            readOnly={readOnly}
            {...form.getInputProps('title')}
          />
          <EnglishTitleField readOnly={readOnly} {...form.getInputProps('titleEn')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('courses.lesson.fields.completion')}
            allowDeselect={false}
            readOnly={readOnly}
            data={LESSON_COMPLETIONS.map((value) => ({ value, label: t(`lessonCompletions.${value}`) }))}
            {...form.getInputProps('completion')}
          />
          <NumberInput
            label={t('courses.lesson.fields.estimatedMinutes')}
            min={1}
            max={600}
            allowDecimal={false}
            allowNegative={false}
            readOnly={readOnly}
            {...form.getInputProps('estimatedMinutes')}
          />
        </SimpleGrid>
        <VideoField
          courseId={lesson.courseId}
          source={form.values.videoSource}
          onSourceChange={(source) => form.setFieldValue('videoSource', source)}
          urlProps={form.getInputProps('videoUrl')}
          upload={form.values.videoUpload}
          onUploadChange={(upload) => form.setFieldValue('videoUpload', upload)}
          readOnly={readOnly}
          error={
            (form.errors.videoUploadId ?? (form.values.videoSource === 'upload' ? form.errors.videoUrl : undefined)) as
              string | undefined
          }
        />
        <Stack gap={4}>
          <Text id={contentLabelId} size="sm" fw={500} component="label">
            {t('courses.lesson.fields.content')}
          </Text>
          <Suspense fallback={<Skeleton height={300} aria-label={t('courses.lesson.editor.loading')} />}>
            <RichTextField
              value={form.values.html}
              onChange={(html) => form.setFieldValue('html', html)}
              labelId={contentLabelId}
              courseId={lesson.courseId}
              readOnly={readOnly}
            />
          </Suspense>
        </Stack>
        <AttachmentsField
          courseId={lesson.courseId}
          value={form.values.attachments}
          onChange={(attachments) => form.setFieldValue('attachments', attachments)}
          readOnly={readOnly}
          error={
            Object.entries(form.errors).find(([path]) => path.startsWith('attachmentIds'))?.[1] as string | undefined
          }
        />
        {!readOnly && (
          <>
            <SubmitError error={update.error} />
            <Group justify="flex-end">
              <Button
                variant="default"
                disabled={!form.isDirty()}
                onClick={() => {
                  form.reset();
                  onDirtyChange(false);
                }}
              >
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={update.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
