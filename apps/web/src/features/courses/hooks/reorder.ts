/** Pure helpers for ordering modules and lessons; the API always receives the full id list. */

/** The list with the item at `from` moved to index `to`; out-of-range moves return the list unchanged. */
export function moveIndex<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1) as [T];
  next.splice(to, 0, item);
  return next;
}

export type MoveDirection = 'up' | 'down';

/** The ids with `id` moved one place up or down; unchanged at either end or when `id` is absent. */
export function moveId(ids: readonly string[], id: string, direction: MoveDirection): string[] {
  const from = ids.indexOf(id);
  if (from === -1) return [...ids];
  return moveIndex(ids, from, direction === 'up' ? from - 1 : from + 1);
}

/** The ids with `id` dropped where `targetId` stands (HTML5 drag and drop). */
export function moveIdTo(ids: readonly string[], id: string, targetId: string): string[] {
  return moveIndex(ids, ids.indexOf(id), ids.indexOf(targetId));
}

/** Items sorted as `ids` says; items not named keep their relative order at the end. */
export function applyOrder<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  const rank = new Map(ids.map((id, index) => [id, index]));
  return [...items].sort((a, b) => (rank.get(a.id) ?? ids.length) - (rank.get(b.id) ?? ids.length));
}

export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
