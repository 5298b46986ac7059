import { beforeAll, describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { AssignCourseBody, CreateRequirementBody } from '@sen/contracts';
import { translatorFor } from '../../../i18n/testing';
import {
  EMPTY_ASSIGN_VALUES,
  EMPTY_REQUIREMENT_VALUES,
  assignBody,
  assignValidator,
  dueAtFromDay,
  foldPersonErrors,
  requirementBody,
  type AssignValues,
} from './delivery-forms';

const UNIT = '0b7c3b5e-3d0a-4c57-9a57-5a8f1f0c2f11';
const ANNA = '5f0c1f8e-4b7a-4a44-8f5e-0e7f6e1f3a21';
const BINH = '7d2e9c40-1c1b-4d6f-9a3e-2b8f4c5d6e72';

let en: TFunction;
let vi: TFunction;
beforeAll(async () => {
  en = await translatorFor('en');
  vi = await translatorFor('vi');
});

const values = (overrides: Partial<AssignValues>): AssignValues => ({ ...EMPTY_ASSIGN_VALUES, ...overrides });

describe('dueAtFromDay', () => {
  it('reads a picked day as the end of that day in Vietnam', () => {
    const dueAt = dueAtFromDay('2026-12-31');
    expect(dueAt).toBe('2026-12-31T23:59:59+07:00');
    expect(new Date(dueAt ?? '').toISOString()).toBe('2026-12-31T16:59:59.000Z');
  });

  it('treats an empty input as no due date and passes anything else on for the schema to refuse', () => {
    expect(dueAtFromDay('')).toBeUndefined();
    expect(dueAtFromDay('   ')).toBeUndefined();
    expect(dueAtFromDay('31/12/2026')).toBe('31/12/2026');
  });
});

describe('assignBody', () => {
  // Fields left over from another mode must not change who is enrolled.
  const leftovers = { personIds: [ANNA], unitId: UNIT, positions: ['branch_head' as const], includeReserves: true };

  it('names only the chosen people in people mode', () => {
    const body = assignBody(values({ ...leftovers, mode: 'people', personIds: [ANNA, BINH], dueAt: '2026-12-31' }));
    expect(body).toEqual({ personIds: [ANNA, BINH], dueAt: '2026-12-31T23:59:59+07:00' });
    expect(AssignCourseBody.safeParse(body).success).toBe(true);
  });

  it('sends only the unit in unit mode', () => {
    expect(assignBody(values({ ...leftovers, mode: 'unit' }))).toEqual({ unitId: UNIT });
  });

  it('sends the unit, positions and reserves in positions mode', () => {
    const body = assignBody(values({ ...leftovers, mode: 'positions', positions: ['branch_head', 'president'] }));
    expect(body).toEqual({ unitId: UNIT, positions: ['branch_head', 'president'], includeReserves: true });
    expect(AssignCourseBody.parse(body)).toEqual(body);
  });
});

describe('assignValidator', () => {
  it('asks for at least one person, in words about people rather than the schema’s "items"', () => {
    expect(AssignCourseBody.safeParse(assignBody(values({ mode: 'people' }))).error?.issues[0]?.path).toEqual([
      'personIds',
    ]);
    expect(assignValidator(vi)(values({ mode: 'people' }))).toEqual({ personIds: 'Hãy chọn ít nhất một người' });
  });

  it('asks to choose a unit, and at least one position, at their own fields', () => {
    expect(assignValidator(en)(values({ mode: 'unit' }))).toEqual({ unitId: 'Please choose one' });
    const errors = assignValidator(en)(values({ mode: 'positions', unitId: UNIT }));
    expect(Object.keys(errors)).toEqual(['positions']);
  });

  it('refuses a due date that is not a day', () => {
    expect(Object.keys(assignValidator(en)(values({ mode: 'unit', unitId: UNIT, dueAt: '31/12/2026' })))).toEqual([
      'dueAt',
    ]);
  });

  it('accepts a complete form', () => {
    expect(assignValidator(en)(values({ mode: 'people', personIds: [ANNA] }))).toEqual({});
  });
});

describe('requirementBody', () => {
  it('builds a body the contract accepts, with the due day as its end in Vietnam', () => {
    const body = requirementBody({
      ...EMPTY_REQUIREMENT_VALUES,
      unitId: UNIT,
      positions: ['branch_head'],
      includeReserves: true,
      dueAt: '2026-06-30',
    });
    expect(CreateRequirementBody.parse(body)).toEqual({
      unitId: UNIT,
      positions: ['branch_head'],
      includeReserves: true,
      dueAt: '2026-06-30T23:59:59+07:00',
    });
  });

  it('leaves the due date out when none is picked', () => {
    expect(requirementBody({ ...EMPTY_REQUIREMENT_VALUES, unitId: UNIT, positions: ['president'] })).not.toHaveProperty(
      'dueAt',
    );
  });
});

describe('foldPersonErrors', () => {
  it('puts errors about single named people on the people field, keeping the first', () => {
    expect(foldPersonErrors({ 'personIds.2': 'first', 'personIds.5': 'second', dueAt: 'late' })).toEqual({
      personIds: 'first',
      dueAt: 'late',
    });
  });
});
