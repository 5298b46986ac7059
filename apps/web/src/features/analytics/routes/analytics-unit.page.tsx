import { lazy, Suspense, useCallback } from 'react';
import { EmptyState, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ANALYTICS_VIEWS, type AnalyticsBreakdown, type AnalyticsView } from '@sen/contracts';
import { isApiRequestError } from '../../../app/api/api-request-error';
import { NotFoundPage } from '../../../app/access/not-found.page';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { useLocale } from '../../../i18n/use-locale.hook';
import { AnalyticsBreadcrumbs } from '../components/analytics-breadcrumbs.component';
import { AnalyticsFiltersBar } from '../components/analytics-filters.component';
import { ChildrenTable } from '../components/children-table.component';
import { CoursesTable } from '../components/courses-table.component';
import { ExportMenu } from '../components/export-menu.component';
import { HeadlineCards } from '../components/headline-cards.component';
import { PositionsTable } from '../components/positions-table.component';
import { RosterPanel } from '../components/roster-panel.component';
import { TrendPanel } from '../components/trend-panel.component';
import {
  analyticsParams,
  isNarrowed,
  periodReversed,
  readAnalyticsScreen,
  rosterParams,
  withFilters,
  withView,
  type AnalyticsFilters,
  type AnalyticsScreen,
  type RosterStatus,
} from '../hooks/analytics-filters';
import { formatDay } from '../hooks/analytics-format';
import { useAnalyticsBreakdownQuery } from '../hooks/use-analytics';

// The chart library is most of the dashboard's weight: the cards and tables show while it loads.
const CompletionChart = lazy(() =>
  import('../components/completion-chart.component').then((module) => ({ default: module.CompletionChart })),
);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROSTER_PAGE_SIZE = 25;

/**
 * Completion, pass and coverage of one unit in the caller's scope, its children to drill into, its
 * courses and positions, the trend and the roster; every filter and the view live in the address.
 */
export function AnalyticsUnitPage() {
  const { unitId = '' } = useParams();
  // A malformed id names no unit: the same page as one outside the scope.
  if (!UUID.test(unitId)) return <NotFoundPage />;
  return <AnalyticsUnit key={unitId} unitId={unitId} />;
}

function AnalyticsUnit({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [search, setSearch] = useSearchParams();
  const screen = readAnalyticsScreen(search);
  const reversed = periodReversed(screen.filters);
  const breakdown = useAnalyticsBreakdownQuery(unitId, analyticsParams(screen.filters), !reversed);

  const setFilters = useCallback(
    (patch: Partial<AnalyticsFilters>) => setSearch((previous) => withFilters(previous, patch), { replace: true }),
    [setSearch],
  );
  const resetFilters = useCallback(
    () =>
      setSearch((previous) => {
        const next = new URLSearchParams();
        const view = previous.get('view');
        if (view) next.set('view', view);
        return next;
      }),
    [setSearch],
  );
  const setView = (view: AnalyticsView) => setSearch((previous) => withView(previous, view));

  // Outside the caller's scope the API answers 404, never 403: the page says the same as for any unknown address.
  if (breakdown.isError && isApiRequestError(breakdown.error) && breakdown.error.status === 404) {
    return <NotFoundPage />;
  }
  const data = breakdown.data;

  return (
    <Stack>
      {data ? (
        <>
          <AnalyticsBreadcrumbs breakdown={data} filters={screen.filters} />
          <PageHeader title={data.unit.name} actions={<ExportMenu unitId={unitId} screen={screen} />} />
          <Text size="sm" c="dimmed" mt={-8}>
            {t('analytics.title')} ·{' '}
            {t('analytics.subtitle', {
              level: locale === 'vi' ? data.unit.levelNameVi : data.unit.levelNameEn,
              from: formatDay(data.from, locale),
              to: formatDay(data.to, locale),
            })}
          </Text>
        </>
      ) : (
        <Skeleton height={36} width="50%" radius="sm" aria-hidden />
      )}
      <AnalyticsFiltersBar
        unitId={unitId}
        filters={screen.filters}
        breakdown={data}
        reversed={reversed}
        onChange={setFilters}
        onReset={resetFilters}
      />
      {reversed ? null : breakdown.isError ? (
        <QueryError error={breakdown.error} onRetry={() => void breakdown.refetch()} />
      ) : !data ? (
        <ListSkeleton rows={6} />
      ) : (
        <div aria-busy={breakdown.isFetching}>
          <Figures
            unitId={unitId}
            breakdown={data}
            screen={screen}
            onView={setView}
            onRosterStatus={(status) =>
              setSearch((previous) => {
                const next = new URLSearchParams(previous);
                if (status) next.set('status', status);
                else next.delete('status');
                next.delete('page');
                return next;
              })
            }
            onRosterPage={(page) =>
              setSearch((previous) => {
                const next = new URLSearchParams(previous);
                if (page > 1) next.set('page', String(page));
                else next.delete('page');
                return next;
              })
            }
          />
        </div>
      )}
    </Stack>
  );
}

interface FiguresProps {
  unitId: string;
  breakdown: AnalyticsBreakdown;
  screen: AnalyticsScreen;
  onView: (view: AnalyticsView) => void;
  onRosterStatus: (status: RosterStatus | undefined) => void;
  onRosterPage: (page: number) => void;
}

function Figures({ unitId, breakdown, screen, onView, onRosterStatus, onRosterPage }: FiguresProps) {
  const { t } = useTranslation();
  if (breakdown.total.required === 0) {
    const narrowed = isNarrowed(screen.filters);
    return (
      <EmptyState
        py="xl"
        title={narrowed ? t('analytics.empty.narrowedTitle') : t('analytics.empty.title')}
        description={narrowed ? t('analytics.empty.narrowedDescription') : t('analytics.empty.description')}
      />
    );
  }
  const params = analyticsParams(screen.filters);
  return (
    <Stack>
      <HeadlineCards breakdown={breakdown} />
      <Tabs
        value={screen.view}
        onChange={(value) => {
          const view = ANALYTICS_VIEWS.find((item) => item === value);
          if (view) onView(view);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('analytics.tabs.label')}>
          {ANALYTICS_VIEWS.map((view) => (
            <Tabs.Tab key={view} value={view}>
              {t(`analytics.tabs.${view}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="children" pt="md">
          <Stack>
            {breakdown.children.length > 0 ? (
              <Suspense fallback={<Skeleton height={320} radius="md" aria-hidden />}>
                <CompletionChart breakdown={breakdown} />
              </Suspense>
            ) : (
              <Text size="sm" c="dimmed">
                {t('analytics.children.none', { name: breakdown.unit.name })}
              </Text>
            )}
            <ChildrenTable breakdown={breakdown} filters={screen.filters} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="courses" pt="md">
          <CoursesTable breakdown={breakdown} />
        </Tabs.Panel>
        <Tabs.Panel value="positions" pt="md">
          <PositionsTable breakdown={breakdown} />
        </Tabs.Panel>
        <Tabs.Panel value="trend" pt="md">
          <TrendPanel unitId={unitId} unitName={breakdown.unit.name} params={params} />
        </Tabs.Panel>
        <Tabs.Panel value="roster" pt="md">
          <RosterPanel
            unitId={unitId}
            unitName={breakdown.unit.name}
            params={rosterParams(screen, ROSTER_PAGE_SIZE)}
            status={screen.status}
            onStatusChange={onRosterStatus}
            onPageChange={onRosterPage}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
