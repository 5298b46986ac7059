import type { Role } from '@sen/contracts';
import type { Actor } from '../../core/access/actor';
import { covers } from '../../core/access/scope';

/** Staff who see contests and their results; authors (admins, trainers) also write them. */
export const CONTEST_STAFF: readonly Role[] = ['admin', 'reviewer', 'trainer'];
export const CONTEST_AUTHORS: readonly Role[] = ['admin', 'trainer'];

/**
 * Whether a contest lies in the actor's scope for these roles: its course's owner unit does, or one of
 * its units' subtrees overlaps the scope — a unit inside it, or her scope inside the unit (a district
 * reviewer sees a province-wide contest, since her district's people take it).
 */
export function overlapsScope(
  actor: Actor,
  roles: readonly Role[],
  contest: { ownerPath: string; units: readonly { path: string }[] },
): boolean {
  if (covers(actor, roles, contest.ownerPath)) return true;
  return contest.units.some(
    (unit) =>
      covers(actor, roles, unit.path) ||
      actor.grants.some((g) => roles.includes(g.role) && g.unitPath.startsWith(unit.path)),
  );
}
