import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignPositionBody } from '@sen/contracts';
import { peopleKeys } from '../../people/api/people.keys';
import { positionsApi } from '../api/positions.api';
import { positionKeys } from '../api/positions.keys';

/** A person's positions show on her detail page as well as on the unit's. */
function useInvalidatePositions(unitId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: positionKeys.unit(unitId) }),
      queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
    ]);
}

export function useAssignPositionMutation(unitId: string) {
  const invalidate = useInvalidatePositions(unitId);
  return useMutation({
    mutationFn: (body: AssignPositionBody) => positionsApi.assign(unitId, body),
    onSuccess: invalidate,
  });
}

export function useEndAssignmentMutation(unitId: string) {
  const invalidate = useInvalidatePositions(unitId);
  return useMutation({ mutationFn: (assignmentId: string) => positionsApi.end(assignmentId), onSuccess: invalidate });
}
