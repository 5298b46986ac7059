import { routeTable, type CreatePersonBody } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import type { PersonListParams } from './people.keys';

export const peopleApi = {
  list: (query: PersonListParams, signal?: AbortSignal) => apiRequest(routeTable.listPeople, { query, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest(routeTable.getPerson, { params: { id }, signal }),
  create: (body: CreatePersonBody) => apiRequest(routeTable.createPerson, { body }),
};
