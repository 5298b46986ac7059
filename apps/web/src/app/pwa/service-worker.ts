import { PERSONAL_CACHES } from './cache-names';

/**
 * Registers the service worker that keeps the app shell and the lessons already read available offline.
 * `onControlled` runs when it starts serving this page, so data loaded before then can be fetched again
 * through it and cached.
 */
export function registerServiceWorker(onControlled: () => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('controllerchange', onControlled);
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      // The app works without it, only not offline.
      console.warn('Service worker registration failed', error);
    });
  });
}

/** Forgets the cached answers of the person signing in or out, so the next one never sees them offline. */
export async function clearPersonalCaches(): Promise<void> {
  if (!('caches' in window)) return;
  await Promise.all(PERSONAL_CACHES.map((name) => caches.delete(name)));
}
