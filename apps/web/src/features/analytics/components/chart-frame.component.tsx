import { useId, useRef, useState, type ReactNode } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chartPng, saveBlob, type LegendEntry } from '../hooks/chart-image';

interface ChartFrameProps {
  title: string;
  /** What the chart shows, in words, for those who cannot see it. */
  description: string;
  fileName: string;
  legend: readonly LegendEntry[];
  children: ReactNode;
}

/** A chart with its title, its description read by screen readers, and a PNG of it for slides. */
export function ChartFrame({ title, description, fileName, legend, children }: ChartFrameProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const descriptionId = useId();
  const chart = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  const download = async () => {
    const svg = chart.current?.querySelector('svg.recharts-surface');
    if (!(svg instanceof SVGSVGElement)) return;
    try {
      setFailed(false);
      saveBlob(await chartPng(svg, title, legend), fileName);
    } catch {
      setFailed(true);
    }
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="figure"
      m={0}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id={titleId}>
            {title}
          </Title>
          <Button variant="default" size="xs" onClick={() => void download()}>
            {t('analytics.charts.downloadPng')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed" id={descriptionId}>
          {description}
        </Text>
        <div ref={chart}>{children}</div>
        {failed && (
          <Text size="sm" c="red.8" role="alert">
            {t('analytics.charts.downloadFailed')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
