import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { RevokeCertificateBody, type CertificateDetail } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useRevokeCertificateMutation } from '../hooks/use-staff-certificates';

interface StaffRevokeCertificateDialogProps {
  certificate: CertificateDetail;
  onClose: () => void;
}

/**
 * Revoking cannot be undone and the reason is shown to anyone who scans the code: the reason first, then
 * a second, explicit confirmation naming the certificate and its holder.
 */
export function StaffRevokeCertificateDialog({ certificate, onClose }: StaffRevokeCertificateDialogProps) {
  const { t } = useTranslation();
  const revoke = useRevokeCertificateMutation(certificate.id);
  const [confirming, setConfirming] = useState(false);
  const form = useForm({
    initialValues: { reason: '' },
    validate: contractValidator(RevokeCertificateBody, (values: { reason: string }) => values, t),
  });
  const code = certificate.code;

  return (
    <Modal opened onClose={onClose} title={t('issuedCertificates.revoke.title', { code })} centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          if (!confirming) {
            setConfirming(true);
            return;
          }
          revoke.mutate(RevokeCertificateBody.parse(values), {
            onSuccess: () => {
              notifySuccess(t('issuedCertificates.revoke.done', { code }));
              onClose();
            },
            onError: (error) => {
              const fields = apiFieldErrors(error, t);
              // A reason the server refused goes back to the step where it can be changed.
              if (Object.keys(fields).length > 0) {
                form.setErrors(fields);
                setConfirming(false);
              }
            },
          });
        })}
      >
        <Stack>
          <Text size="sm">{t('issuedCertificates.revoke.message')}</Text>
          {confirming ? (
            <Text size="sm" fw={600} role="alert">
              {t('issuedCertificates.revoke.confirmMessage', { code, name: certificate.holderName })}
            </Text>
          ) : null}
          <Textarea
            label={t('issuedCertificates.revoke.reason')}
            description={t('issuedCertificates.revoke.reasonHint')}
            required
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
            readOnly={confirming}
            {...form.getInputProps('reason')}
          />
          <SubmitError error={revoke.error} />
          <Group justify="flex-end">
            {confirming ? (
              <Button variant="default" onClick={() => setConfirming(false)} disabled={revoke.isPending}>
                {t('issuedCertificates.revoke.back')}
              </Button>
            ) : (
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
            )}
            <Button type="submit" color="red" loading={revoke.isPending}>
              {confirming ? t('issuedCertificates.revoke.confirm') : t('issuedCertificates.revoke.next')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
