import type { Role } from '@sen/contracts';
import type { Actor } from './actor';

/** True when one of the actor's grants for these roles covers the unit at `unitPath`. */
export function covers(actor: Actor, roles: readonly Role[], unitPath: string): boolean {
  return actor.grants.some((g) => roles.includes(g.role) && unitPath.startsWith(g.unitPath));
}

export function holdsAny(actor: Actor, roles: readonly Role[]): boolean {
  return actor.grants.some((g) => roles.includes(g.role));
}

/**
 * The smallest set of subtree roots the actor may act on with these roles: a grant nested
 * inside another grant's subtree adds nothing.
 */
export function scopeRoots(actor: Actor, roles: readonly Role[]): string[] {
  const paths = [...new Set(actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.unitPath))].sort(
    (a, b) => a.length - b.length,
  );
  const roots: string[] = [];
  for (const path of paths) if (!roots.some((root) => path.startsWith(root))) roots.push(path);
  return roots;
}

/** LIKE patterns for a materialised-path column, one per scope root. */
export function scopePatterns(actor: Actor, roles: readonly Role[]): string[] {
  return scopeRoots(actor, roles).map((root) => `${root}%`);
}

/** True for the path of a unit without a parent (the province, in a deployment that serves one). */
export function isRootPath(unitPath: string): boolean {
  return /^\/[^/]+\/$/.test(unitPath);
}

/**
 * The first of the actor's grants for these roles that sits at a root unit, if any. Installation-wide
 * operations (the job queues hold every unit's work) need such a grant: a grant lower in the tree, even an
 * admin's, does not cover what happens elsewhere in the province.
 */
export function rootGrant(actor: Pick<Actor, 'grants'>, roles: readonly Role[]): Actor['grants'][number] | undefined {
  return actor.grants.find((g) => roles.includes(g.role) && isRootPath(g.unitPath));
}
