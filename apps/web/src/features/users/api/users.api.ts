import { routes, type CreateUserBody, type RoleGrant } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import type { UserListParams } from './users.keys';

export const usersApi = {
  list: (query: UserListParams, signal?: AbortSignal) => apiRequest(routes.listUsers, { query, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest(routes.getUser, { params: { id }, signal }),
  create: (body: CreateUserBody) => apiRequest(routes.createUser, { body }),
  setRoles: (id: string, roles: RoleGrant[]) => apiRequest(routes.setUserRoles, { params: { id }, body: { roles } }),
  disable: (id: string) => apiRequest(routes.disableUser, { params: { id } }),
  enable: (id: string) => apiRequest(routes.enableUser, { params: { id } }),
  resetPassword: (id: string, password: string) =>
    apiRequest(routes.resetUserPassword, { params: { id }, body: { password } }),
};
