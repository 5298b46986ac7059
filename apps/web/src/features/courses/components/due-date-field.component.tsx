import { TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { TIME_ZONE } from '@sen/contracts';

/** Today in Vietnam as `YYYY-MM-DD`, the earliest sensible due day. */
function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
}

/** An optional due day; the same native date input the audit filters use, which phones render natively. */
export function DueDateField({ inputProps }: { inputProps: GetInputPropsReturnType }) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="date"
      label={t('courses.delivery.dueAt')}
      description={t('courses.delivery.dueAtHint')}
      min={todayInVietnam()}
      {...inputProps}
    />
  );
}
