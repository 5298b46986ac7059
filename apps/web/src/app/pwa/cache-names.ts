/**
 * Runtime caches of the service worker (apps/web/vite.config.mts). They hold one person's data, so
 * signing in or out empties them; the precache of the app shell holds nothing personal.
 */
export const API_CACHE = 'sen-api';
export const FILES_CACHE = 'sen-files';
export const PERSONAL_CACHES = [API_CACHE, FILES_CACHE] as const;
