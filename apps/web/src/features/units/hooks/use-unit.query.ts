import { useQuery } from '@tanstack/react-query';
import { unitsApi } from '../api/units.api';
import { unitKeys } from '../api/units.keys';

export function useUnitQuery(id: string | undefined) {
  return useQuery({
    queryKey: unitKeys.detail(id ?? ''),
    queryFn: ({ signal }) => unitsApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}
