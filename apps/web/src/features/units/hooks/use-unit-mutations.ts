import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUnitBody } from '@sen/contracts';
import { unitsApi } from '../api/units.api';
import { unitKeys } from '../api/units.keys';

/** Any change to the tree can alter counts, paths and search results, so all unit queries refresh. */
function useInvalidateUnits() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: unitKeys.all });
}

export function useCreateUnitMutation() {
  const invalidate = useInvalidateUnits();
  return useMutation({ mutationFn: (body: CreateUnitBody) => unitsApi.create(body), onSuccess: invalidate });
}

export function useRenameUnitMutation(id: string) {
  const invalidate = useInvalidateUnits();
  return useMutation({ mutationFn: (name: string) => unitsApi.rename(id, { name }), onSuccess: invalidate });
}

export function useMoveUnitMutation(id: string) {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (newParentId: string) => unitsApi.move(id, { newParentId }),
    onSuccess: invalidate,
  });
}
