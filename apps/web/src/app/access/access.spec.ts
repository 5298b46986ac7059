import { describe, expect, it } from '@jest/globals';
import { routeTable, type Role, type SessionView } from '@sen/contracts';
import { NAV_ITEMS, navItemsFor, STAFF_ROLES } from '../shell/nav-items';
import { canAccess, rolesOf } from './access';

const UNIT = { id: '5f0c6a8e-0b7e-4d0e-9a52-3b1f2f7f0a11', name: 'Hội LHPN huyện Vụ Bản' };
const OTHER_UNIT = { id: '0d7c3c1e-8a55-4c62-b1f4-6e5a9c2d7b20', name: 'Hội LHPN xã Liên Minh' };

function sessionWith(...roles: Role[]): SessionView {
  return sessionOf(roles, false);
}

/** `canOperateQueues`: the API's answer for an admin whose grant is at the root unit. */
function sessionOf(roles: Role[], canOperateQueues: boolean): SessionView {
  return {
    user: {
      id: '11111111-1111-4111-8111-111111111111',
      personId: '22222222-2222-4222-8222-222222222222',
      fullName: 'Trần Thị Lan',
      email: 'lan@example.org',
      phone: null,
      locale: 'vi',
      unit: UNIT,
      roles: roles.map((role, index) => ({ role, unit: index % 2 === 0 ? UNIT : OTHER_UNIT })),
    },
    csrfToken: 'csrf',
    canOperateQueues,
    expiresAt: '2030-01-01T00:00:00.000Z',
    idleTimeoutSeconds: 1800,
  };
}

function navFor(session: SessionView | null): string[] {
  return navItemsFor(session).map((item) => item.to);
}

describe('canAccess', () => {
  it('lets anyone reach public routes, signed in or not', () => {
    expect(canAccess(null, routeTable.signIn.access)).toBe(true);
    expect(canAccess(undefined, routeTable.health.access)).toBe(true);
    expect(canAccess(sessionWith('trainee'), routeTable.signIn.access)).toBe(true);
  });

  it('needs a session for everything else, whatever the roles', () => {
    expect(canAccess(null, routeTable.session.access)).toBe(false);
    expect(canAccess(null, routeTable.listPeople.access)).toBe(false);
    expect(canAccess(sessionWith(), routeTable.updateMe.access)).toBe(true);
    expect(canAccess(sessionWith('trainee'), routeTable.changeOwnPassword.access)).toBe(true);
  });

  it('lets a session without any role reach only what every signed-in user may', () => {
    expect(canAccess(sessionWith(), routeTable.listUnits.access)).toBe(false);
    expect(canAccess(sessionWith(), routeTable.createUnit.access)).toBe(false);
  });

  it.each<[Role, { read: boolean; administer: boolean }]>([
    ['admin', { read: true, administer: true }],
    ['reviewer', { read: true, administer: false }],
    ['trainer', { read: true, administer: false }],
    ['trainee', { read: false, administer: false }],
  ])('gives a %s the API routes the contract grants', (role, expected) => {
    const session = sessionWith(role);
    const reads = [
      routeTable.listUnits,
      routeTable.getUnit,
      routeTable.listPeople,
      routeTable.getPerson,
      routeTable.listUnitPositions,
    ];
    const writes = [
      routeTable.createUnit,
      routeTable.createPerson,
      routeTable.listUsers,
      routeTable.createUser,
      routeTable.listAudit,
    ];
    for (const route of reads)
      expect({ route: route.path, allowed: canAccess(session, route.access) }).toEqual({
        route: route.path,
        allowed: expected.read,
      });
    for (const route of writes)
      expect({ route: route.path, allowed: canAccess(session, route.access) }).toEqual({
        route: route.path,
        allowed: expected.administer,
      });
  });

  it('counts a role granted on any unit, alongside others', () => {
    const session = sessionWith('trainee', 'admin');
    expect(rolesOf(session)).toEqual(new Set(['trainee', 'admin']));
    expect(canAccess(session, routeTable.listAudit.access)).toBe(true);
  });
});

describe('navigation per role', () => {
  it('shows an admin every screen', () => {
    expect(navFor(sessionWith('admin'))).toEqual([
      '/',
      '/learn',
      '/certificates',
      '/units',
      '/people',
      '/courses',
      '/contests',
      '/issued-certificates',
      '/analytics',
      '/committees',
      '/reports',
      '/users',
      '/audit',
    ]);
  });

  it('shows reviewers and trainers the organisation, members, courses and contests, not accounts or the audit trail', () => {
    // A reviewer also follows results: certificates issued and training progress.
    expect(navFor(sessionWith('reviewer'))).toEqual([
      '/',
      '/learn',
      '/certificates',
      '/units',
      '/people',
      '/courses',
      '/contests',
      '/issued-certificates',
      '/analytics',
      '/committees',
      '/reports',
    ]);
    expect(navFor(sessionWith('trainer'))).toEqual([
      '/',
      '/learn',
      '/certificates',
      '/units',
      '/people',
      '/courses',
      '/contests',
    ]);
  });

  it('adds the operations screen for an admin of the province only', () => {
    expect(navFor(sessionOf(['admin'], true))).toEqual([...navFor(sessionWith('admin')), '/operations/queues']);
    // The flag alone, without the role, shows nothing more.
    expect(navFor(sessionOf(['reviewer'], true))).toEqual(navFor(sessionWith('reviewer')));
  });

  it('shows a trainee only her learning, where she starts, and her certificates', () => {
    expect(navFor(sessionWith('trainee'))).toEqual(['/learn', '/certificates']);
  });

  it('shows nothing without a session', () => {
    expect(navFor(null)).toEqual([]);
  });

  it('builds each screen on the access of the API route it lists', () => {
    const byPath = Object.fromEntries(NAV_ITEMS.map((item) => [item.to, item.access]));
    expect(byPath).toEqual({
      '/': STAFF_ROLES,
      '/learn': routeTable.myLearning.access,
      '/certificates': routeTable.myCertificates.access,
      '/units': routeTable.listUnits.access,
      '/people': routeTable.listPeople.access,
      '/courses': routeTable.listCourses.access,
      '/contests': routeTable.listContests.access,
      '/issued-certificates': routeTable.listCertificates.access,
      '/analytics': routeTable.analyticsBreakdown.access,
      '/committees': routeTable.listCommittees.access,
      '/reports': routeTable.listReports.access,
      '/users': routeTable.listUsers.access,
      '/audit': routeTable.listAudit.access,
      '/operations/queues': ['admin'],
    });
  });
});
