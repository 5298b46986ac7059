import { Button, Group, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  submitLabel: string;
  submitting: boolean;
  onCancel: () => void;
  submitColor?: MantineColor;
}

/** A form's closing row: cancel, then the submit button that spins while the request runs. */
export function FormActions({ submitLabel, submitting, onCancel, submitColor }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" color={submitColor} loading={submitting}>
        {submitLabel}
      </Button>
    </Group>
  );
}
