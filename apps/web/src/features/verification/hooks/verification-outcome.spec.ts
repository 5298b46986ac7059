import { describe, expect, it } from '@jest/globals';
import type { Verification } from '@sen/contracts';
import { ApiRequestError } from '../../../app/api/api-request-error';
import { outcomeOf, typedCode } from './verification-outcome';

const verification: Verification = { verdict: 'not_genuine', certificate: null, superseded: false };

describe('what the verification page says', () => {
  it('shows the API’s verdict', () => {
    expect(outcomeOf(verification, null)).toEqual({ kind: 'verdict', verdict: 'not_genuine', verification });
  });

  it('says an unknown code is unknown, a mistyped one mistyped, and a rate limit is a rate limit, not a verdict', () => {
    expect(outcomeOf(undefined, new ApiRequestError(404, 'NOT_FOUND', 'no'))).toEqual({ kind: 'unknown' });
    expect(outcomeOf(undefined, new ApiRequestError(400, 'VALIDATION_FAILED', 'bad check character'))).toEqual({
      kind: 'malformed',
    });
    expect(outcomeOf(undefined, new ApiRequestError(429, 'RATE_LIMITED', 'slow down'))).toEqual({
      kind: 'rate_limited',
    });
  });

  it('leaves other failures, and a lost connection, to the error panel with its retry', () => {
    const server = new ApiRequestError(500, 'INTERNAL', 'boom');
    expect(outcomeOf(undefined, server)).toEqual({ kind: 'error', error: server });
    const network = ApiRequestError.network(new Error('offline'));
    expect(outcomeOf(undefined, network)).toEqual({ kind: 'error', error: network });
  });

  it('has nothing to say while loading', () => {
    expect(outcomeOf(undefined, null)).toBeUndefined();
  });

  it('drops the spaces a visitor types into a code, leaving case and dashes to the API', () => {
    expect(typedCode('  sen-abcd efgh-2345 ')).toBe('sen-abcdefgh-2345');
  });
});
