import type { NotificationData } from '@mantine/notifications';
import { i18n } from '../../i18n/i18n';

// The notifications code (with its transitions) is fetched on the first message rather than with
// the app: a trainee reading a lesson may never see one. The host mounts once a message is asked for.
let requested = false;
const listeners = new Set<() => void>();

/** For `NotificationsHost`: whether any message was asked for yet, and a way to hear when one is. */
export const notificationsRequested = {
  get: (): boolean => requested,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

async function show(data: NotificationData): Promise<void> {
  if (!requested) {
    requested = true;
    for (const listener of listeners) listener();
  }
  // The store keeps the message until the host, mounting in the meantime, shows it.
  const { notifications } = await import('@mantine/notifications');
  notifications.show(data);
}

function closeLabel() {
  return { 'aria-label': i18n.t('common.close') };
}

export function notifySuccess(message: string): void {
  void show({ color: 'teal', message, autoClose: 4000, closeButtonProps: closeLabel() });
}

export function notifyFailure(message: string): void {
  void show({ color: 'red', message, autoClose: 6000, closeButtonProps: closeLabel() });
}
