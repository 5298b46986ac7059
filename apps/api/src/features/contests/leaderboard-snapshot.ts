import type { LeaderboardLevel, PersonStanding, UnitStanding } from '@sen/contracts';

/** A person's row as the board computes it; whether it is the reader's own is decided per reader. */
export type PersonEntry = Omit<PersonStanding, 'isMe'>;

/**
 * The final boards of a contest, stored in `quizzes.leaderboard` when it closes. Every reader after
 * that gets these rows, so a later regrade or withdrawal does not change a published result.
 */
export interface FrozenBoards {
  participants: number;
  persons: PersonEntry[];
  units: Record<LeaderboardLevel, UnitStanding[]>;
}

export interface Slice<T> {
  items: T[];
  total: number;
}

/** One page (1-based) of a stored board. */
export function pageOf<T>(rows: readonly T[], page: number, pageSize: number): Slice<T> {
  const start = (page - 1) * pageSize;
  return { items: rows.slice(start, start + pageSize), total: rows.length };
}

export function markMe(entry: PersonEntry, meId: string | null): PersonStanding {
  return { ...entry, isMe: entry.person.id === meId };
}

/** The reader's own row on a stored board, or null. */
export function findMe(rows: readonly PersonEntry[], meId: string | null): PersonStanding | null {
  const mine = meId === null ? undefined : rows.find((row) => row.person.id === meId);
  return mine ? markMe(mine, meId) : null;
}
