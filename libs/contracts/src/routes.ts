import { ChangeOwnPasswordBody, SessionView, SignInBody, UpdateMeBody } from './auth';
import { IdParams } from './common';
import { AuditPage, AuditQuery, HealthView } from './audit';
import {
  AssignPositionBody,
  CreatePersonBody,
  CreateUnitBody,
  CreateUnitLevelBody,
  MoveUnitBody,
  PersonListQuery,
  PersonPage,
  PersonView,
  PositionAssignmentView,
  RenameUnitBody,
  UnitDetail,
  UnitLevelList,
  UnitLevelView,
  UnitListQuery,
  UnitPage,
  UnitPositions,
} from './organisation';
import { CreateUserBody, ResetPasswordBody, SetRolesBody, UserListQuery, UserPage, UserView } from './users';
import { defineRoute, type RouteDefinition } from './route';

const STAFF = ['admin', 'reviewer', 'trainer'] as const;
const ADMIN = ['admin'] as const;

export const routes = {
  health: defineRoute({ method: 'GET', path: '/health', tag: 'operations', summary: 'Database, Redis and queue health', access: 'public', response: HealthView }),

  signIn: defineRoute({ method: 'POST', path: '/v1/auth/sign-in', tag: 'auth', summary: 'Sign in with e-mail or phone and password', access: 'public', body: SignInBody, response: SessionView }),
  signOut: defineRoute({ method: 'POST', path: '/v1/auth/sign-out', tag: 'auth', summary: 'End the current session', access: 'authenticated' }),
  session: defineRoute({ method: 'GET', path: '/v1/auth/session', tag: 'auth', summary: 'The current session, with its CSRF token', access: 'authenticated', response: SessionView }),
  updateMe: defineRoute({ method: 'PATCH', path: '/v1/me', tag: 'auth', summary: 'Change own preferences (language)', access: 'authenticated', body: UpdateMeBody, response: SessionView }),
  changeOwnPassword: defineRoute({ method: 'POST', path: '/v1/me/password', tag: 'auth', summary: 'Change own password; other sessions end', access: 'authenticated', body: ChangeOwnPasswordBody }),

  listUnitLevels: defineRoute({ method: 'GET', path: '/v1/unit-levels', tag: 'organisation', summary: 'Named levels of the unit tree', access: 'authenticated', response: UnitLevelList }),
  createUnitLevel: defineRoute({ method: 'POST', path: '/v1/unit-levels', tag: 'organisation', summary: 'Add a level (admins of a top-level unit)', access: ADMIN, body: CreateUnitLevelBody, response: UnitLevelView }),

  listUnits: defineRoute({ method: 'GET', path: '/v1/units', tag: 'organisation', summary: 'Children of a unit, or a name search in a subtree', access: STAFF, query: UnitListQuery, response: UnitPage }),
  getUnit: defineRoute({ method: 'GET', path: '/v1/units/:id', tag: 'organisation', summary: 'One unit with its ancestors', access: STAFF, params: IdParams, response: UnitDetail }),
  createUnit: defineRoute({ method: 'POST', path: '/v1/units', tag: 'organisation', summary: 'Create a unit under a parent', access: ADMIN, body: CreateUnitBody, response: UnitDetail }),
  renameUnit: defineRoute({ method: 'PATCH', path: '/v1/units/:id', tag: 'organisation', summary: 'Rename a unit (history kept)', access: ADMIN, params: IdParams, body: RenameUnitBody, response: UnitDetail }),
  moveUnit: defineRoute({ method: 'POST', path: '/v1/units/:id/move', tag: 'organisation', summary: 'Move a unit and its subtree under another parent (history kept)', access: ADMIN, params: IdParams, body: MoveUnitBody, response: UnitDetail }),

  listUnitPositions: defineRoute({ method: 'GET', path: '/v1/units/:id/positions', tag: 'organisation', summary: 'Positions of a unit with holders and reserves', access: STAFF, params: IdParams, response: UnitPositions }),
  assignPosition: defineRoute({ method: 'POST', path: '/v1/units/:id/positions', tag: 'organisation', summary: 'Make a person holder or reserve of a position', access: ADMIN, params: IdParams, body: AssignPositionBody, response: PositionAssignmentView }),
  endPositionAssignment: defineRoute({ method: 'DELETE', path: '/v1/position-assignments/:id', tag: 'organisation', summary: 'End a holder or reserve assignment (history kept)', access: ADMIN, params: IdParams }),

  listPeople: defineRoute({ method: 'GET', path: '/v1/people', tag: 'organisation', summary: 'Members of a unit subtree', access: STAFF, query: PersonListQuery, response: PersonPage }),
  getPerson: defineRoute({ method: 'GET', path: '/v1/people/:id', tag: 'organisation', summary: 'One member with positions', access: STAFF, params: IdParams, response: PersonView }),
  createPerson: defineRoute({ method: 'POST', path: '/v1/people', tag: 'organisation', summary: 'Add a member to a unit', access: ADMIN, body: CreatePersonBody, response: PersonView }),

  listUsers: defineRoute({ method: 'GET', path: '/v1/users', tag: 'users', summary: 'Accounts in scope', access: ADMIN, query: UserListQuery, response: UserPage }),
  getUser: defineRoute({ method: 'GET', path: '/v1/users/:id', tag: 'users', summary: 'One account', access: ADMIN, params: IdParams, response: UserView }),
  createUser: defineRoute({ method: 'POST', path: '/v1/users', tag: 'users', summary: 'Create an account for a member', access: ADMIN, body: CreateUserBody, response: UserView }),
  setUserRoles: defineRoute({ method: 'PUT', path: '/v1/users/:id/roles', tag: 'users', summary: "Replace an account's roles", access: ADMIN, params: IdParams, body: SetRolesBody, response: UserView }),
  disableUser: defineRoute({ method: 'POST', path: '/v1/users/:id/disable', tag: 'users', summary: 'Disable an account and end its sessions', access: ADMIN, params: IdParams, response: UserView }),
  enableUser: defineRoute({ method: 'POST', path: '/v1/users/:id/enable', tag: 'users', summary: 'Enable an account', access: ADMIN, params: IdParams, response: UserView }),
  resetUserPassword: defineRoute({ method: 'POST', path: '/v1/users/:id/password', tag: 'users', summary: 'Set a new password; sessions end, lockout clears', access: ADMIN, params: IdParams, body: ResetPasswordBody, response: UserView }),

  listAudit: defineRoute({ method: 'GET', path: '/v1/audit', tag: 'audit', summary: 'Audit trail of the caller’s scope', access: ADMIN, query: AuditQuery, response: AuditPage }),
} as const satisfies Record<string, RouteDefinition>;

export type RouteName = keyof typeof routes;
export type Routes = typeof routes;

/** Used by the OpenAPI generator and the authorization matrix: every route, named. */
export const routeList = (Object.entries(routes) as [RouteName, RouteDefinition][]).map(([name, def]) => ({ name, ...def }));



