import { routes, type RequestInput } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import type { UnitListParams } from './units.keys';

export const unitsApi = {
  list: (query: UnitListParams, signal?: AbortSignal) => apiRequest(routes.listUnits, { query, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest(routes.getUnit, { params: { id }, signal }),
  levels: (signal?: AbortSignal) => apiRequest(routes.listUnitLevels, { signal }),
  create: (body: RequestInput<typeof routes.createUnit>['body']) => apiRequest(routes.createUnit, { body }),
  rename: (id: string, body: RequestInput<typeof routes.renameUnit>['body']) =>
    apiRequest(routes.renameUnit, { params: { id }, body }),
  move: (id: string, body: RequestInput<typeof routes.moveUnit>['body']) =>
    apiRequest(routes.moveUnit, { params: { id }, body }),
};
