import { beforeAll, describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { CertificateTemplateBody, type CertificateTemplateView } from '@sen/contracts';
import { contractValidator } from '../../../app/forms/contract-validator';
import { translatorFor } from '../../../i18n/testing';
import {
  isLogoFile,
  printedSignatory,
  templateBody,
  templateValues,
  type CertificateTemplateValues,
} from './certificate-template-form';

const COURSE = '0d7c3c1e-8a55-4c62-b1f4-6e5a9c2d7b20';
const LOGO = '5f0c6a8e-0b7e-4d0e-9a52-3b1f2f7f0a11';

const VIEW: CertificateTemplateView = {
  courseId: COURSE,
  logoFileId: null,
  signatoryName: null,
  signatoryTitle: 'Chủ tịch',
  primaryColour: '#C2185B',
  accentColour: '#B8860B',
  validityMonths: null,
  reminderDays: 30,
  defaultSignatoryName: 'Phạm Thị Thanh Hương',
  updatedAt: null,
};

let vi: TFunction;
beforeAll(async () => {
  vi = await translatorFor('vi');
});

describe('templateValues and templateBody', () => {
  it('round-trip a template, empty inputs standing for "the president signs" and "never expires"', () => {
    const values = templateValues(VIEW);
    expect(values).toMatchObject({ logo: null, signatoryName: '', validityMonths: '', reminderDays: 30 });
    expect(CertificateTemplateBody.parse(templateBody(values))).toEqual({
      logoFileId: null,
      signatoryName: null,
      signatoryTitle: 'Chủ tịch',
      primaryColour: '#C2185B',
      accentColour: '#B8860B',
      validityMonths: null,
      reminderDays: 30,
    });
  });

  it('shows a stored logo from the files route and sends its id back', () => {
    const values = templateValues({ ...VIEW, logoFileId: LOGO, validityMonths: 24 });
    expect(values.logo).toEqual({ id: LOGO, url: `/api/v1/files/${LOGO}` });
    expect(templateBody(values)).toMatchObject({ logoFileId: LOGO, validityMonths: 24 });
  });

  it('sends a chosen signatory, upper-cased colours and typed numbers', () => {
    const values: CertificateTemplateValues = {
      ...templateValues(VIEW),
      signatoryName: '  Trần Thị Lan ',
      primaryColour: '#1565c0',
      validityMonths: '24',
      reminderDays: '60',
    };
    expect(CertificateTemplateBody.parse(templateBody(values))).toMatchObject({
      signatoryName: 'Trần Thị Lan',
      primaryColour: '#1565C0',
      validityMonths: 24,
      reminderDays: 60,
    });
  });
});

describe('validating the template form with the contract', () => {
  const validate = (values: CertificateTemplateValues) =>
    contractValidator(CertificateTemplateBody, templateBody, vi)(values);

  it('accepts the default template', () => {
    expect(validate(templateValues(VIEW))).toEqual({});
  });

  it('calls an emptied reminder missing, not zero, and a blank title missing', () => {
    expect(validate({ ...templateValues(VIEW), reminderDays: '', signatoryTitle: '  ' })).toEqual({
      reminderDays: 'Vui lòng nhập thông tin này',
      signatoryTitle: 'Vui lòng nhập thông tin này',
    });
  });

  it('refuses a half-typed colour and numbers out of range', () => {
    expect(validate({ ...templateValues(VIEW), accentColour: '#B86', validityMonths: 121, reminderDays: 0 })).toEqual({
      accentColour: 'Giá trị không hợp lệ',
      validityMonths: 'Giá trị lớn nhất là 120',
      reminderDays: 'Giá trị nhỏ nhất là 1',
    });
  });
});

describe('printedSignatory', () => {
  it('is the chosen name, else the current president, else nobody yet', () => {
    expect(printedSignatory({ signatoryName: 'Trần Thị Lan' }, 'Phạm Thị Thanh Hương')).toBe('Trần Thị Lan');
    expect(printedSignatory({ signatoryName: '  ' }, 'Phạm Thị Thanh Hương')).toBe('Phạm Thị Thanh Hương');
    expect(printedSignatory({ signatoryName: '' }, null)).toBeNull();
  });
});

describe('isLogoFile', () => {
  it('takes PNG and JPEG only, the images a PDF embeds', () => {
    expect(isLogoFile({ name: 'logo.png', type: 'image/png' })).toBe(true);
    expect(isLogoFile({ name: 'Logo.JPG', type: 'image/jpeg' })).toBe(true);
    expect(isLogoFile({ name: 'logo.jpeg', type: '' })).toBe(true);
    expect(isLogoFile({ name: 'logo.webp', type: 'image/webp' })).toBe(false);
    expect(isLogoFile({ name: 'logo.png', type: 'image/webp' })).toBe(false);
    expect(isLogoFile({ name: 'logo.svg', type: 'image/svg+xml' })).toBe(false);
  });
});
