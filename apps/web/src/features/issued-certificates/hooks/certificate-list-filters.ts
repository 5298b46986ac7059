import { CERTIFICATE_STATUSES, routeTable, type CertificateStatus } from '@sen/contracts';
import type { CertificateExportParams, CertificateListParams } from '../api/staff-certificates.keys';

/** The certificates list's filters, as named in the address. */
export const CERTIFICATE_FILTERS = ['q', 'status', 'courseId', 'unitId', 'issuedFrom', 'issuedTo'] as const;
export type CertificateFilter = (typeof CERTIFICATE_FILTERS)[number];
export type CertificateFilterValues = Record<CertificateFilter, string>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The status an address names, or none when it names one the list does not know (an old or edited link). */
export function certificateStatusOf(value: string): CertificateStatus | undefined {
  return CERTIFICATE_STATUSES.find((status) => status === value);
}

/** What the filters ask for, without paging; a malformed id or date from an edited link is left out, not sent to be refused. */
export function certificateExportQuery(values: CertificateFilterValues): CertificateExportParams {
  const q = values.q.trim();
  const status = certificateStatusOf(values.status);
  return {
    ...(q ? { q } : {}),
    ...(status ? { status } : {}),
    ...(UUID.test(values.courseId) ? { courseId: values.courseId } : {}),
    ...(UUID.test(values.unitId) ? { unitId: values.unitId } : {}),
    ...(DATE.test(values.issuedFrom) ? { issuedFrom: values.issuedFrom } : {}),
    ...(DATE.test(values.issuedTo) ? { issuedTo: values.issuedTo } : {}),
  };
}

/** The list request for the page's address: empty filters stay out, so the request names only what is set. */
export function certificateListQuery(
  values: CertificateFilterValues,
  page: number,
  pageSize: number,
): CertificateListParams {
  return { ...certificateExportQuery(values), page, pageSize };
}

/** The XLSX workbook of exactly the filtered certificates, as a plain link (the session cookie goes with it). */
export function certificateExportUrl(query: CertificateExportParams): string {
  const search = new URLSearchParams();
  for (const key of CERTIFICATE_FILTERS) {
    const value = query[key];
    if (value) search.set(key, value);
  }
  const text = search.toString();
  return `/api${routeTable.exportCertificates.path}${text ? `?${text}` : ''}`;
}

/** Issue dates whose start comes after their end: no certificate can match, so the list asks for a fix instead. */
export function issuedDatesReversed(query: CertificateExportParams): boolean {
  return Boolean(query.issuedFrom && query.issuedTo && query.issuedFrom > query.issuedTo);
}

/** Whether any filter is set, so an empty list means "no match" rather than "none issued yet". */
export function isNarrowed(query: CertificateExportParams): boolean {
  return CERTIFICATE_FILTERS.some((key) => Boolean(query[key]));
}
