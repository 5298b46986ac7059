import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The version a trainee learns. One behind the newest published version stands out: she keeps her
 * version until she finishes, so trainers should know who still learns older content.
 */
export function EnrolmentVersion({ versionNo, latestNo }: { versionNo: number; latestNo: number | null }) {
  const { t } = useTranslation();
  const label = t('courses.versions.label', { n: versionNo });
  if (latestNo === null || versionNo >= latestNo) {
    return (
      <Badge miw="max-content" size="sm" variant="light" color="gray">
        {label}
      </Badge>
    );
  }
  const hint = t('courses.learners.behind', { n: latestNo });
  return (
    <Tooltip label={hint} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Badge miw="max-content" size="sm" variant="filled" color="orange" tabIndex={0} aria-label={`${label} · ${hint}`}>
        {label} · {t('courses.learners.behindShort')}
      </Badge>
    </Tooltip>
  );
}
