import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unitsApi } from '../api/units.api';
import { unitKeys, type UnitListParams } from '../api/units.keys';

export function useUnitsQuery(query: UnitListParams, enabled = true) {
  return useQuery({
    queryKey: unitKeys.list(query),
    queryFn: ({ signal }) => unitsApi.list(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
