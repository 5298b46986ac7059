import { NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { COURSE_CATEGORIES, LOCALES, type CreateCourseBody } from '@sen/contracts';
import { EnglishTitleField } from './english-title-field.component';

export interface CourseFieldValues {
  title: string;
  titleEn: string;
  summary: string;
  category: string | null;
  language: string | null;
  estimatedMinutes: number | string;
}

/** The form's values as the contract's fields; invalid choices become absent so the schema reports them. */
export function courseFieldsBody(values: CourseFieldValues) {
  return {
    title: values.title,
    titleEn: values.titleEn,
    summary: values.summary.trim(),
    category: (COURSE_CATEGORIES as readonly string[]).includes(values.category ?? '')
      ? (values.category as CreateCourseBody['category'])
      : undefined,
    language: (LOCALES as readonly string[]).includes(values.language ?? '')
      ? (values.language as CreateCourseBody['language'])
      : undefined,
    estimatedMinutes: typeof values.estimatedMinutes === 'number' ? values.estimatedMinutes : undefined,
  };
}

interface CourseFieldsProps {
  inputProps: (path: keyof CourseFieldValues) => GetInputPropsReturnType;
  readOnly?: boolean;
}

/** Titles, summary, category, language and duration: shared by the create form and the draft editor. */
export function CourseFields({ inputProps, readOnly = false }: CourseFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('courses.fields.title')} required readOnly={readOnly} {...inputProps('title')} />
        <EnglishTitleField readOnly={readOnly} {...inputProps('titleEn')} />
      </SimpleGrid>
      <Textarea
        label={t('courses.fields.summary')}
        autosize
        minRows={3}
        maxRows={10}
        readOnly={readOnly}
        {...inputProps('summary')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('courses.fields.category')}
          required
          readOnly={readOnly}
          data={COURSE_CATEGORIES.map((value) => ({ value, label: t(`courseCategories.${value}`) }))}
          {...inputProps('category')}
        />
        <Select
          label={t('courses.fields.language')}
          required
          readOnly={readOnly}
          allowDeselect={false}
          data={LOCALES.map((value) => ({ value, label: t(`language.${value}`) }))}
          {...inputProps('language')}
        />
        <NumberInput
          label={t('courses.fields.estimatedMinutes')}
          min={0}
          max={10_000}
          allowDecimal={false}
          allowNegative={false}
          readOnly={readOnly}
          {...inputProps('estimatedMinutes')}
        />
      </SimpleGrid>
    </Stack>
  );
}
