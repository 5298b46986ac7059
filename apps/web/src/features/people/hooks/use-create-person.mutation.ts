import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePersonBody } from '@sen/contracts';
import { unitKeys } from '../../units/api/units.keys';
import { peopleApi } from '../api/people.api';
import { peopleKeys } from '../api/people.keys';

export function useCreatePersonMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePersonBody) => peopleApi.create(body),
    onSuccess: async (person) => {
      queryClient.setQueryData(peopleKeys.detail(person.id), person);
      // Member counts on units change too.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: peopleKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: unitKeys.all }),
      ]);
    },
  });
}
