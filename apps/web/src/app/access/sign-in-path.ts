export const SIGN_IN_PATH = '/sign-in';

export function signInPath(next: string): string {
  return next && next !== '/' ? `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}` : SIGN_IN_PATH;
}

/** Only same-app paths, so a crafted link cannot send a user elsewhere after sign-in. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith(SIGN_IN_PATH)) return '/';
  return next;
}
