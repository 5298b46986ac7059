import { beforeAll, describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { CreateCommitteeBody, type CommitteeDetail } from '@sen/contracts';
import { contractValidator } from '../../../app/forms/contract-validator';
import { translatorFor } from '../../../i18n/testing';
import {
  EMPTY_COMMITTEE_VALUES,
  committeeBody,
  committeeChanges,
  committeeFieldErrors,
  committeeValues,
  type CommitteeValues,
} from './committee-form';

const DISTRICT = { id: '1b0d7a1e-2c3f-4a5b-8c6d-7e8f9a0b1c2d', name: 'Hội LHPN huyện Vụ Bản' };
const COMMUNE = { id: '2c1e8b2f-3d4a-4b6c-9d7e-8f9a0b1c2d3e', name: 'Hội LHPN xã Minh Tân' };

const COMMITTEE: CommitteeDetail = {
  id: '3d2f9c3a-4e5b-4c7d-8e8f-9a0b1c2d3e4f',
  name: 'Ban Thường vụ Huyện ủy Vụ Bản',
  kind: 'party_committee',
  unit: DISTRICT,
  units: [DISTRICT],
  recipientCount: 0,
  enabledScheduleCount: 0,
  archivedAt: null,
  createdAt: '2026-11-24T03:00:00.000Z',
  updatedAt: '2026-11-24T03:00:00.000Z',
  recipients: [],
  schedules: [],
};

let vi: TFunction;
beforeAll(async () => {
  vi = await translatorFor('vi');
});

describe('the committee form', () => {
  // Built per call: the translator is ready only once beforeAll has run.
  const validate = (values: CommitteeValues) => contractValidator(CreateCommitteeBody, committeeBody, vi)(values);

  it('sends the managing unit, the name, the kind and the covered units', () => {
    const values = { ...EMPTY_COMMITTEE_VALUES, unit: DISTRICT, name: ' Ban Thường vụ ', units: [DISTRICT, COMMUNE] };
    expect(validate(values)).toEqual({});
    expect(CreateCommitteeBody.parse(committeeBody(values))).toEqual({
      unitId: DISTRICT.id,
      name: 'Ban Thường vụ',
      kind: 'party_committee',
      unitIds: [DISTRICT.id, COMMUNE.id],
    });
  });

  it('asks, in Vietnamese, for what is missing; server errors on a covered unit land on the picker', () => {
    expect(committeeFieldErrors(validate(EMPTY_COMMITTEE_VALUES))).toEqual({
      unit: 'Vui lòng chọn',
      name: 'Vui lòng nhập thông tin này',
      units: 'Cần ít nhất 1 mục',
    });
    expect(committeeFieldErrors({ 'unitIds.1': 'Đơn vị này không thuộc đơn vị quản lý của ban.' })).toEqual({
      units: 'Đơn vị này không thuộc đơn vị quản lý của ban.',
    });
  });

  it('sends only what an edit changed', () => {
    const values = committeeValues(COMMITTEE);
    expect(committeeChanges(values, COMMITTEE)).toEqual({});
    expect(committeeChanges({ ...values, name: 'Ban mới', units: [COMMUNE] }, COMMITTEE)).toEqual({
      name: 'Ban mới',
      unitIds: [COMMUNE.id],
    });
    expect(committeeChanges({ ...values, kind: 'other' }, COMMITTEE)).toEqual({ kind: 'other' });
  });
});
