import { Anchor, EmptyState, List, Stack } from '@mantine/core';
import { Link, Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routeTable, type Ref } from '@sen/contracts';
import { PageHeader } from '../../../app/ui/page-header.component';
import { useSession } from '../../auth/hooks/use-session.query';

/**
 * `/analytics` opens the unit the caller follows (her role's unit, the top of her scope), keeping any
 * filters in the address; someone following several units chooses one.
 */
export function AnalyticsHomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const access: readonly string[] = routeTable.analyticsBreakdown.access;
  const roots = new Map<string, Ref>();
  for (const grant of session.user.roles) if (access.includes(grant.role)) roots.set(grant.unit.id, grant.unit);
  const units = [...roots.values()];

  const [only] = units;
  if (units.length === 1 && only) return <Navigate replace to={`/analytics/units/${only.id}${location.search}`} />;
  return (
    <Stack>
      <PageHeader title={t('analytics.scope.title')} />
      {units.length === 0 ? (
        <EmptyState title={t('analytics.scope.none')} />
      ) : (
        <>
          <p>{t('analytics.scope.description')}</p>
          <List>
            {units.map((unit) => (
              <List.Item key={unit.id}>
                <Anchor component={Link} to={`/analytics/units/${unit.id}${location.search}`}>
                  {unit.name}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
