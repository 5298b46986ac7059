import { isErrorCode, type ErrorCode } from '@sen/contracts';

const KEY = 'sen.signOutReason';

/** Remembers why the app sent the user to sign-in (e.g. an expired session), to say so there. */
export function rememberSignOutReason(code: ErrorCode): void {
  try {
    window.sessionStorage.setItem(KEY, code);
  } catch {
    // Without storage the sign-in page simply shows no reason.
  }
}

export function peekSignOutReason(): ErrorCode | null {
  try {
    const code = window.sessionStorage.getItem(KEY);
    return isErrorCode(code) ? code : null;
  } catch {
    return null;
  }
}

export function clearSignOutReason(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // See rememberSignOutReason.
  }
}
