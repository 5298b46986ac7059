import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourseSummary } from '@sen/contracts';
import { courseStatusBadges, type CourseStatusBadge } from './course-status';

const COLORS: Record<CourseStatusBadge['kind'], string> = { draft: 'yellow', published: 'teal', unpublished: 'gray' };

export function CourseStatusBadges({ course }: { course: Pick<CourseSummary, 'draftVersionId' | 'latestPublished'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {courseStatusBadges(course).map((badge) => (
        <Badge
          key={badge.kind}
          size="sm"
          variant="light"
          color={COLORS[badge.kind]}
          // A short status is worth its full width; an ellipsis would hide the version number.
          style={{ minWidth: 'max-content' }}
        >
          {badge.kind === 'published'
            ? t('courses.status.published', { n: badge.versionNo })
            : t(`courses.status.${badge.kind}`)}
        </Badge>
      ))}
    </Group>
  );
}
