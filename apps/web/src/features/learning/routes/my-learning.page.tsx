import { useState } from 'react';
import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { MyContestsSection } from '../../contests/components/my-contests-section.component';
import { CatalogueSection } from '../components/catalogue-section.component';
import { LearningCard } from '../components/learning-card.component';
import { SECTION_ORDER, groupLearning } from '../hooks/learning-sections';
import { useMyLearningQuery } from '../hooks/use-learning-queries';

/** What a trainee sees first: her courses by urgency, the contests open to her, then the open courses she may join. */
export function MyLearningPage() {
  const { t } = useTranslation();
  const learning = useMyLearningQuery();
  // "Due soon" is judged against when the page opened; it need not tick while she reads it.
  const [now] = useState(Date.now);

  const body = () => {
    if (learning.isPending) return <ListSkeleton rows={3} />;
    if (learning.isError) return <QueryError error={learning.error} onRetry={() => void learning.refetch()} />;
    if (learning.data.items.length === 0) {
      return <EmptyList title={t('learning.empty')} description={t('learning.emptyHint')} />;
    }
    const groups = groupLearning(learning.data.items, now);
    return SECTION_ORDER.filter((section) => groups.get(section)!.length > 0).map((section) => (
      <Stack key={section} component="section" aria-labelledby={`learning-${section}`} gap="sm">
        <Title order={2} size="h4" id={`learning-${section}`}>
          {t(`learning.sections.${section}`)}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {groups.get(section)!.map((item) => (
            <LearningCard key={item.enrolmentId} item={item} />
          ))}
        </SimpleGrid>
      </Stack>
    ));
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('learning.title')} />
      {body()}
      <MyContestsSection />
      <CatalogueSection />
    </Stack>
  );
}
