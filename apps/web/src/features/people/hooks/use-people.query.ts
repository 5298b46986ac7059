import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { peopleApi } from '../api/people.api';
import { peopleKeys, type PersonListParams } from '../api/people.keys';

export function usePeopleQuery(query: PersonListParams) {
  return useQuery({
    queryKey: peopleKeys.list(query),
    queryFn: ({ signal }) => peopleApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
}
