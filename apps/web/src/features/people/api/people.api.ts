import { routes, type CreatePersonBody } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import type { PersonListParams } from './people.keys';

export const peopleApi = {
  list: (query: PersonListParams, signal?: AbortSignal) => apiRequest(routes.listPeople, { query, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest(routes.getPerson, { params: { id }, signal }),
  create: (body: CreatePersonBody) => apiRequest(routes.createPerson, { body }),
};
