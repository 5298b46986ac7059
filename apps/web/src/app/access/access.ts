import type { Role, RouteAccess, SessionView } from '@sen/contracts';

export function rolesOf(session: SessionView): Set<Role> {
  return new Set(session.user.roles.map((grant) => grant.role));
}

/** Mirrors the API's access rule for a contract route, so the UI never offers what the API refuses. */
export function canAccess(session: SessionView | null | undefined, access: RouteAccess): boolean {
  if (access === 'public') return true;
  if (!session) return false;
  if (access === 'authenticated') return true;
  const roles = rolesOf(session);
  return access.some((role) => roles.has(role));
}
