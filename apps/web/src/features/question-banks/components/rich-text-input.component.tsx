import { lazy, Suspense, useId, type ReactNode } from 'react';
import { Input, Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// TipTap is the heaviest code of the app: its chunk is shared with the lesson editor and starts
// downloading as soon as the question editor's code runs.
const richTextField = import('../../courses/components/rich-text-field.component');
const RichTextField = lazy(async () => ({ default: (await richTextField).RichTextField }));

interface RichTextInputProps {
  label: string;
  value: string;
  onChange: (html: string) => void;
  /** Pictures are uploaded for this course. */
  courseId: string;
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
}

/** A labelled, compact rich-text box (stem, option, feedback) with its error beneath, like any input. */
export function RichTextInput({ label, value, onChange, courseId, error, description, required }: RichTextInputProps) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Input.Wrapper
      label={label}
      // The label names the editing area through aria-labelledby; there is no input for a `for` to point at.
      labelElement="div"
      labelProps={{ id: labelId }}
      description={description}
      error={error}
      required={required}
    >
      <Suspense fallback={<Skeleton height={110} aria-label={t('courses.lesson.editor.loading')} />}>
        <RichTextField compact value={value} onChange={onChange} labelId={labelId} courseId={courseId} />
      </Suspense>
    </Input.Wrapper>
  );
}
