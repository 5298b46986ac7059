import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import { AssignCourseBody, type CreateRequirementBody, type PositionKind } from '@sen/contracts';
import type { z } from 'zod';
import { contractValidator } from '../../../app/forms/contract-validator';

/** Vietnam has kept UTC+7 without daylight saving since 1975, so a calendar day there has a fixed end. */
const VIETNAM_OFFSET = '+07:00';

/**
 * A due day picked in a date input means "by the end of that day" where the union works;
 * an empty input means no due date, and anything else is passed on for the schema to refuse.
 */
export function dueAtFromDay(day: string): string | undefined {
  const trimmed = day.trim();
  if (trimmed === '') return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? `${trimmed}T23:59:59${VIETNAM_OFFSET}` : trimmed;
}

export const ASSIGN_MODES = ['people', 'unit', 'positions'] as const;
export type AssignMode = (typeof ASSIGN_MODES)[number];

export interface AssignValues {
  mode: AssignMode;
  personIds: string[];
  /** '' until a unit is chosen: the schema then asks to choose one. */
  unitId: string;
  positions: PositionKind[];
  includeReserves: boolean;
  /** A `YYYY-MM-DD` day, or '' for none; named like the body field so server errors land here. */
  dueAt: string;
}

export const EMPTY_ASSIGN_VALUES: AssignValues = {
  mode: 'people',
  personIds: [],
  unitId: '',
  positions: [],
  includeReserves: false,
  dueAt: '',
};

/** The request for the chosen mode only: fields of the other modes stay out even if filled earlier. */
export function assignBody(values: AssignValues): z.input<typeof AssignCourseBody> {
  const dueAt = dueAtFromDay(values.dueAt);
  const due = dueAt === undefined ? {} : { dueAt };
  switch (values.mode) {
    case 'people':
      return { personIds: values.personIds, ...due };
    case 'unit':
      return { unitId: values.unitId, ...due };
    case 'positions':
      return {
        unitId: values.unitId,
        positions: values.positions,
        includeReserves: values.includeReserves,
        ...due,
      };
  }
}

export interface RequirementValues {
  unitId: string;
  positions: PositionKind[];
  includeReserves: boolean;
  dueAt: string;
}

export const EMPTY_REQUIREMENT_VALUES: RequirementValues = {
  unitId: '',
  positions: [],
  includeReserves: false,
  dueAt: '',
};

export function requirementBody(values: RequirementValues): z.input<typeof CreateRequirementBody> {
  const dueAt = dueAtFromDay(values.dueAt);
  return {
    unitId: values.unitId,
    positions: values.positions,
    includeReserves: values.includeReserves,
    ...(dueAt === undefined ? {} : { dueAt }),
  };
}

/**
 * Server field errors about one of several named people (`personIds.3`) belong to the one people field,
 * which cannot point at a single entry.
 */
export function foldPersonErrors<E extends Record<string, unknown>>(errors: E): Record<string, E[keyof E]> {
  const folded: Record<string, E[keyof E]> = {};
  for (const [key, message] of Object.entries(errors) as [string, E[keyof E]][]) {
    const target = key.startsWith('personIds.') ? 'personIds' : key;
    folded[target] ??= message;
  }
  return folded;
}

/**
 * The contract's checks; for an empty list of named people, which the contract refuses as a list too
 * short, the message asks for people rather than "items".
 */
export function assignValidator(t: TFunction): (values: AssignValues) => FormErrors {
  const byContract = contractValidator(AssignCourseBody, assignBody, t);
  return (values) =>
    values.mode === 'people' && values.personIds.length === 0
      ? { personIds: t('courses.assign.choosePeople') }
      : byContract(values);
}
