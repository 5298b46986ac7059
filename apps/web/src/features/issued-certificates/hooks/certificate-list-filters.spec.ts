import { describe, expect, it } from '@jest/globals';
import {
  certificateExportQuery,
  certificateExportUrl,
  certificateListQuery,
  certificateStatusOf,
  isNarrowed,
  issuedDatesReversed,
  type CertificateFilterValues,
} from './certificate-list-filters';

const NONE: CertificateFilterValues = { q: '', status: '', courseId: '', unitId: '', issuedFrom: '', issuedTo: '' };
const UNIT = '4a0c5c49-4a0f-4d5e-9b0e-6f3c2b1a0d9e';
const COURSE = '0d7c3c1e-8a55-4c62-b1f4-6e5a9c2d7b20';

describe('certificateStatusOf', () => {
  it('accepts the statuses a certificate can have and nothing else', () => {
    expect(certificateStatusOf('revoked')).toBe('revoked');
    expect(certificateStatusOf('expired')).toBe('expired');
    expect(certificateStatusOf('valid')).toBe('valid');
    expect(certificateStatusOf('pending')).toBeUndefined();
    expect(certificateStatusOf('')).toBeUndefined();
  });
});

describe('certificateListQuery', () => {
  it('sends only the paging when nothing is chosen', () => {
    expect(certificateListQuery(NONE, 1, 20)).toEqual({ page: 1, pageSize: 20 });
  });

  it('sends every chosen filter, the search trimmed', () => {
    const values = {
      q: '  Nguyễn Thị Hoa ',
      status: 'revoked',
      courseId: COURSE,
      unitId: UNIT,
      issuedFrom: '2025-01-01',
      issuedTo: '2025-12-31',
    };
    expect(certificateListQuery(values, 3, 20)).toEqual({
      q: 'Nguyễn Thị Hoa',
      status: 'revoked',
      courseId: COURSE,
      unitId: UNIT,
      issuedFrom: '2025-01-01',
      issuedTo: '2025-12-31',
      page: 3,
      pageSize: 20,
    });
  });

  it('leaves out what an edited link got wrong rather than have the whole request refused', () => {
    const values = { ...NONE, status: 'lost', courseId: 'abc', unitId: `${UNIT}x`, issuedFrom: '1/2/2025', q: '   ' };
    expect(certificateListQuery(values, 1, 20)).toEqual({ page: 1, pageSize: 20 });
  });
});

describe('certificateExportUrl', () => {
  it('links to the whole export when nothing is chosen', () => {
    expect(certificateExportUrl(certificateExportQuery(NONE))).toBe('/api/v1/certificates/export.xlsx');
  });

  it('carries the same filters as the list, encoded, and never the page', () => {
    const query = certificateExportQuery({
      ...NONE,
      q: 'Hoa & Mai',
      status: 'valid',
      unitId: UNIT,
      issuedTo: '2025-06-30',
    });
    const url = new URL(certificateExportUrl(query), 'http://localhost');
    expect(url.pathname).toBe('/api/v1/certificates/export.xlsx');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: 'Hoa & Mai',
      status: 'valid',
      unitId: UNIT,
      issuedTo: '2025-06-30',
    });
  });
});

describe('issuedDatesReversed', () => {
  it('is true only when both dates are set and the start is after the end', () => {
    expect(
      issuedDatesReversed(certificateExportQuery({ ...NONE, issuedFrom: '2025-03-02', issuedTo: '2025-03-01' })),
    ).toBe(true);
    expect(
      issuedDatesReversed(certificateExportQuery({ ...NONE, issuedFrom: '2025-03-01', issuedTo: '2025-03-01' })),
    ).toBe(false);
    expect(issuedDatesReversed(certificateExportQuery({ ...NONE, issuedFrom: '2025-03-02' }))).toBe(false);
  });
});

describe('isNarrowed', () => {
  it('is false with no filter and true with any one', () => {
    expect(isNarrowed(certificateExportQuery(NONE))).toBe(false);
    expect(isNarrowed(certificateExportQuery({ ...NONE, q: 'hoa' }))).toBe(true);
    expect(isNarrowed(certificateExportQuery({ ...NONE, status: 'expired' }))).toBe(true);
    expect(isNarrowed(certificateExportQuery({ ...NONE, issuedFrom: '2025-01-01' }))).toBe(true);
  });
});
