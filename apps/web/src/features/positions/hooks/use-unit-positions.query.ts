import { useQuery } from '@tanstack/react-query';
import { positionsApi } from '../api/positions.api';
import { positionKeys } from '../api/positions.keys';

export function useUnitPositionsQuery(unitId: string) {
  return useQuery({
    queryKey: positionKeys.unit(unitId),
    queryFn: ({ signal }) => positionsApi.listForUnit(unitId, signal),
  });
}
