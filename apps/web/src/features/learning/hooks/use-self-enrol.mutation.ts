import { useMutation, useQueryClient } from '@tanstack/react-query';
import { learningApi } from '../api/learning.api';
import { learningKeys } from '../api/learning.keys';

export function useSelfEnrolMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (courseId: string) => learningApi.selfEnrol(courseId),
    onSuccess: async (outline) => {
      queryClient.setQueryData(learningKeys.enrolment(outline.enrolmentId), outline);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: learningKeys.mine() }),
        queryClient.invalidateQueries({ queryKey: learningKeys.catalogue() }),
      ]);
    },
  });
}
