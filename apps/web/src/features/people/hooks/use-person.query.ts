import { useQuery } from '@tanstack/react-query';
import { peopleApi } from '../api/people.api';
import { peopleKeys } from '../api/people.keys';

export function usePersonQuery(id: string) {
  return useQuery({
    queryKey: peopleKeys.detail(id),
    queryFn: ({ signal }) => peopleApi.get(id, signal),
    enabled: id !== '',
  });
}
