import { beforeAll, describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { AuditQuery, CreatePersonBody, CreateUserBody, SignInBody, UpdateLessonBody } from '@sen/contracts';
import { translatorFor } from '../../i18n/testing';
import { contractValidator, issuesToFormErrors, optionalText } from './contract-validator';

const UNIT_ID = '5f0c6a8e-0b7e-4d0e-9a52-3b1f2f7f0a11';
const OTHER_UNIT_ID = '0d7c3c1e-8a55-4c62-b1f4-6e5a9c2d7b20';

interface PersonValues {
  unitId: string;
  fullName: string;
  birthYear: string;
  email: string;
  phone: string;
}

/** Shaped like the member form's values → request body. */
function personBody(values: PersonValues) {
  return {
    unitId: values.unitId,
    fullName: values.fullName,
    birthYear: values.birthYear === '' ? undefined : Number(values.birthYear),
    email: optionalText(values.email),
    phone: optionalText(values.phone),
  };
}

const validPerson: PersonValues = {
  unitId: UNIT_ID,
  fullName: 'Nguyễn Thị Mai',
  birthYear: '1990',
  email: '',
  phone: '',
};

interface UserValues {
  personId: string;
  email: string;
  phone: string;
  password: string;
  roles: { role: 'trainee' | 'admin'; unitId: string }[];
}

function userBody(values: UserValues) {
  return { ...values, email: optionalText(values.email), phone: optionalText(values.phone) };
}

const validUser: UserValues = {
  personId: UNIT_ID,
  email: 'mai@example.org',
  phone: '',
  password: 'matkhau123',
  roles: [{ role: 'trainee', unitId: UNIT_ID }],
};

let vi: TFunction;
let en: TFunction;
beforeAll(async () => {
  vi = await translatorFor('vi');
  en = await translatorFor('en');
});

describe('optionalText', () => {
  it('turns empty and blank inputs into absent values and trims the rest', () => {
    expect(optionalText('')).toBeUndefined();
    expect(optionalText('   ')).toBeUndefined();
    expect(optionalText('  mai@example.org ')).toBe('mai@example.org');
  });
});

describe('contractValidator', () => {
  it('accepts a valid member, leaving empty optional inputs out of the body', () => {
    const validate = contractValidator(CreatePersonBody, personBody, vi);
    expect(validate(validPerson)).toEqual({});
    expect(personBody(validPerson)).toEqual(expect.objectContaining({ email: undefined, phone: undefined }));
  });

  it('does not report an empty e-mail or phone as malformed: they are simply not given', () => {
    const validate = contractValidator(CreatePersonBody, personBody, vi);
    expect(validate({ ...validPerson, email: '  ', phone: '' })).toEqual({});
  });

  it('names a missing required field as missing, in Vietnamese', () => {
    const validate = contractValidator(CreatePersonBody, personBody, vi);
    expect(validate({ ...validPerson, unitId: '', fullName: '' })).toEqual({
      unitId: 'Vui lòng chọn',
      fullName: 'Vui lòng nhập thông tin này',
    });
  });

  it('gives a length or range message when something is given but not enough', () => {
    const validate = contractValidator(CreatePersonBody, personBody, vi);
    expect(validate({ ...validPerson, fullName: 'A', birthYear: '1900' })).toEqual({
      fullName: 'Cần ít nhất 2 ký tự',
      birthYear: 'Giá trị nhỏ nhất là 1920',
    });
  });

  it('explains the phone and e-mail rules of the contract', () => {
    const validate = contractValidator(CreatePersonBody, personBody, vi);
    expect(validate({ ...validPerson, email: 'mai@', phone: '12345' })).toEqual({
      email: 'Địa chỉ e-mail không hợp lệ',
      phone: 'Số điện thoại gồm 10 chữ số bắt đầu bằng 0, hoặc +84 và 9 chữ số',
    });
    expect(validate({ ...validPerson, email: 'Mai@Example.org', phone: '0912345678' })).toEqual({});
    expect(validate({ ...validPerson, phone: '+84912345678' })).toEqual({});
    expect(validate({ ...validPerson, phone: '091234567' })).toEqual({
      phone: expect.stringMatching(/^Số điện thoại/),
    });
  });

  it('speaks English when the user does', () => {
    const validate = contractValidator(CreatePersonBody, personBody, en);
    expect(validate({ ...validPerson, unitId: '', fullName: 'A', email: 'x', phone: '1' })).toEqual({
      unitId: 'Please choose one',
      fullName: 'At least 2 characters',
      email: 'This is not a valid e-mail address',
      phone: 'A phone number is 10 digits starting with 0, or +84 followed by 9 digits',
    });
  });

  it('asks for an e-mail or a phone on a new account, pinned to the e-mail field', () => {
    const validate = contractValidator(CreateUserBody, userBody, vi);
    expect(validate(validUser)).toEqual({});
    expect(validate({ ...validUser, phone: '0912345678', email: '' })).toEqual({});
    expect(validate({ ...validUser, email: ' ', phone: '' })).toEqual({
      email: 'Cần e-mail hoặc số điện thoại để đăng nhập',
    });
  });

  it('reports the first problem of a password, then its letter-and-digit rule', () => {
    const validate = contractValidator(CreateUserBody, userBody, en);
    expect(validate({ ...validUser, password: 'abc' })).toEqual({ password: 'At least 8 characters' });
    expect(validate({ ...validUser, password: 'abcdefghij' })).toEqual({
      password: 'The password needs at least one letter and one digit',
    });
  });

  it('keys nested problems by their path and checks the list of roles', () => {
    const validate = contractValidator(CreateUserBody, userBody, vi);
    expect(validate({ ...validUser, roles: [] })).toEqual({ roles: 'Cần ít nhất 1 mục' });
    expect(validate({ ...validUser, roles: [{ role: 'trainee', unitId: '' }] })).toEqual({
      'roles.0.unitId': 'Vui lòng chọn',
    });
    expect(
      validate({
        ...validUser,
        roles: [
          { role: 'trainee', unitId: OTHER_UNIT_ID },
          { role: 'trainee', unitId: OTHER_UNIT_ID },
        ],
      }),
    ).toEqual({ roles: 'Một vai trò bị gán hai lần cho cùng một đơn vị' });
  });

  it('calls a too-short sign-in name missing only when it is blank', () => {
    const validate = contractValidator(SignInBody, (values: { identifier: string; password: string }) => values, vi);
    expect(validate({ identifier: '  ', password: '' })).toEqual({
      identifier: 'Vui lòng nhập thông tin này',
      password: 'Vui lòng nhập thông tin này',
    });
    expect(validate({ identifier: 'ab', password: 'x' })).toEqual({ identifier: 'Cần ít nhất 3 ký tự' });
  });
});

describe('lesson video links', () => {
  const validate = (body: {
    videoUrl: string | null;
    videoUploadId?: string | null;
    completion?: 'video_watched' | 'opened';
  }) => contractValidator(UpdateLessonBody, (values: typeof body) => values, en)(body);

  it('accepts YouTube and Vimeo links only', () => {
    expect(validate({ videoUrl: 'https://www.youtube.com/watch?v=abcdef123' })).toEqual({});
    expect(validate({ videoUrl: 'https://vimeo.com/123456' })).toEqual({});
    expect(validate({ videoUrl: 'https://example.org/video' })).toEqual({
      videoUrl: 'Only YouTube or Vimeo links starting with https://',
    });
    expect(validate({ videoUrl: 'http://youtu.be/abcdef123' })).toEqual({
      videoUrl: 'Only YouTube or Vimeo links starting with https://',
    });
  });

  it('asks for a video when the lesson is completed by watching it', () => {
    expect(validate({ videoUrl: null, videoUploadId: null, completion: 'video_watched' })).toEqual({
      videoUrl: 'This completion rule needs a video: a link or an uploaded MP4',
    });
    expect(validate({ videoUrl: null, completion: 'opened' })).toEqual({});
    // An uploaded video counts as the lesson's video.
    const uploaded = '0b8f1a52-6c1e-4a57-9d1f-3f5f0c7b2a10';
    expect(validate({ videoUrl: null, videoUploadId: uploaded, completion: 'video_watched' })).toEqual({});
  });
});

describe('issuesToFormErrors', () => {
  it('translates a cross-field rule of a query, e.g. dates in the wrong order', () => {
    const checked = AuditQuery.safeParse({ from: '2025-03-02', to: '2025-03-01' });
    expect(checked.success).toBe(false);
    expect(issuesToFormErrors(checked.error?.issues ?? [], en)).toEqual({
      from: 'The start date must not be after the end date',
    });
  });
});
