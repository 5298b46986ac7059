import { ApiErrorSchema } from './errors';
import { readApiError } from './error-codes';

const samples: unknown[] = [
  { error: { code: 'NOT_FOUND', message: 'No such unit' } },
  {
    error: {
      code: 'VALIDATION_FAILED',
      message: 'Bad',
      requestId: 'r-1',
      fields: [{ path: 'body.name', code: 'too_small', message: 'Short' }],
    },
  },
  { error: { code: 'CONFLICT', message: 'Taken', extra: 1 }, other: true },
  { error: { code: 'NO_SUCH_CODE', message: 'x' } },
  { error: { code: 'INTERNAL' } },
  { error: { code: 'INTERNAL', message: 'x', requestId: 7 } },
  { error: { code: 'INTERNAL', message: 'x', fields: [{ path: 'a', code: 'b' }] } },
  { error: { code: 'INTERNAL', message: 'x', fields: 'a' } },
  { error: 'NOT_FOUND' },
  { code: 'NOT_FOUND', message: 'x' },
  [],
  null,
  'Internal Server Error',
];

describe('readApiError', () => {
  it.each(samples.map((sample) => [JSON.stringify(sample), sample]))(
    'reads %s exactly as ApiErrorSchema does',
    (_, sample) => {
      const parsed = ApiErrorSchema.safeParse(sample);
      expect(readApiError(sample)).toEqual(parsed.success ? parsed.data.error : null);
    },
  );

  it('accepts a well-formed body and refuses an unknown code', () => {
    expect(readApiError({ error: { code: 'FORBIDDEN', message: 'No' } })).toEqual({ code: 'FORBIDDEN', message: 'No' });
    expect(readApiError({ error: { code: 'TEAPOT', message: 'No' } })).toBeNull();
  });
});
