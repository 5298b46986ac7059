import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { CertificateCard } from '../components/certificate-card.component';
import { useMyCertificatesQuery } from '../hooks/use-certificate-queries';

/** Her certificates, newest first, and those the worker is still issuing (the page asks again until they are in). */
export function MyCertificatesPage() {
  const { t } = useTranslation();
  const certificates = useMyCertificatesQuery();

  const body = () => {
    if (certificates.isPending) return <ListSkeleton rows={3} />;
    if (certificates.isError) {
      return <QueryError error={certificates.error} onRetry={() => void certificates.refetch()} />;
    }
    const { items, pending } = certificates.data;
    return (
      <>
        {pending.map((p) => (
          <Alert key={p.course.id} color="blue" variant="light" role="status">
            <Group gap="sm" wrap="nowrap">
              <Loader size="xs" aria-hidden />
              <Text size="sm">{t('certificates.pending', { course: p.course.name })}</Text>
            </Group>
          </Alert>
        ))}
        {items.length === 0 && pending.length === 0 ? (
          <EmptyList
            title={t('certificates.empty')}
            description={t('certificates.emptyHint')}
            action={
              <Button component={Link} to="/learn" variant="light">
                {t('certificates.toLearning')}
              </Button>
            }
          />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {items.map((certificate) => (
              <CertificateCard key={certificate.id} certificate={certificate} />
            ))}
          </SimpleGrid>
        )}
      </>
    );
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('certificates.title')} />
      {body()}
    </Stack>
  );
}
