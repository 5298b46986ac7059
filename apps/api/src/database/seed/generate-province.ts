import { foldForSearch, type PositionKind, type PositionRole } from '@sen/contracts';
import { branchName, type CommuneKind, type CommuneName, type DistrictName, type ProvinceNames } from './nam-dinh';
import { createRng, type Rng } from './prng';
import { branchKey, unitIdFor } from './stable-uuid';
import { vietnameseName } from './vietnamese-names';

/**
 * A pure generator of one province: units, people, memberships and positions as plain rows.
 * The demo seed feeds it the real Nam Định names; benchmarks use synthesised names at any size.
 * Nothing here touches the database, so it can be unit-tested and reused by other loaders.
 */

export type LevelCode = 'province' | 'district' | 'commune' | 'branch';

export interface UnitLevelSeed {
  code: LevelCode;
  nameVi: string;
  nameEn: string;
  rank: number;
}

/** Districts were abolished in July 2025; the demo keeps them as "district-level units". Wards are communes. */
export const UNIT_LEVELS: readonly UnitLevelSeed[] = [
  { code: 'province', nameVi: 'Tỉnh', nameEn: 'Province', rank: 0 },
  { code: 'district', nameVi: 'Huyện', nameEn: 'District', rank: 1 },
  { code: 'commune', nameVi: 'Xã', nameEn: 'Commune', rank: 2 },
  { code: 'branch', nameVi: 'Chi hội', nameEn: 'Branch', rank: 3 },
];

export interface UnitRow {
  id: string;
  parentId: string | null;
  level: LevelCode;
  name: string;
  nameSearch: string;
  path: string;
  depth: number;
  validFrom: string;
}

export interface PersonRow {
  id: string;
  fullName: string;
  nameSearch: string;
  gender: 'female' | 'male' | 'other';
  birthYear: number;
  email: string | null;
  phone: string | null;
}

export interface MembershipRow {
  id: string;
  personId: string;
  unitId: string;
  validFrom: string;
}

export interface PositionRow {
  id: string;
  unitId: string;
  kind: PositionKind;
  role: PositionRole;
  personId: string;
  validFrom: string;
}

/** A person the caller needs at a known id, unit and position (the demo accounts). */
export interface PinnedPerson {
  id: string;
  fullName: string;
  gender: 'female' | 'male';
  birthYear: number;
  email: string | null;
  unitId: string;
  positions: readonly { kind: PositionKind; role: PositionRole }[];
}

export interface GenerateProvinceOptions {
  districts: number;
  communesPerDistrict: number;
  branchesPerCommune: number;
  /** People in total, pinned ones included. */
  members: number;
  seed: number;
  /** Real names, used where given; missing ones are synthesised ("Hội LHPN xã 123"). */
  names?: ProvinceNames;
  pinned?: readonly PinnedPerson[];
}

export interface GeneratedProvince {
  units: UnitRow[];
  people: PersonRow[];
  memberships: MembershipRow[];
  positions: PositionRow[];
}

const UNITS_VALID_FROM = '2000-01-01T00:00:00+07:00';
/** Start of the 2021–2026 congress term, when the current holders were elected. */
const TERM_START = '2021-06-01T00:00:00+07:00';
/** Cadre planning (quy hoạch) for the next term was approved later in the term. */
const PLANNING_START = '2023-03-01T00:00:00+07:00';

/** People working directly in a unit's office rather than in a branch. */
const DIRECT_STAFF: Record<Exclude<LevelCode, 'branch'>, number> = { province: 12, district: 8, commune: 5 };

export function generateProvince(options: GenerateProvinceOptions): GeneratedProvince {
  assertValidOptions(options);
  const rng = createRng(options.seed);
  const tree = buildUnits(options);
  const population = populate(rng, tree, options);
  const positions = assignPositions(rng, tree, population.membersByUnit, options.pinned ?? []);
  return { units: tree.units, people: population.people, memberships: population.memberships, positions };
}

function assertValidOptions(options: GenerateProvinceOptions): void {
  for (const key of ['districts', 'communesPerDistrict', 'branchesPerCommune', 'members'] as const) {
    if (!Number.isInteger(options[key]) || options[key] < 1)
      throw new Error(`generateProvince: ${key} must be a positive integer`);
  }
  if ((options.pinned?.length ?? 0) > options.members)
    throw new Error('generateProvince: more pinned people than members');
}

// ---------------------------------------------------------------------------------------------
// Units

interface UnitTree {
  units: UnitRow[];
  byId: Map<string, UnitRow>;
  children: Map<string, UnitRow[]>;
}

