import { beforeAll, describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import type { ErrorCode } from '@sen/contracts';
import { translatorFor } from '../../i18n/testing';
import { ApiRequestError } from '../api/api-request-error';
import { apiFieldErrors, isFieldLevel } from './apply-api-errors';

const USER_FORM_FIELDS: Partial<Record<ErrorCode, string>> = {
  EMAIL_TAKEN: 'email',
  PHONE_TAKEN: 'phone',
  PERSON_HAS_ACCOUNT: 'personId',
};

function validationError(fields: { path: string; code: string }[]): ApiRequestError {
  return new ApiRequestError(
    400,
    'VALIDATION_FAILED',
    'Invalid request',
    'req-1',
    fields.map((field) => ({ ...field, message: 'technical English' })),
  );
}

let vi: TFunction;
let en: TFunction;
beforeAll(async () => {
  vi = await translatorFor('vi');
  en = await translatorFor('en');
});

describe('apiFieldErrors', () => {
  it('maps body, query and params paths to form fields', () => {
    const error = validationError([
      { path: 'body.roles.0.unitId', code: 'invalid_type' },
      { path: 'body.email', code: 'invalid_format' },
      { path: 'query.from', code: 'custom' },
      { path: 'params.id', code: 'invalid_format' },
    ]);
    expect(apiFieldErrors(error, vi)).toEqual({
      'roles.0.unitId': 'Vui lòng nhập thông tin này',
      email: 'Giá trị không hợp lệ',
      from: 'Giá trị không hợp lệ',
      id: 'Giá trị không hợp lệ',
    });
  });

  it('strips only a leading request part, not a field that happens to be named like one', () => {
    const error = validationError([{ path: 'body.body.query', code: 'too_small' }]);
    expect(Object.keys(apiFieldErrors(error, en))).toEqual(['body.query']);
  });

  it('keeps the first message of a field that fails twice', () => {
    const error = validationError([
      { path: 'body.password', code: 'invalid_type' },
      { path: 'body.password', code: 'too_small' },
    ]);
    expect(apiFieldErrors(error, en)).toEqual({ password: 'Please fill this in' });
  });

  it('says what a domain error at a field means, rather than calling the value malformed', () => {
    const error = new ApiRequestError(404, 'NOT_FOUND', 'Unit not found', undefined, [
      { path: 'body.unitId', code: 'NOT_FOUND', message: 'Unit not found' },
      { path: 'body.events.0.occurredAt', code: 'VALIDATION_FAILED', message: 'In the future' },
    ]);
    expect(apiFieldErrors(error, en)).toEqual({
      unitId: 'Not found. It may have been removed or be outside your scope.',
      'events.0.occurredAt': 'This value is not valid',
    });
  });

  it('pins a domain error about one field to that field, translated', () => {
    const taken = new ApiRequestError(409, 'EMAIL_TAKEN', 'E-mail in use');
    expect(apiFieldErrors(taken, vi, USER_FORM_FIELDS)).toEqual({
      email: 'E-mail này đã được dùng cho tài khoản khác.',
    });
    const hasAccount = new ApiRequestError(409, 'PERSON_HAS_ACCOUNT', 'Has account');
    expect(apiFieldErrors(hasAccount, en, USER_FORM_FIELDS)).toEqual({
      personId: 'This member already has an account.',
    });
  });

  it('does not let a pinned code hide a more precise field message', () => {
    const error = new ApiRequestError(409, 'PHONE_TAKEN', 'Phone in use', undefined, [
      { path: 'body.phone', code: 'invalid_format', message: 'bad' },
    ]);
    expect(apiFieldErrors(error, en, USER_FORM_FIELDS)).toEqual({ phone: 'This value is not valid' });
  });

  it('leaves errors that concern no field to the form-level message', () => {
    expect(apiFieldErrors(new ApiRequestError(403, 'FORBIDDEN', 'No'), vi, USER_FORM_FIELDS)).toEqual({});
    expect(apiFieldErrors(new ApiRequestError(409, 'EMAIL_TAKEN', 'E-mail in use'), vi)).toEqual({});
    expect(apiFieldErrors(new Error('boom'), vi, USER_FORM_FIELDS)).toEqual({});
    expect(apiFieldErrors(ApiRequestError.network(new TypeError('offline')), vi)).toEqual({});
  });
});

describe('isFieldLevel', () => {
  it('is true when field messages explain the error', () => {
    expect(isFieldLevel(validationError([{ path: 'body.email', code: 'invalid_format' }]))).toBe(true);
    expect(isFieldLevel(new ApiRequestError(409, 'EMAIL_TAKEN', 'E-mail in use'), USER_FORM_FIELDS)).toBe(true);
  });

  it('is false when the form must show the error itself', () => {
    expect(isFieldLevel(new ApiRequestError(409, 'EMAIL_TAKEN', 'E-mail in use'))).toBe(false);
    expect(isFieldLevel(new ApiRequestError(400, 'VALIDATION_FAILED', 'Invalid'), USER_FORM_FIELDS)).toBe(false);
    expect(isFieldLevel(new ApiRequestError(500, 'INTERNAL', 'Oops'), USER_FORM_FIELDS)).toBe(false);
    expect(isFieldLevel(new Error('boom'))).toBe(false);
  });
});
