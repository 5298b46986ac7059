import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Enrolments pin a published version, so a course without one has nobody to enrol yet. */
export function NotPublishedNotice({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={t('courses.delivery.notPublishedTitle')}>
      {message}
    </Alert>
  );
}
