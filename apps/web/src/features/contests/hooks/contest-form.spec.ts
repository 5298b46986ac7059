import { beforeAll, describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { ContestBody, type ContestView } from '@sen/contracts';
import { contractValidator } from '../../../app/forms/contract-validator';
import { translatorFor } from '../../../i18n/testing';
import {
  EMPTY_CONTEST_VALUES,
  contestBody,
  contestFormErrors,
  contestValues,
  isoFromVietnamLocal,
  newDrawRow,
  vietnamLocalFromIso,
  type ContestValues,
} from './contest-form';

const COURSE = { id: '0b7c3b5e-3d0a-4c57-9a57-5a8f1f0c2f11', name: 'Tin học cơ bản' };
const BANK = '5f0c1f8e-4b7a-4a44-8f5e-0e7f6e1f3a21';
const UNIT = { id: '7d2e9c40-1c1b-4d6f-9a3e-2b8f4c5d6e72', name: 'Hội LHPN tỉnh Nam Định' };
const QUESTION = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';

let en: TFunction;
beforeAll(async () => {
  en = await translatorFor('en');
});

const filled: ContestValues = {
  ...EMPTY_CONTEST_VALUES,
  title: 'Hội thi Tin học',
  course: COURSE,
  bankId: BANK,
  draw: [newDrawRow('', 8), newDrawRow('An toàn', 2)],
  opensAt: '2026-12-01T08:00',
  closesAt: '2026-12-31T17:30',
  units: [UNIT],
};

describe('contest schedule in Vietnam time', () => {
  it('reads a datetime-local value as Vietnam wall-clock time', () => {
    expect(isoFromVietnamLocal('2026-12-01T08:00')).toBe('2026-12-01T08:00:00+07:00');
    expect(Date.parse(isoFromVietnamLocal('2026-12-01T08:00'))).toBe(Date.parse('2026-12-01T01:00:00Z'));
    // Anything else goes on for the schema to refuse.
    expect(isoFromVietnamLocal('')).toBe('');
  });

  it('shows an instant on Vietnam’s clock, whatever the browser’s zone', () => {
    expect(vietnamLocalFromIso('2026-12-31T10:30:00.000Z')).toBe('2026-12-31T17:30');
    expect(vietnamLocalFromIso('2026-12-31T17:30:00.000Z')).toBe('2027-01-01T00:30');
  });
});

describe('contest form', () => {
  it('builds the request the contract accepts, draw lines as random draws', () => {
    const body = ContestBody.parse(contestBody(filled));
    expect(body).toMatchObject({
      courseId: COURSE.id,
      bankId: BANK,
      draw: [
        { kind: 'random', category: null, count: 8 },
        { kind: 'random', category: 'An toàn', count: 2 },
      ],
      timeLimitMinutes: 20,
      opensAt: '2026-12-01T08:00:00+07:00',
      unitIds: [UNIT.id],
    });
  });

  it('asks for the course, the time limit, the schedule and the units at their fields', () => {
    const errors = contestFormErrors(
      contractValidator(ContestBody, contestBody, en)({ ...EMPTY_CONTEST_VALUES, timeLimitMinutes: '' }),
    );
    expect(Object.keys(errors).sort()).toEqual(
      ['bankId', 'closesAt', 'course', 'opensAt', 'timeLimitMinutes', 'title', 'units'].sort(),
    );
    expect(errors['timeLimitMinutes']).toBe(en('validation.required'));
  });

  it('puts a close before the opening and draw errors where the form shows them', () => {
    const errors = contestFormErrors(
      contractValidator(
        ContestBody,
        contestBody,
        en,
      )({ ...filled, closesAt: '2026-11-30T08:00', draw: [newDrawRow('', 0)] }),
    );
    expect(Object.keys(errors).sort()).toEqual(['closesAt', 'draw']);
    expect(contestFormErrors({ 'unitIds.1': 'x', courseId: 'y', 'draw.0.category': 'z' })).toEqual({
      units: 'x',
      course: 'y',
      draw: 'z',
    });
  });

  it('edits a stored contest and sends its fixed questions back untouched', () => {
    const view = {
      title: 'Hội thi',
      course: COURSE,
      bankId: BANK,
      draw: [
        { kind: 'fixed', questionId: QUESTION },
        { kind: 'random', category: null, count: 9 },
      ],
      timeLimitMinutes: 15,
      passMark: 60,
      maxAttempts: 2,
      review: 'answers',
      shuffleQuestions: false,
      shuffleOptions: true,
      opensAt: '2026-12-01T01:00:00.000Z',
      closesAt: '2026-12-02T01:00:00.000Z',
      units: [UNIT],
    } as ContestView;
    const values = contestValues(view);
    expect(values.opensAt).toBe('2026-12-01T08:00');
    expect(values.draw.map((row) => [row.category, row.count])).toEqual([['', 9]]);
    expect(contestBody(values).draw).toEqual(view.draw);
  });
});