function buildUnits(options: GenerateProvinceOptions): UnitTree {
  const provinceKey = options.names?.key ?? `synthetic-${options.seed}`;
  const units: UnitRow[] = [];
  const add = (parent: UnitRow | null, level: LevelCode, name: string, keys: string[]): UnitRow => {
    const id = unitIdFor(provinceKey, ...keys);
    const unit: UnitRow = {
      id,
      parentId: parent?.id ?? null,
      level,
      name,
      nameSearch: foldForSearch(name),
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      validFrom: UNITS_VALID_FROM,
    };
    units.push(unit);
    return unit;
  };

  const province = add(null, 'province', options.names?.name ?? `Hội LHPN tỉnh Thử nghiệm ${options.seed}`, []);
  let communeIndex = 0;
  for (let d = 0; d < options.districts; d++) {
    const districtNames = options.names?.districts[d] ?? syntheticDistrict(d);
    const district = add(province, 'district', districtNames.name, [districtNames.key]);
    for (let c = 0; c < options.communesPerDistrict; c++) {
      const communeNames = districtNames.communes[c] ?? syntheticCommune(communeIndex);
      const commune = add(district, 'commune', communeNames.name, [districtNames.key, communeNames.key]);
      for (let b = 0; b < options.branchesPerCommune; b++) {
        add(commune, 'branch', branchName(communeNames.kind, communeIndex, b), [
          districtNames.key,
          communeNames.key,
          branchKey(b),
        ]);
      }
      communeIndex++;
    }
  }
  return indexUnits(units);
}

function syntheticDistrict(index: number): DistrictName {
  return { key: `d${index + 1}`, name: `Hội LHPN huyện ${index + 1}`, communes: [] };
}

function syntheticCommune(index: number): CommuneName {
  const kinds: readonly CommuneKind[] = ['commune', 'commune', 'ward'];
  const kind = kinds[index % kinds.length] ?? 'commune';
  const label = kind === 'ward' ? 'phường' : 'xã';
  return { key: `c${index + 1}`, name: `Hội LHPN ${label} ${index + 1}`, kind };
}

function indexUnits(units: UnitRow[]): UnitTree {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string, UnitRow[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    const siblings = children.get(unit.parentId) ?? [];
    siblings.push(unit);
    children.set(unit.parentId, siblings);
  }
  return { units, byId, children };
}

// ---------------------------------------------------------------------------------------------
// People and memberships

interface Population {
  people: PersonRow[];
  memberships: MembershipRow[];
  membersByUnit: Map<string, string[]>;
}

function populate(rng: Rng, tree: UnitTree, options: GenerateProvinceOptions): Population {
  const result: Population = { people: [], memberships: [], membersByUnit: new Map() };
  const phones = new Set<string>();
  const join = (person: PersonRow, unitId: string): void => {
    result.people.push(person);
    result.memberships.push({
      id: rng.uuid(),
      personId: person.id,
      unitId,
      validFrom: joinDate(rng, person.birthYear),
    });
    const members = result.membersByUnit.get(unitId) ?? [];
    members.push(person.id);
    result.membersByUnit.set(unitId, members);
  };

  for (const pinned of options.pinned ?? []) {
    if (!tree.byId.has(pinned.unitId))
      throw new Error(`generateProvince: pinned person ${pinned.id} is in an unknown unit`);
    const { id, fullName, gender, birthYear, email } = pinned;
    join({ id, fullName, nameSearch: foldForSearch(fullName), gender, birthYear, email, phone: null }, pinned.unitId);
  }

  let remaining = options.members - result.people.length;
  for (const unit of tree.units) {
    if (unit.level === 'branch') continue;
    const staff = Math.min(DIRECT_STAFF[unit.level], remaining);
    for (let i = 0; i < staff; i++) join(randomPerson(rng, phones), unit.id);
    remaining -= staff;
  }

  const branches = tree.units.filter((u) => u.level === 'branch');
  const sizes = splitByWeight(rng, remaining, branches.length);
  branches.forEach((branch, i) => {
    for (let n = 0; n < (sizes[i] ?? 0); n++) join(randomPerson(rng, phones), branch.id);
  });
  return result;
}

function randomPerson(rng: Rng, phones: Set<string>): PersonRow {
  const roll = rng.next();
  const gender = roll < 0.96 ? 'female' : roll < 0.995 ? 'male' : 'other';
  const fullName = vietnameseName(rng, gender === 'male' ? 'male' : 'female');
  return {
    id: rng.uuid(),
    fullName,
    nameSearch: foldForSearch(fullName),
    gender,
    birthYear: rng.int(1960, 2000),
    email: null,
    phone: rng.chance(0.45) ? uniquePhone(rng, phones) : null,
  };
}

