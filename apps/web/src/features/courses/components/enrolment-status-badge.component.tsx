import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnrolmentView, LearningStatus } from '@sen/contracts';

const COLORS: Record<LearningStatus, string> = {
  not_started: 'gray',
  in_progress: 'blue',
  completed: 'teal',
  overdue: 'red',
};

/** Where a trainee stands; an ended enrolment says so instead, since its status no longer moves. */
export function EnrolmentStatusBadge({ enrolment }: { enrolment: Pick<EnrolmentView, 'status' | 'endedAt'> }) {
  const { t } = useTranslation();
  if (enrolment.endedAt) {
    return (
      <Badge miw="max-content" size="sm" variant="outline" color="gray">
        {t('courses.learners.ended')}
      </Badge>
    );
  }
  return (
    <Badge miw="max-content" size="sm" variant="light" color={COLORS[enrolment.status]}>
      {t(`courses.learners.statuses.${enrolment.status}`)}
    </Badge>
  );
}
