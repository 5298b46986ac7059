import { routeTable, type RequestInput, type Routes } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import type { UnitListParams } from './units.keys';

export const unitsApi = {
  list: (query: UnitListParams, signal?: AbortSignal) => apiRequest(routeTable.listUnits, { query, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest(routeTable.getUnit, { params: { id }, signal }),
  levels: (signal?: AbortSignal) => apiRequest(routeTable.listUnitLevels, { signal }),
  create: (body: RequestInput<Routes['createUnit']>['body']) => apiRequest(routeTable.createUnit, { body }),
  rename: (id: string, body: RequestInput<Routes['renameUnit']>['body']) =>
    apiRequest(routeTable.renameUnit, { params: { id }, body }),
  move: (id: string, body: RequestInput<Routes['moveUnit']>['body']) =>
    apiRequest(routeTable.moveUnit, { params: { id }, body }),
};