/** Vietnamese mobile numbers: 0, a carrier digit (3, 5, 7, 8, 9), then 8 digits; unique across the province. */
function uniquePhone(rng: Rng, phones: Set<string>): string {
  for (;;) {
    const phone = `0${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
    if (!phones.has(phone)) {
      phones.add(phone);
      return phone;
    }
  }
}

/** Joined at 18 or later, not before the union records start (2000), and before the current term. */
function joinDate(rng: Rng, birthYear: number): string {
  const year = rng.int(Math.max(2000, Math.min(birthYear + 18, 2020)), 2020);
  const month = String(rng.int(1, 12)).padStart(2, '0');
  const day = String(rng.int(1, 28)).padStart(2, '0');
  return `${year}-${month}-${day}T00:00:00+07:00`;
}

/** Splits `total` into `parts` uneven but similar sizes (weights 0.5–1.5), summing exactly to `total`. */
function splitByWeight(rng: Rng, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.5 + rng.next());
  const sum = weights.reduce((a, w) => a + w, 0);
  const sizes = weights.map((w) => Math.floor((w / sum) * total));
  let leftover = total - sizes.reduce((a, s) => a + s, 0);
  for (let i = 0; leftover > 0; i = (i + 1) % parts, leftover--) sizes[i] = (sizes[i] ?? 0) + 1;
  return sizes;
}

// ---------------------------------------------------------------------------------------------
// Positions

interface Slot {
  kind: PositionKind;
  role: PositionRole;
}

/**
 * The positions each unit fills, in drawing order: office holders come first so they are taken
 * from the unit's own staff; reserves come last and may be branch cadres from the subtree.
 */
function slotsFor(rng: Rng, level: LevelCode): Slot[] {
  const holders = (kind: PositionKind, count: number): Slot[] =>
    Array.from({ length: count }, () => ({ kind, role: 'holder' }));
  const reserves = (kind: PositionKind): Slot[] =>
    Array.from({ length: rng.int(2, 3) }, () => ({ kind, role: 'reserve' }));
  if (level === 'branch')
    return [...holders('branch_head', 1), ...holders('branch_vice_head', 1), ...reserves('branch_head')];
  const executives = level === 'commune' ? rng.int(3, 5) : rng.int(4, 7);
  return [
    ...holders('president', 1),
    ...holders('vice_president', rng.int(1, 2)),
    ...holders('full_time_staff', 1),
    ...holders('executive_member', executives),
    ...reserves('president'),
  ];
}

function assignPositions(
  rng: Rng,
  tree: UnitTree,
  membersByUnit: Map<string, string[]>,
  pinned: readonly PinnedPerson[],
): PositionRow[] {
  const rows: PositionRow[] = [];
  for (const unit of tree.units) {
    const slots = slotsFor(rng, unit.level);
    const taken = new Set<string>();
    const place = (slot: Slot, personId: string): void => {
      taken.add(personId);
      const validFrom = slot.role === 'holder' ? TERM_START : PLANNING_START;
      rows.push({ id: rng.uuid(), unitId: unit.id, kind: slot.kind, role: slot.role, personId, validFrom });
    };

    for (const person of pinned.filter((p) => p.unitId === unit.id)) {
      for (const slot of person.positions) {
        const index = slots.findIndex((s) => s.kind === slot.kind && s.role === slot.role);
        if (index >= 0) slots.splice(index, 1);
        place(slot, person.id);
      }
    }

    const draw = candidateDrawer(
      rng,
      membersByUnit.get(unit.id) ?? [],
      () => subtreeMembers(tree, membersByUnit, unit),
      taken,
    );
    for (const slot of slots) {
      const personId = draw();
      if (personId === undefined) break;
      place(slot, personId);
    }
  }
  return rows;
}

/**
 * Draws distinct people for one unit's positions: its own members first (shuffled), then people
 * from the subtree. The subtree is only gathered when the unit's own staff run out.
 */
function candidateDrawer(
  rng: Rng,
  direct: readonly string[],
  subtree: () => string[],
  taken: Set<string>,
): () => string | undefined {
  const own = rng.shuffle(direct);
  let wider: string[] | undefined;
  let cursor = 0;
  const nextUntaken = (list: readonly string[]): string | undefined => {
    while (cursor < list.length) {
      const id = list[cursor++];
      if (id !== undefined && !taken.has(id)) return id;
    }
    return undefined;
  };
  return () => {
    if (wider === undefined) {
      const fromOwn = nextUntaken(own);
      if (fromOwn !== undefined) return fromOwn;
      wider = rng.shuffle(subtree());
      cursor = 0;
    }
    return nextUntaken(wider);
  };
}

function subtreeMembers(tree: UnitTree, membersByUnit: Map<string, string[]>, root: UnitRow): string[] {
  const result: string[] = [];
  const stack: UnitRow[] = [root];
  for (let unit = stack.pop(); unit !== undefined; unit = stack.pop()) {
    // A loop rather than push(...spread): a big branch would exceed the argument limit.
    for (const id of membersByUnit.get(unit.id) ?? []) result.push(id);
    for (const child of tree.children.get(unit.id) ?? []) stack.push(child);
  }
  return result;
}
