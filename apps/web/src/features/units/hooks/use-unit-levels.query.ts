import { useQuery } from '@tanstack/react-query';
import { unitsApi } from '../api/units.api';
import { unitKeys } from '../api/units.keys';

export function useUnitLevelsQuery() {
  return useQuery({
    queryKey: unitKeys.levels(),
    queryFn: ({ signal }) => unitsApi.levels(signal),
    staleTime: 10 * 60_000,
  });
}
