import type { UserView } from '@sen/contracts';
import type { UserRow } from './users.repository';

export function toUserView({ unitPath: _unitPath, lockedUntil, lastSignInAt, createdAt, ...rest }: UserRow): UserView {
  return {
    ...rest,
    lockedUntil: lockedUntil?.toISOString() ?? null,
    lastSignInAt: lastSignInAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
  };
}
