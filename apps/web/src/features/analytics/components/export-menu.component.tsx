import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS } from '@sen/contracts';
import { analyticsExportUrl } from '../api/analytics.api';
import { exportParams, type AnalyticsScreen } from '../hooks/analytics-filters';

/**
 * The view on screen as CSV or XLSX, with its filters: plain links, so the browser downloads them itself.
 * The button's name starts with its visible text and adds which view it exports.
 */
export function ExportMenu({ unitId, screen }: { unitId: string; screen: AnalyticsScreen }) {
  const { t } = useTranslation();
  const view = t(`analytics.tabs.${screen.view}`);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" aria-label={t('analytics.export.label', { view: view.toLocaleLowerCase() })}>
          {t('analytics.export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {EXPORT_FORMATS.map((format) => (
          <Menu.Item
            key={format}
            component="a"
            href={analyticsExportUrl(unitId, exportParams(screen, format))}
            download
          >
            {t(`analytics.export.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
