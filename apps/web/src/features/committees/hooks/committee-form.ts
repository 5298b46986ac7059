import type { CommitteeDetail, CommitteeKind, CreateCommitteeBody, Ref, UpdateCommitteeBody } from '@sen/contracts';
import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';

export interface CommitteeValues {
  unit: Ref | null;
  name: string;
  /** Chosen from a select that cannot be emptied. */
  kind: CommitteeKind;
  units: Ref[];
}

export const EMPTY_COMMITTEE_VALUES: CommitteeValues = { unit: null, name: '', kind: 'party_committee', units: [] };

export function committeeValues(committee: CommitteeDetail): CommitteeValues {
  return { unit: committee.unit, name: committee.name, kind: committee.kind, units: committee.units };
}

/** The whole committee as the contract reads it; no managing unit yet is an empty id, which the contract names. */
export function committeeBody(values: CommitteeValues): z.input<typeof CreateCommitteeBody> {
  return {
    unitId: values.unit?.id ?? '',
    name: values.name,
    kind: values.kind,
    unitIds: values.units.map((unit) => unit.id),
  };
}

/** What an edit changes, field by field; empty when nothing did. */
export function committeeChanges(values: CommitteeValues, committee: CommitteeDetail): UpdateCommitteeBody {
  const changes: UpdateCommitteeBody = {};
  if (values.name.trim() !== committee.name) changes.name = values.name.trim();
  if (values.kind !== committee.kind) changes.kind = values.kind;
  const before = committee.units.map((unit) => unit.id);
  const after = values.units.map((unit) => unit.id);
  if (before.length !== after.length || before.some((id, index) => id !== after[index])) changes.unitIds = after;
  return changes;
}

/**
 * The server names a covered unit by its place (`unitIds.2`); the picker shows one message for the list.
 * The managing unit is `unitId` on the wire and `unit` in the form.
 */
export function committeeFieldErrors(errors: FormErrors): FormErrors {
  const mapped: FormErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const field = key.startsWith('unitIds') ? 'units' : key === 'unitId' ? 'unit' : key;
    mapped[field] ??= message;
  }
  return mapped;
}
