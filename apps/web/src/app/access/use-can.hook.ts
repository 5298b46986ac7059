import type { RouteEntry } from '@sen/contracts';
import { useSessionQuery } from '../../features/auth/hooks/use-session.query';
import { canAccess } from './access';

/** Whether the signed-in user may call this contract route. */
export function useCan(route: Pick<RouteEntry, 'access'>): boolean {
  const { data } = useSessionQuery();
  return canAccess(data, route.access);
}
