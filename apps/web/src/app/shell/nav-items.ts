import { routeTable, type RouteAccess, type SessionView } from '@sen/contracts';
import { canAccess } from '../access/access';

export interface NavItem {
  to: string;
  labelKey:
    | 'nav.home'
    | 'nav.learning'
    | 'nav.certificates'
    | 'nav.units'
    | 'nav.people'
    | 'nav.courses'
    | 'nav.contests'
    | 'nav.users'
    | 'nav.audit'
    // A staff-only screen's label lives with its texts in the staff dictionary (loaded before the staff shell shows).
    | 'issuedCertificates.nav'
    | 'analytics.nav'
    | 'reports.nav'
    | 'operations.nav'
    | 'committees.nav';
  access: RouteAccess;
  /** A further condition than the roles, e.g. where the grant sits. */
  shownTo?: (session: SessionView) => boolean;
  /** Other paths that belong to this item's screens, e.g. lessons under courses. */
  also?: readonly string[];
}

/** Roles that work on the organisation or its courses, rather than only learn. */
export const STAFF_ROLES = ['admin', 'reviewer', 'trainer'] as const;

/** Each screen is shown to whoever may call the API route it is built on. */
export const NAV_ITEMS: readonly NavItem[] = [
  // Staff start at the overview; a trainee starts at her learning (the home route sends her there).
  { to: '/', labelKey: 'nav.home', access: STAFF_ROLES },
  { to: '/learn', labelKey: 'nav.learning', access: routeTable.myLearning.access },
  { to: '/certificates', labelKey: 'nav.certificates', access: routeTable.myCertificates.access },
  { to: '/units', labelKey: 'nav.units', access: routeTable.listUnits.access },
  { to: '/people', labelKey: 'nav.people', access: routeTable.listPeople.access },
  { to: '/courses', labelKey: 'nav.courses', access: routeTable.listCourses.access, also: ['/lessons'] },
  { to: '/contests', labelKey: 'nav.contests', access: routeTable.listContests.access },
  { to: '/issued-certificates', labelKey: 'issuedCertificates.nav', access: routeTable.listCertificates.access },
  { to: '/analytics', labelKey: 'analytics.nav', access: routeTable.analyticsBreakdown.access },
  { to: '/committees', labelKey: 'committees.nav', access: routeTable.listCommittees.access },
  { to: '/reports', labelKey: 'reports.nav', access: routeTable.listReports.access },
  { to: '/users', labelKey: 'nav.users', access: routeTable.listUsers.access },
  { to: '/audit', labelKey: 'nav.audit', access: routeTable.listAudit.access },
  // The queue dashboard is not a contract route: the API opens it to admins whose grant is at the root unit.
  {
    to: '/operations/queues',
    labelKey: 'operations.nav',
    access: ['admin'],
    shownTo: (session) => session.canOperateQueues,
  },
];

/** The screens this session may open, in menu order. */
export function navItemsFor(session: SessionView | null | undefined): NavItem[] {
  return NAV_ITEMS.filter(
    (item) => canAccess(session, item.access) && (!session || !item.shownTo || item.shownTo(session)),
  );
}
