import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoleGrantView } from '@sen/contracts';

export function RoleBadges({ roles, withUnit = true }: { roles: RoleGrantView[]; withUnit?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {roles.map((grant) => (
        <Badge key={`${grant.role}:${grant.unit.id}`} variant="light" size="sm" tt="none">
          {t(`roles.${grant.role}`)}
          {withUnit ? ` · ${grant.unit.name}` : ''}
        </Badge>
      ))}
    </Group>
  );
}
