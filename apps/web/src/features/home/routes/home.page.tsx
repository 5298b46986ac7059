import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canAccess } from '../../../app/access/access';
import { NAV_ITEMS, STAFF_ROLES } from '../../../app/shell/nav-items';
import { formatDateTime } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { useSession } from '../../auth/hooks/use-session.query';

export function HomePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const { user } = session;
  const sections = NAV_ITEMS.filter((item) => item.to !== '/' && canAccess(session, item.access));
  // A trainee's first screen is her learning; the staff overview has nothing for her.
  if (!canAccess(session, STAFF_ROLES)) return <Navigate to="/learn" replace />;

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('home.greeting', { name: user.fullName })}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="home-profile">
          <Title order={2} size="h4" id="home-profile" mb="sm">
            {t('home.profile')}
          </Title>
          <Stack gap={6}>
            <Text size="sm">
              <Text span c="dimmed">
                {t('home.unit')}:{' '}
              </Text>
              {user.unit.name}
            </Text>
            {user.email && (
              <Text size="sm">
                <Text span c="dimmed">
                  {t('home.email')}:{' '}
                </Text>
                {user.email}
              </Text>
            )}
            {user.phone && (
              <Text size="sm">
                <Text span c="dimmed">
                  {t('home.phone')}:{' '}
                </Text>
                {user.phone}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {t('home.sessionUntil', { time: formatDateTime(session.expiresAt, locale) })}
            </Text>
          </Stack>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="home-roles">
          <Title order={2} size="h4" id="home-roles" mb="sm">
            {t('home.roles')}
          </Title>
          {user.roles.length === 0 ? (
            <Text size="sm">{t('home.noRoles')}</Text>
          ) : (
            <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
              {user.roles.map((grant) => (
                <Group component="li" key={`${grant.role}:${grant.unit.id}`} gap="xs">
                  <Badge variant="light">{t(`roles.${grant.role}`)}</Badge>
                  <Text size="sm">{t('home.roleIn', { unit: grant.unit.name })}</Text>
                </Group>
              ))}
            </Stack>
          )}
        </Paper>
      </SimpleGrid>
      {sections.length > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="home-sections">
          <Title order={2} size="h4" id="home-sections" mb="sm">
            {t('home.sections')}
          </Title>
          <Group gap="md">
            {sections.map((item) => (
              <Anchor key={item.to} component={Link} to={item.to}>
                {t(item.labelKey)}
              </Anchor>
            ))}
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
