import type { EntityManager } from 'typeorm';
import { UNIT_LEVELS, type GeneratedProvince, type LevelCode } from './generate-province';
import { stableUuid } from './stable-uuid';

/**
 * Writes a generated province with multi-row INSERT … SELECT FROM unnest(arrays): one round trip
 * per chunk instead of one per row, so the demo loads in well under a second and a 300k-member
 * benchmark province in seconds. The caller owns the transaction.
 */

/** Rows per statement: each column is a single array parameter, so this only bounds message size. */
const CHUNK_SIZE = 10_000;

export interface InsertedCounts {
  units: number;
  people: number;
  memberships: number;
  positions: number;
}

export async function insertProvince(manager: EntityManager, province: GeneratedProvince): Promise<InsertedCounts> {
  const levelIds = await ensureUnitLevels(manager);
  await insertUnits(manager, province, levelIds);
  await insertPeople(manager, province);
  await insertMemberships(manager, province);
  await insertPositions(manager, province);
  return {
    units: province.units.length,
    people: province.people.length,
    memberships: province.memberships.length,
    positions: province.positions.length,
  };
}

/**
 * Levels may already exist (configured by an administrator, or a previous province), so existing
 * codes are kept and their ids used; a clash on rank alone is reported rather than guessed around.
 */
export async function ensureUnitLevels(manager: EntityManager): Promise<Map<LevelCode, string>> {
  await manager.query(
    `INSERT INTO unit_levels (id, code, name_vi, name_en, rank)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[])
     ON CONFLICT DO NOTHING`,
    [
      UNIT_LEVELS.map((l) => stableUuid(`level:${l.code}`)),
      UNIT_LEVELS.map((l) => l.code),
      UNIT_LEVELS.map((l) => l.nameVi),
      UNIT_LEVELS.map((l) => l.nameEn),
      UNIT_LEVELS.map((l) => l.rank),
    ],
  );
  const rows: { id: string; code: LevelCode }[] = await manager.query(
    `SELECT id, code FROM unit_levels WHERE code = ANY($1::text[])`,
    [UNIT_LEVELS.map((l) => l.code)],
  );
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  const missing = UNIT_LEVELS.filter((l) => !ids.has(l.code)).map((l) => l.code);
  if (missing.length > 0)
    throw new Error(`Unit levels ${missing.join(', ')} could not be created: their rank is taken by another level`);
  return ids;
}

async function insertUnits(
  manager: EntityManager,
  province: GeneratedProvince,
  levelIds: Map<LevelCode, string>,
): Promise<void> {
  // Parents before children, so the parent foreign key holds across chunk boundaries.
  const units = [...province.units].sort((a, b) => a.depth - b.depth);
  for (const chunk of chunks(units)) {
    await manager.query(
      `INSERT INTO units (id, parent_id, level_id, name, name_search, path, depth, valid_from)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::int[], $8::timestamptz[])`,
      [
        chunk.map((u) => u.id),
        chunk.map((u) => u.parentId),
        chunk.map((u) => levelIds.get(u.level)),
        chunk.map((u) => u.name),
        chunk.map((u) => u.nameSearch),
        chunk.map((u) => u.path),
        chunk.map((u) => u.depth),
        chunk.map((u) => u.validFrom),
      ],
    );
  }
}

async function insertPeople(manager: EntityManager, province: GeneratedProvince): Promise<void> {
  for (const chunk of chunks(province.people)) {
    await manager.query(
      `INSERT INTO people (id, full_name, name_search, gender, birth_year, email, phone)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[])`,
      [
        chunk.map((p) => p.id),
        chunk.map((p) => p.fullName),
        chunk.map((p) => p.nameSearch),
        chunk.map((p) => p.gender),
        chunk.map((p) => p.birthYear),
        chunk.map((p) => p.email),
        chunk.map((p) => p.phone),
      ],
    );
  }
}

async function insertMemberships(manager: EntityManager, province: GeneratedProvince): Promise<void> {
  for (const chunk of chunks(province.memberships)) {
    await manager.query(
      `INSERT INTO memberships (id, person_id, unit_id, valid_from)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[])`,
      [chunk.map((m) => m.id), chunk.map((m) => m.personId), chunk.map((m) => m.unitId), chunk.map((m) => m.validFrom)],
    );
  }
}

async function insertPositions(manager: EntityManager, province: GeneratedProvince): Promise<void> {
  for (const chunk of chunks(province.positions)) {
    await manager.query(
      `INSERT INTO position_assignments (id, unit_id, kind, role, person_id, valid_from)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::timestamptz[])`,
      [
        chunk.map((p) => p.id),
        chunk.map((p) => p.unitId),
        chunk.map((p) => p.kind),
        chunk.map((p) => p.role),
        chunk.map((p) => p.personId),
        chunk.map((p) => p.validFrom),
      ],
    );
  }
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += CHUNK_SIZE) yield rows.slice(i, i + CHUNK_SIZE);
}
