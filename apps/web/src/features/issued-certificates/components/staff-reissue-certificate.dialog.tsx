import { Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ReissueCertificateBody, type CertificateDetail } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { notifySuccess } from '../../../app/ui/notify';
import { useReissueCertificateMutation } from '../hooks/use-staff-certificates';

interface StaffReissueCertificateDialogProps {
  certificate: CertificateDetail;
  onClose: () => void;
}

/** Re-issue after a name correction: the same number, the new name, and a reason for the history. */
export function StaffReissueCertificateDialog({ certificate, onClose }: StaffReissueCertificateDialogProps) {
  const { t } = useTranslation();
  const reissue = useReissueCertificateMutation(certificate.id);
  const form = useForm({
    initialValues: { reason: '' },
    validate: contractValidator(ReissueCertificateBody, (values: { reason: string }) => values, t),
  });
  const code = certificate.code;

  return (
    <Modal opened onClose={onClose} title={t('issuedCertificates.reissue.title', { code })} centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          reissue.mutate(ReissueCertificateBody.parse(values), {
            onSuccess: () => {
              notifySuccess(t('issuedCertificates.reissue.done', { code }));
              onClose();
            },
            onError: (error) => form.setErrors(apiFieldErrors(error, t)),
          });
        })}
      >
        <Stack>
          <Text size="sm">{t('issuedCertificates.reissue.message')}</Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('issuedCertificates.reissue.before')} value={certificate.holderName} readOnly />
            <TextInput label={t('issuedCertificates.reissue.after')} value={certificate.currentHolderName} readOnly />
          </SimpleGrid>
          <TextInput
            label={t('issuedCertificates.reissue.reason')}
            placeholder={t('issuedCertificates.reissue.reasonPlaceholder')}
            required
            maxLength={500}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <SubmitError error={reissue.error} />
          <FormActions
            submitLabel={t('issuedCertificates.reissue.submit')}
            submitting={reissue.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
