import { lazy, Suspense, useState } from 'react';
import { Badge, Button, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routeTable } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { UnitPositionsPanel } from '../../positions/components/unit-positions-panel.component';
import { UnitBreadcrumbs } from '../components/unit-breadcrumbs.component';
import { UnitChildren } from '../components/unit-children.component';
import { useLevelName } from '../hooks/use-level-name.hook';
import { useUnitQuery } from '../hooks/use-unit.query';

// Admin-only dialogs stay out of the bundle for everyone else.
const UnitAdminActions = lazy(() =>
  import('../components/unit-admin-actions.component').then((module) => ({ default: module.UnitAdminActions })),
);

type TabValue = 'children' | 'positions';

export function UnitDetailPage() {
  const { t } = useTranslation();
  const { unitId = '' } = useParams();
  const locale = useLocale();
  const levelName = useLevelName();
  const unit = useUnitQuery(unitId);
  const canEdit = useCan(routeTable.createUnit);
  const [tab, setTab] = useState<TabValue>('children');

  if (unit.isPending) return <ListSkeleton rows={4} />;
  if (unit.isError) return <QueryError error={unit.error} onRetry={() => void unit.refetch()} />;
  const detail = unit.data;

  return (
    <Stack>
      <UnitBreadcrumbs unit={detail} />
      <PageHeader
        title={detail.name}
        actions={
          canEdit ? (
            <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
              <UnitAdminActions unit={detail} />
            </Suspense>
          ) : undefined
        }
      />
      <Group gap="xs">
        <Badge variant="outline">{levelName(detail.level)}</Badge>
        <Text size="sm" c="dimmed">
          {t('units.childCount', { count: detail.childCount, formatted: formatNumber(detail.childCount, locale) })}
          {' · '}
          {t('units.memberCount', { count: detail.memberCount, formatted: formatNumber(detail.memberCount, locale) })}
        </Text>
        <Button component={Link} to={`/people?unitId=${detail.id}`} variant="subtle" size="compact-sm">
          {t('units.viewMembers')}
        </Button>
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => setTab(value === 'positions' ? 'positions' : 'children')}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="children">{t('units.tabs.children')}</Tabs.Tab>
          <Tabs.Tab value="positions">{t('units.tabs.positions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="children" pt="md">
          <UnitChildren key={detail.id} parentId={detail.id} listLabel={t('units.childrenOf', { name: detail.name })} />
        </Tabs.Panel>
        <Tabs.Panel value="positions" pt="md">
          <UnitPositionsPanel unitId={detail.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
