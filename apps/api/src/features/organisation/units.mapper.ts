import type { UnitDetail, UnitSummary } from '@sen/contracts';
import type { UnitRow } from './units.repository';

export function toUnitSummary(row: UnitRow): UnitSummary {
  const { id, code, nameVi, nameEn } = row.level;
  return {
    id: row.id,
    name: row.name,
    parentId: row.parentId,
    level: { id, code, nameVi, nameEn },
    childCount: row.childCount,
    memberCount: row.memberCount,
  };
}

export function toUnitDetail(row: UnitRow, ancestors: { id: string; name: string }[]): UnitDetail {
  return { ...toUnitSummary(row), ancestors, validFrom: row.validFrom.toISOString() };
}
