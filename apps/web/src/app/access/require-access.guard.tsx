import { Outlet } from 'react-router';
import type { RouteAccess } from '@sen/contracts';
import { useSessionQuery } from '../../features/auth/hooks/use-session.query';
import { canAccess } from './access';
import { NotAllowedPage } from './not-allowed.page';

export function RequireAccess({ access }: { access: RouteAccess }) {
  const { data } = useSessionQuery();
  return canAccess(data, access) ? <Outlet /> : <NotAllowedPage />;
}
