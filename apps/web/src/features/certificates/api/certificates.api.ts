import { buildPath, routeTable } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';

// Route table lines only (no schemas): the trainee's screens must not load zod.
export const certificatesApi = {
  mine: (signal?: AbortSignal) => apiRequest(routeTable.myCertificates, { signal }),
  recertify: (id: string) => apiRequest(routeTable.recertify, { params: { id } }),
};

/**
 * The stored files are plain links, not fetched: the browser downloads them with the session cookie and
 * shows its own progress, and a phone can hand the PDF to another app.
 */
export function certificatePdfUrl(id: string): string {
  return `/api${buildPath(routeTable.downloadMyCertificate.path, { id })}`;
}

export function certificateBadgeUrl(id: string): string {
  return `/api${buildPath(routeTable.myCertificateBadge.path, { id })}`;
}
