import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The optional English title of a course, module or lesson, shown to people using the app in English. */
export function EnglishTitleField(props: TextInputProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('courses.fields.titleEn')}
      description={t('courses.fields.titleEnHint')}
      lang="en"
      autoComplete="off"
      {...props}
    />
  );
}
