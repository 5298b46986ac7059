import { useState } from 'react';
import { Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecipientView } from '@sen/contracts';
import { CaptionedTable } from '../../../app/ui/captioned-table.component';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { EmptyList } from '../../../app/ui/empty-list.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useRemoveRecipientMutation } from '../hooks/use-committee-mutations';
import { RecipientFormDialog } from './recipient-form.dialog';

interface RecipientsSectionProps {
  committeeId: string;
  recipients: RecipientView[];
  /** Admins of the committee's unit, while it is not archived. */
  canManage: boolean;
}

type Dialog = { kind: 'add' } | { kind: 'edit' | 'remove'; recipient: RecipientView } | null;

export function RecipientsSection({ committeeId, recipients, canManage }: RecipientsSectionProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const remove = useRemoveRecipientMutation(committeeId);
  const close = () => {
    setDialog(null);
    remove.reset();
  };

  return (
    <Stack component="section" aria-labelledby="committee-recipients" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4" id="committee-recipients">
          {t('committees.recipients.title')}
        </Title>
        {canManage && (
          <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'add' })}>
            {t('committees.recipients.add.action')}
          </Button>
        )}
      </Group>
      {recipients.length === 0 ? (
        <EmptyList title={t('committees.recipients.empty')} description={t('committees.recipients.emptyHint')} />
      ) : (
        <CaptionedTable caption={t('committees.recipients.caption')} hover={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('committees.recipients.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('committees.recipients.columns.role')}</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                {t('committees.recipients.columns.email')}
              </Table.Th>
              {canManage && (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('committees.recipients.columns.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {recipients.map((recipient) => (
              <Table.Tr key={recipient.id}>
                <Table.Th scope="row" fw={500}>
                  {recipient.fullName}
                  <Text size="xs" c="dimmed" hiddenFrom="sm">
                    {recipient.email}
                  </Text>
                </Table.Th>
                <Table.Td>{recipient.role}</Table.Td>
                <Table.Td visibleFrom="sm">{recipient.email}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t('committees.recipients.edit.label', { name: recipient.fullName })}
                        onClick={() => setDialog({ kind: 'edit', recipient })}
                      >
                        {t('committees.recipients.edit.action')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        aria-label={t('committees.recipients.remove.label', { name: recipient.fullName })}
                        onClick={() => setDialog({ kind: 'remove', recipient })}
                      >
                        {t('committees.recipients.remove.action')}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </CaptionedTable>
      )}
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <RecipientFormDialog
          committeeId={committeeId}
          recipient={dialog.kind === 'edit' ? dialog.recipient : undefined}
          onClose={close}
        />
      )}
      <ConfirmDialog
        opened={dialog?.kind === 'remove'}
        title={t('committees.recipients.remove.title')}
        message={
          dialog?.kind === 'remove'
            ? t('committees.recipients.remove.message', { name: dialog.recipient.fullName })
            : ''
        }
        confirmLabel={t('committees.recipients.remove.confirm')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onClose={close}
        onConfirm={() => {
          if (dialog?.kind !== 'remove') return;
          const name = dialog.recipient.fullName;
          remove.mutate(dialog.recipient.id, {
            onSuccess: () => {
              notifySuccess(t('committees.recipients.remove.done', { name }));
              close();
            },
          });
        }}
      />
    </Stack>
  );
}
