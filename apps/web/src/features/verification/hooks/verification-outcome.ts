import type { Verification, VerificationVerdict } from '@sen/contracts';
import { isApiRequestError } from '../../../app/api/api-request-error';

/** What the page says: the API's verdict, or why there is none. */
export type VerificationOutcome =
  | { kind: 'verdict'; verdict: VerificationVerdict; verification: Verification }
  /** No certificate has the code (404). */
  | { kind: 'unknown' }
  /** Not even shaped like a code (400: a wrong character or check character). */
  | { kind: 'malformed' }
  /** Too many checks from this connection (429): say so plainly, it is no verdict on the certificate. */
  | { kind: 'rate_limited' }
  | { kind: 'error'; error: unknown };

export function outcomeOf(verification: Verification | undefined, error: unknown): VerificationOutcome | undefined {
  if (verification) return { kind: 'verdict', verdict: verification.verdict, verification };
  if (error === null || error === undefined) return undefined;
  if (isApiRequestError(error) && !error.isNetwork) {
    if (error.status === 404) return { kind: 'unknown' };
    if (error.status === 400 && error.code === 'VALIDATION_FAILED') return { kind: 'malformed' };
    if (error.status === 429) return { kind: 'rate_limited' };
  }
  return { kind: 'error', error };
}

/**
 * What a visitor typed, tidied for the address bar: spaces dropped. Case and dashes are left to the API,
 * which canonicalises the code.
 */
export function typedCode(text: string): string {
  return text.replace(/\s+/g, '');
}
