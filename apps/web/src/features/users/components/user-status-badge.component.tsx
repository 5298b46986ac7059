import { useState } from 'react';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserView } from '@sen/contracts';

export function UserStatusBadge({ user }: { user: Pick<UserView, 'disabled' | 'lockedUntil'> }) {
  const { t } = useTranslation();
  // The moment the badge first showed is precise enough; a lockout lasts minutes.
  const [now] = useState(() => Date.now());
  if (user.disabled) return <Badge color="gray">{t('users.status.disabled')}</Badge>;
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > now) {
    return <Badge color="orange">{t('users.status.locked')}</Badge>;
  }
  return <Badge color="teal">{t('users.status.active')}</Badge>;
}
