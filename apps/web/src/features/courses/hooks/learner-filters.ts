import { LEARNING_STATUSES, type LearningStatus } from '@sen/contracts';
import type { EnrolmentListParams } from '../api/delivery.keys';

/** The Learners tab's filters, as named in the address. */
export const LEARNER_FILTERS = ['search', 'status', 'unitId', 'includeEnded'] as const;
export type LearnerFilter = (typeof LEARNER_FILTERS)[number];

/** The status an address names, or none when it names one the list does not know (an old or edited link). */
export function learnerStatusOf(value: string): LearningStatus | undefined {
  return LEARNING_STATUSES.find((status) => status === value);
}

/** The list request for the tab's address: empty filters stay out, so the request names only what is set. */
export function learnerQuery(
  values: Record<LearnerFilter, string>,
  page: number,
  pageSize: number,
): EnrolmentListParams {
  const status = learnerStatusOf(values.status);
  return {
    includeEnded: values.includeEnded === 'true' ? 'true' : 'false',
    ...(values.search ? { search: values.search } : {}),
    ...(status ? { status } : {}),
    ...(values.unitId ? { unitId: values.unitId } : {}),
    page,
    pageSize,
  };
}

/** Whether the list is narrowed by more than the ended switch, so an empty list means "no match", not "nobody". */
export function isNarrowed(query: EnrolmentListParams): boolean {
  return Boolean(query.search ?? query.status ?? query.unitId);
}
