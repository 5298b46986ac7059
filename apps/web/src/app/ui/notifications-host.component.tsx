import { lazy, Suspense, useSyncExternalStore } from 'react';
import { notificationsRequested } from './notify';

const Notifications = lazy(async () => ({ default: (await import('@mantine/notifications')).Notifications }));

/** Mantine's notifications, mounted (and downloaded) only once the app first shows a message. */
export function NotificationsHost() {
  const requested = useSyncExternalStore(notificationsRequested.subscribe, notificationsRequested.get);
  if (!requested) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="top-center" />
    </Suspense>
  );
}
