import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContestView, Ref } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { PersonPicker } from '../../people/components/person-picker.component';
import { useWithdrawMutation } from '../hooks/use-contest-mutations';

interface WithdrawDialogProps {
  contest: ContestView;
  /** Chosen from a leaderboard row, or null to pick one. */
  person: Ref | null;
  onClose: () => void;
}

/**
 * Withdraws a contestant, with the reason on record. It cannot be undone from the app, so the dialog
 * asks twice: the person and the reason first, then a plain confirmation naming her.
 */
export function WithdrawDialog({ contest, person: given, onClose }: WithdrawDialogProps) {
  const { t } = useTranslation();
  const withdraw = useWithdrawMutation(contest.id);
  const [person, setPerson] = useState<Ref | null>(given);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<Record<string, React.ReactNode>>({});

  const review = () => {
    const missing: Record<string, React.ReactNode> = {};
    if (!person) missing['personId'] = t('validation.choose');
    if (reason.trim() === '') missing['reason'] = t('validation.required');
    setErrors(missing);
    if (Object.keys(missing).length === 0) setConfirming(true);
  };
  const confirm = () => {
    if (!person) return;
    withdraw.mutate(
      { personId: person.id, reason: reason.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('contests.withdraw.done', { name: person.name }));
          onClose();
        },
        onError: (error) => {
          setConfirming(false);
          setErrors(apiFieldErrors(error, t));
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('contests.withdraw.title')} centered>
      {confirming && person ? (
        <Stack>
          <Text size="sm">{t('contests.withdraw.confirm', { name: person.name, title: contest.title })}</Text>
          <Text size="sm" c="dimmed">
            {contest.frozenAt ? t('contests.withdraw.afterFinal') : t('contests.withdraw.effect')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={withdraw.isPending}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={withdraw.isPending} onClick={confirm}>
              {t('contests.withdraw.submit')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            review();
          }}
        >
          <Stack>
            {given ? (
              <Text size="sm" fw={500}>
                {given.name}
              </Text>
            ) : (
              <PersonPicker
                label={t('contests.withdraw.person')}
                required
                value={person?.id ?? null}
                selected={person}
                error={errors['personId']}
                onChange={(picked) => setPerson(picked ? { id: picked.id, name: picked.fullName } : null)}
              />
            )}
            <Textarea
              label={t('contests.withdraw.reason')}
              required
              autosize
              minRows={2}
              maxLength={500}
              value={reason}
              error={errors['reason']}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <SubmitError error={withdraw.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red">
                {t('contests.withdraw.next')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
