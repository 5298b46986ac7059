import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AnalyticsBreakdown } from '@sen/contracts';
import { unitLink, type AnalyticsFilters } from '../hooks/analytics-filters';

/** From the top of the caller's scope down to the unit shown, each step keeping the filters. */
export function AnalyticsBreadcrumbs({
  breakdown,
  filters,
}: {
  breakdown: AnalyticsBreakdown;
  filters: AnalyticsFilters;
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('analytics.breadcrumb')}>
      <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
        {breakdown.ancestors.map((ancestor) => (
          <Anchor key={ancestor.id} component={Link} to={unitLink(ancestor.id, filters)} size="sm">
            {ancestor.name}
          </Anchor>
        ))}
        <Text size="sm" aria-current="page">
          {breakdown.unit.name}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
