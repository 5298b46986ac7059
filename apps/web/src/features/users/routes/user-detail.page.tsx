import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UserView } from '@sen/contracts';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { notifySuccess } from '../../../app/ui/notify';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { formatDateTime } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import { EditRolesForm } from '../components/edit-roles.form';
import { ResetPasswordDialog } from '../components/reset-password.dialog';
import { RoleBadges } from '../components/role-badges.component';
import { UserStatusBadge } from '../components/user-status-badge.component';
import { useSetDisabledMutation } from '../hooks/use-user-mutations';
import { useUserQuery } from '../hooks/use-user.query';

export function UserDetailPage() {
  const { userId = '' } = useParams();
  const user = useUserQuery(userId);
  if (user.isPending) return <ListSkeleton rows={4} />;
  if (user.isError) return <QueryError error={user.error} onRetry={() => void user.refetch()} />;
  return <UserDetail user={user.data} />;
}

function UserDetail({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [confirmingStatus, setConfirmingStatus] = useState(false);
  const [resetting, setResetting] = useState(false);
  const [editingRoles, setEditingRoles] = useState(false);
  const setDisabled = useSetDisabledMutation(user.id);
  const disabling = !user.disabled;

  return (
    <Stack>
      <Anchor component={Link} to="/users" size="sm">
        ‹ {t('users.backToList')}
      </Anchor>
      <PageHeader
        title={user.person.name}
        actions={
          <>
            <Button variant="default" onClick={() => setResetting(true)}>
              {t('users.resetPassword.action')}
            </Button>
            <Button color={disabling ? 'red' : 'teal'} variant="light" onClick={() => setConfirmingStatus(true)}>
              {disabling ? t('users.disable.action') : t('users.enable.action')}
            </Button>
          </>
        }
      />
      <Paper withBorder p="md">
        <Stack gap={6}>
          <Group gap="xs">
            <UserStatusBadge user={user} />
            <Anchor component={Link} to={`/people/${user.person.id}`} size="sm">
              {t('users.viewPerson')}
            </Anchor>
          </Group>
          <Text size="sm">
            {t('users.fields.unit')}: {user.unit.name}
          </Text>
          {user.email && (
            <Text size="sm">
              {t('users.fields.email')}: {user.email}
            </Text>
          )}
          {user.phone && (
            <Text size="sm">
              {t('users.fields.phone')}: {user.phone}
            </Text>
          )}
          <Text size="sm">
            {t('users.fields.locale')}: {t(`language.${user.locale}`)}
          </Text>
          <Text size="sm">
            {t('users.fields.lastSignIn')}:{' '}
            {user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t('users.neverSignedIn')}
          </Text>
          {user.lockedUntil && (
            <Text size="sm">{t('users.lockedUntil', { time: formatDateTime(user.lockedUntil, locale) })}</Text>
          )}
          <Text size="sm">
            {t('users.fields.createdAt')}: {formatDateTime(user.createdAt, locale)}
          </Text>
        </Stack>
      </Paper>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('users.fields.roles')}
        </Title>
        {!editingRoles && (
          <Button variant="light" size="xs" onClick={() => setEditingRoles(true)}>
            {t('users.roles.edit')}
          </Button>
        )}
      </Group>
      {editingRoles ? (
        <EditRolesForm user={user} onDone={() => setEditingRoles(false)} />
      ) : (
        <RoleBadges roles={user.roles} />
      )}
      {resetting && <ResetPasswordDialog user={user} onClose={() => setResetting(false)} />}
      <ConfirmDialog
        opened={confirmingStatus}
        title={disabling ? t('users.disable.title') : t('users.enable.title')}
        message={
          disabling
            ? t('users.disable.message', { name: user.person.name })
            : t('users.enable.message', { name: user.person.name })
        }
        confirmLabel={disabling ? t('users.disable.action') : t('users.enable.action')}
        danger={disabling}
        loading={setDisabled.isPending}
        error={setDisabled.error}
        onClose={() => {
          setConfirmingStatus(false);
          setDisabled.reset();
        }}
        onConfirm={() =>
          setDisabled.mutate(disabling, {
            onSuccess: (updated) => {
              notifySuccess(
                updated.disabled
                  ? t('users.disable.done', { name: updated.person.name })
                  : t('users.enable.done', { name: updated.person.name }),
              );
              setConfirmingStatus(false);
            },
          })
        }
      />
    </Stack>
  );
}
