import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/ui/page-header.component';
import { UnitChildren } from '../components/unit-children.component';

export function UnitRootsPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('units.title')} />
      <UnitChildren listLabel={t('units.rootsLabel')} />
    </Stack>
  );
}
