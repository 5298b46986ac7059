import { buildPath, routeTable } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';

// Route table lines only (no schemas): a committee member opens this page from a mail, often on a phone.
export const reportLinksApi = {
  open: (token: string, signal?: AbortSignal) => apiRequest(routeTable.openReportLink, { params: { token }, signal }),
  confirm: (token: string) => apiRequest(routeTable.confirmReportReceipt, { params: { token } }),
};

export function reportLinkFileUrl(token: string, kind: 'pdf' | 'xlsx'): string {
  const route = kind === 'pdf' ? routeTable.reportLinkPdf : routeTable.reportLinkXlsx;
  return `/api${buildPath(route.path, { token })}`;
}

export const reportLinkKeys = {
  all: ['report-link'] as const,
  link: (token: string) => [...reportLinkKeys.all, token] as const,
};
