import { routeTable, type CreateUserBody, type RoleGrant } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import type { UserListParams } from './users.keys';

export const usersApi = {
  list: (query: UserListParams, signal?: AbortSignal) => apiRequest(routeTable.listUsers, { query, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest(routeTable.getUser, { params: { id }, signal }),
  create: (body: CreateUserBody) => apiRequest(routeTable.createUser, { body }),
  setRoles: (id: string, roles: RoleGrant[]) =>
    apiRequest(routeTable.setUserRoles, { params: { id }, body: { roles } }),
  disable: (id: string) => apiRequest(routeTable.disableUser, { params: { id } }),
  enable: (id: string) => apiRequest(routeTable.enableUser, { params: { id } }),
  resetPassword: (id: string, password: string) =>
    apiRequest(routeTable.resetUserPassword, { params: { id }, body: { password } }),
};
