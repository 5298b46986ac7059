import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '@sen/contracts';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { notifySuccess } from '../../../app/ui/notify';
import { QueryError } from '../../../app/ui/query-error.component';
import { localTitle } from '../../../i18n/local-title';
import { useLocale } from '../../../i18n/use-locale.hook';
import { useCatalogueQuery } from '../hooks/use-learning-queries';
import { useSelfEnrolMutation } from '../hooks/use-self-enrol.mutation';

type CatalogueItem = Catalogue['items'][number];

/** Open courses she may join herself; joining asks first, then opens the course. */
export function CatalogueSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const catalogue = useCatalogueQuery();
  const enrol = useSelfEnrolMutation();
  const [chosen, setChosen] = useState<CatalogueItem | null>(null);

  const close = () => {
    setChosen(null);
    enrol.reset();
  };
  const confirm = () => {
    if (!chosen) return;
    enrol.mutate(chosen.courseId, {
      onSuccess: (outline) => {
        notifySuccess(t('learning.catalogue.enrolled', { title: localTitle(outline, locale) }));
        setChosen(null);
        void navigate(`/learn/${outline.enrolmentId}`);
      },
    });
  };

  return (
    <Stack component="section" aria-labelledby="catalogue-title" gap="sm">
      <Title order={2} size="h3" id="catalogue-title">
        {t('learning.catalogue.title')}
      </Title>
      {catalogue.isPending ? (
        <Skeleton h={96} />
      ) : catalogue.isError ? (
        <QueryError error={catalogue.error} onRetry={() => void catalogue.refetch()} />
      ) : catalogue.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('learning.catalogue.empty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {catalogue.data.items.map((item) => (
            <Paper key={item.courseId} withBorder p="md" component="article" aria-label={localTitle(item, locale)}>
              <Stack gap={6}>
                <Text fw={600}>{localTitle(item, locale)}</Text>
                {item.summary && (
                  <Text size="sm" lineClamp={3}>
                    {item.summary}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {t('learning.catalogue.meta', { count: item.estimatedMinutes, unit: item.ownerUnit.name })}
                </Text>
                <Group justify="flex-end">
                  {item.enrolmentId ? (
                    <Button component={Link} to={`/learn/${item.enrolmentId}`} variant="light">
                      {t('learning.catalogue.open')}
                    </Button>
                  ) : (
                    <Button variant="outline" onClick={() => setChosen(item)}>
                      {t('learning.catalogue.enrol')}
                    </Button>
                  )}
                </Group>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <ConfirmDialog
        opened={chosen !== null}
        title={t('learning.catalogue.confirmTitle', { title: chosen ? localTitle(chosen, locale) : '' })}
        message={t('learning.catalogue.confirmBody')}
        confirmLabel={t('learning.catalogue.enrol')}
        loading={enrol.isPending}
        error={enrol.error}
        onConfirm={confirm}
        onClose={close}
      />
    </Stack>
  );
}
