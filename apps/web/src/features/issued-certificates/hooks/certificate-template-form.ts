import type { CertificateTemplateBody, CertificateTemplateView } from '@sen/contracts';
import type { z } from 'zod';
import { fileUrl } from '../api/staff-certificates.api';

/** The template's logo as the form holds it: the stored file, and where to show it from. */
export interface TemplateLogo {
  id: string;
  url: string;
}

/** The form's values; number inputs give '' when emptied. */
export interface CertificateTemplateValues {
  logo: TemplateLogo | null;
  signatoryName: string;
  signatoryTitle: string;
  primaryColour: string;
  accentColour: string;
  validityMonths: number | string;
  reminderDays: number | string;
}

export function templateValues(view: CertificateTemplateView): CertificateTemplateValues {
  return {
    logo: view.logoFileId ? { id: view.logoFileId, url: fileUrl(view.logoFileId) } : null,
    signatoryName: view.signatoryName ?? '',
    signatoryTitle: view.signatoryTitle,
    primaryColour: view.primaryColour,
    accentColour: view.accentColour,
    validityMonths: view.validityMonths ?? '',
    reminderDays: view.reminderDays,
  };
}

/** '' or blank is "not given"; NaN makes the contract call a required number missing rather than 0. */
function numberOf(value: number | string): number {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? Number.NaN : Number(value);
}

/**
 * The request body: an empty signatory means the owning union's president, an empty validity means the
 * certificate never expires.
 */
export function templateBody(values: CertificateTemplateValues): z.input<typeof CertificateTemplateBody> {
  const validity = typeof values.validityMonths === 'string' ? values.validityMonths.trim() : values.validityMonths;
  return {
    logoFileId: values.logo?.id ?? null,
    signatoryName: values.signatoryName.trim() === '' ? null : values.signatoryName,
    signatoryTitle: values.signatoryTitle,
    primaryColour: values.primaryColour,
    accentColour: values.accentColour,
    validityMonths: validity === '' ? null : numberOf(validity),
    reminderDays: numberOf(values.reminderDays),
  };
}

/** The name printed under the signature: the one chosen, else whoever is the owning union's president now. */
export function printedSignatory(values: Pick<CertificateTemplateValues, 'signatoryName'>, defaultName: string | null) {
  const chosen = values.signatoryName.trim();
  return chosen === '' ? defaultName : chosen;
}

/** Only PNG and JPEG go into a certificate's PDF; the course's other image kinds (WebP) do not. */
export const LOGO_ACCEPT = 'image/png,image/jpeg';
export function isLogoFile(file: Pick<File, 'name' | 'type'>): boolean {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return ['png', 'jpg', 'jpeg'].includes(extension) && (file.type === '' || LOGO_ACCEPT.split(',').includes(file.type));
}
