import { Alert, Anchor, Box, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReportLinkView } from '@sen/contracts';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiRequestError } from '../../../app/api/api-request-error';
import { LanguageSwitch } from '../../../app/shell/language-switch.component';
import { FormError } from '../../../app/ui/form-error.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { reportLinkFileUrl, reportLinkKeys, reportLinksApi } from '../api/report-links.api';
import { formatShare, reportPeriodLabel } from '../hooks/report-period-label';

/**
 * Public, without an account: what the link in a committee member's report mail opens. The summary and both
 * files, and one button that confirms receipt (a POST, so that a mail scanner following the link confirms
 * nothing). Served from the recipient's own token; nothing else about the platform is reachable from here.
 */
export function ReportReceiptPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const link = useQuery({
    queryKey: reportLinkKeys.link(token),
    queryFn: ({ signal }) => reportLinksApi.open(token, signal),
    retry: false,
  });

  return (
    <Box component="main" px="sm" py="md" maw={720} mx="auto">
      {/* A report link names a person and a committee: it must not land in a search engine. */}
      <meta name="robots" content="noindex, nofollow" />
      <Stack gap="lg">
        <Group justify="space-between" wrap="nowrap">
          <Anchor component={Link} to="/" c="pink.8" fw={700} fz="xl" underline="never">
            {t('app.name')}
          </Anchor>
          <LanguageSwitch />
        </Group>
        <div aria-live="polite">
          {link.isPending ? (
            <ListSkeleton rows={4} />
          ) : link.isError ? (
            <LinkError error={link.error} onRetry={() => void link.refetch()} />
          ) : (
            <ReportSummary token={token} report={link.data} />
          )}
        </div>
      </Stack>
    </Box>
  );
}

function LinkError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const status = isApiRequestError(error) && !error.isNetwork ? error.status : 0;
  if (status === 404)
    return (
      <Alert color="red" variant="light">
        {t('reportReceipt.notFound')}
      </Alert>
    );
  if (status === 429)
    return (
      <Alert color="yellow" variant="light">
        {t('reportReceipt.rateLimited')}
      </Alert>
    );
  return (
    <Alert color="red" variant="light">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('reportReceipt.error')}</Text>
        <Button size="xs" variant="light" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}

function ReportSummary({ token, report }: { token: string; report: ReportLinkView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: () => reportLinksApi.confirm(token),
    onSuccess: ({ receivedAt }) =>
      queryClient.setQueryData<ReportLinkView>(reportLinkKeys.link(token), (previous) =>
        previous ? { ...previous, receivedAt } : previous,
      ),
  });
  const h = report.headline;
  const figures: [string, string][] = [
    [t('reportReceipt.headline.required'), formatNumber(h.required, locale)],
    [t('reportReceipt.headline.completed'), formatNumber(h.completed, locale)],
    [t('reportReceipt.headline.completionRate'), formatShare(h.completionRate, locale)],
    [t('reportReceipt.headline.sat'), formatNumber(h.sat, locale)],
    [t('reportReceipt.headline.passed'), formatNumber(h.passed, locale)],
    [
      t('reportReceipt.headline.coverage'),
      t('reportReceipt.headline.coverageValue', { active: h.activeUnits, units: h.units }),
    ],
  ];

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text size="sm">{t('reportReceipt.greeting', { name: report.recipientName })}</Text>
        <Title order={1} size="h2">
          {t('reportReceipt.pageTitle')}
        </Title>
        <Text fw={600}>{reportPeriodLabel(t, report.period, report.cohortName, locale)}</Text>
        <Text size="sm" c="dimmed">
          {t('reportReceipt.from', { issuer: report.issuer, committee: report.committee })}
        </Text>
        {report.units.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('reportReceipt.units', { units: report.units.join('; ') })}
          </Text>
        )}
      </Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="receipt-headline">
        <Stack gap="sm">
          <Title order={2} size="h4" id="receipt-headline">
            {t('reportReceipt.headline.title')}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 3 }} component="dl" m={0}>
            {figures.map(([label, value]) => (
              <div key={label}>
                <Text component="dt" size="xs" c="dimmed">
                  {label}
                </Text>
                <Text component="dd" size="lg" fw={700} m={0}>
                  {value}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        </Stack>
      </Paper>
      <Stack gap="xs" component="section" aria-labelledby="receipt-files">
        <Title order={2} size="h4" id="receipt-files">
          {t('reportReceipt.files.title')}
        </Title>
        <Group>
          <Button component="a" variant="default" href={reportLinkFileUrl(token, 'pdf')} download={report.files.pdf}>
            {t('reportReceipt.files.pdf')}
          </Button>
          <Button component="a" variant="default" href={reportLinkFileUrl(token, 'xlsx')} download={report.files.xlsx}>
            {t('reportReceipt.files.xlsx')}
          </Button>
        </Group>
      </Stack>
      <Paper withBorder p="md" component="section" aria-live="polite">
        {report.receivedAt ? (
          <Alert color="teal" variant="light" role="status">
            {t('reportReceipt.confirmed', { time: formatDateTime(report.receivedAt, locale) })}
          </Alert>
        ) : (
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('reportReceipt.confirmHint')}</Text>
            <FormError error={confirm.error} />
            <Button loading={confirm.isPending} onClick={() => confirm.mutate()}>
              {t('reportReceipt.confirm')}
            </Button>
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
