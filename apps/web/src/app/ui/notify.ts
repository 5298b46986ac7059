import { notifications } from '@mantine/notifications';
import { i18n } from '../../i18n/i18n';

function closeLabel() {
  return { 'aria-label': i18n.t('common.close') };
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4000, closeButtonProps: closeLabel() });
}

export function notifyFailure(message: string): void {
  notifications.show({ color: 'red', message, autoClose: 6000, closeButtonProps: closeLabel() });
}
