import { MAX_RESERVES, SINGLE_HOLDER_KINDS, foldForSearch } from '@sen/contracts';
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_PROVINCE_OPTIONS } from './demo-ids';
import { generateProvince, type GeneratedProvince, type UnitRow } from './generate-province';

const demo = generateProvince(DEMO_PROVINCE_OPTIONS);

function byLevel(province: GeneratedProvince, level: UnitRow['level']): UnitRow[] {
  return province.units.filter((u) => u.level === level);
}

function childrenOf(province: GeneratedProvince, unitId: string): UnitRow[] {
  return province.units.filter((u) => u.parentId === unitId);
}

function unitPathOfMember(province: GeneratedProvince): Map<string, string> {
  const paths = new Map(province.units.map((u) => [u.id, u.path]));
  return new Map(province.memberships.map((m) => [m.personId, paths.get(m.unitId) ?? '']));
}

describe('generateProvince (demo shape)', () => {
  it('has one province, nine districts, at least three communes per district and three branches per commune', () => {
    expect(byLevel(demo, 'province')).toHaveLength(1);
    const districts = byLevel(demo, 'district');
    expect(districts).toHaveLength(9);
    for (const district of districts) {
      const communes = childrenOf(demo, district.id);
      expect(communes.length).toBeGreaterThanOrEqual(3);
      for (const commune of communes) expect(childrenOf(demo, commune.id).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses the real names and the fixed ids', () => {
    const byId = new Map(demo.units.map((u) => [u.id, u]));
    expect(byId.get(DEMO_IDS.province)?.name).toBe('Hội LHPN tỉnh Nam Định');
    expect(byId.get(DEMO_IDS.vuBan)?.name).toBe('Hội LHPN huyện Vụ Bản');
    expect(byId.get(DEMO_IDS.minhTan)?.name).toBe('Hội LHPN xã Minh Tân');
    expect(byId.get(DEMO_IDS.minhTan)?.parentId).toBe(DEMO_IDS.vuBan);
    expect(byId.get(DEMO_IDS.minhTanBranch)?.name).toBe('Chi hội thôn Đông');
    expect(byId.get(DEMO_IDS.minhTanBranch)?.parentId).toBe(DEMO_IDS.minhTan);
    expect(byId.get(DEMO_IDS.myTan)?.parentId).toBe(DEMO_IDS.namDinhCity);
    expect(byId.get(DEMO_IDS.tranHungDaoBranch)?.name).toBe('Chi hội tổ dân phố 1');
    for (const id of Object.values(DEMO_IDS)) expect(byId.has(id)).toBe(true);
    expect(new Set(demo.units.map((u) => u.id)).size).toBe(demo.units.length);
  });

  it('has about 2,000 members, each with exactly one current membership in a known unit', () => {
    expect(demo.people).toHaveLength(2000);
    expect(demo.memberships).toHaveLength(2000);
    expect(new Set(demo.memberships.map((m) => m.personId)).size).toBe(2000);
    const unitIds = new Set(demo.units.map((u) => u.id));
    for (const m of demo.memberships) expect(unitIds.has(m.unitId)).toBe(true);
    const inBranches = demo.memberships.filter((m) => byLevel(demo, 'branch').some((b) => b.id === m.unitId));
    expect(inBranches.length / demo.memberships.length).toBeGreaterThan(0.8);
  });

  it('gives people plausible Vietnamese data with unique phone numbers', () => {
    const female = demo.people.filter((p) => p.gender === 'female').length;
    expect(female / demo.people.length).toBeGreaterThan(0.9);
    for (const person of demo.people) {
      expect(person.birthYear).toBeGreaterThanOrEqual(1960);
      expect(person.birthYear).toBeLessThanOrEqual(2000);
      expect(person.fullName.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(person.nameSearch).toBe(foldForSearch(person.fullName));
      if (person.phone !== null) expect(person.phone).toMatch(/^0\d{9}$/);
    }
    const phones = demo.people.flatMap((p) => (p.phone === null ? [] : [p.phone]));
    expect(phones.length).toBeGreaterThan(500);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('keeps every path well-formed: /id/ at the root, the parent path as prefix below, depth = level', () => {
    const byId = new Map(demo.units.map((u) => [u.id, u]));
    for (const unit of demo.units) {
      expect(unit.path).toMatch(/^(\/[0-9a-f-]{36})+\/$/);
      expect(unit.path.endsWith(`/${unit.id}/`)).toBe(true);
      expect(unit.nameSearch).toBe(foldForSearch(unit.name));
      const parent = unit.parentId === null ? undefined : byId.get(unit.parentId);
      if (parent === undefined) {
        expect(unit.path).toBe(`/${unit.id}/`);
        expect(unit.depth).toBe(0);
      } else {
        expect(unit.path).toBe(`${parent.path}${unit.id}/`);
        expect(unit.depth).toBe(parent.depth + 1);
      }
    }
  });

  it('fills positions with members of the unit or its subtree, within the uniqueness and reserve limits', () => {
    const memberPath = unitPathOfMember(demo);
    const unitPath = new Map(demo.units.map((u) => [u.id, u.path]));
    const perKey = new Map<string, number>();
    const seen = new Set<string>();
    for (const p of demo.positions) {
      expect(memberPath.get(p.personId)?.startsWith(unitPath.get(p.unitId) ?? '#')).toBe(true);
      const personKey = `${p.unitId}|${p.kind}|${p.personId}`;
      expect(seen.has(personKey)).toBe(false);
      seen.add(personKey);
      const key = `${p.unitId}|${p.kind}|${p.role}`;
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    for (const [key, count] of perKey) {
      const [, kind, role] = key.split('|');
      if (role === 'reserve') expect(count).toBeLessThanOrEqual(MAX_RESERVES);
      if (role === 'holder' && SINGLE_HOLDER_KINDS.some((k) => k === kind)) expect(count).toBe(1);
    }
  });

  it('gives every unit its key positions and 2–3 reserves for them', () => {
    const count = (unitId: string, kind: string, role: string): number =>
      demo.positions.filter((p) => p.unitId === unitId && p.kind === kind && p.role === role).length;
    for (const unit of demo.units) {
      if (unit.level === 'branch') {
        expect(count(unit.id, 'branch_head', 'holder')).toBe(1);
        expect(count(unit.id, 'branch_vice_head', 'holder')).toBe(1);
        expect(count(unit.id, 'branch_head', 'reserve')).toBeGreaterThanOrEqual(2);
      } else {
        expect(count(unit.id, 'president', 'holder')).toBe(1);
        expect(count(unit.id, 'vice_president', 'holder')).toBeGreaterThanOrEqual(1);
        expect(count(unit.id, 'vice_president', 'holder')).toBeLessThanOrEqual(2);
        expect(count(unit.id, 'executive_member', 'holder')).toBeGreaterThanOrEqual(3);
        expect(count(unit.id, 'full_time_staff', 'holder')).toBe(1);
        expect(count(unit.id, 'president', 'reserve')).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('places the demo accounts’ people where the accounts expect them', () => {
    const membership = new Map(demo.memberships.map((m) => [m.personId, m.unitId]));
    for (const account of Object.values(DEMO_ACCOUNTS)) expect(membership.get(account.personId)).toBe(account.memberOf);
    const trainee = DEMO_ACCOUNTS.trainee;
    const heads = demo.positions.filter(
      (p) => p.unitId === DEMO_IDS.minhTanBranch && p.kind === 'branch_head' && p.role === 'holder',
    );
    expect(heads.map((p) => p.personId)).toEqual([trainee.personId]);
    expect(demo.people.find((p) => p.id === trainee.personId)?.fullName).toBe('Nguyễn Thị Hoa');
  });

  it('is deterministic for a seed and differs for another seed', () => {
    expect(generateProvince(DEMO_PROVINCE_OPTIONS)).toEqual(demo);
    const other = generateProvince({ ...DEMO_PROVINCE_OPTIONS, seed: DEMO_PROVINCE_OPTIONS.seed + 1 });
    expect(other.units.map((u) => u.id)).toEqual(demo.units.map((u) => u.id));
    expect(other.people.map((p) => p.fullName)).not.toEqual(demo.people.map((p) => p.fullName));
  });
});

describe('generateProvince (synthesised sizes)', () => {
  const big = generateProvince({
    districts: 4,
    communesPerDistrict: 12,
    branchesPerCommune: 6,
    members: 20_000,
    seed: 7,
  });

  it('synthesises names and keeps the shape', () => {
    expect(big.units).toHaveLength(1 + 4 + 48 + 48 * 6);
    expect(big.people).toHaveLength(20_000);
    expect(big.units.find((u) => u.level === 'commune')?.name).toMatch(/^Hội LHPN (xã|phường) \d+$/);
    expect(new Set(big.units.map((u) => u.path)).size).toBe(big.units.length);
  });

  it('keeps position holders inside the unit subtree', () => {
    const memberPath = unitPathOfMember(big);
    const unitPath = new Map(big.units.map((u) => [u.id, u.path]));
    for (const p of big.positions)
      expect(memberPath.get(p.personId)?.startsWith(unitPath.get(p.unitId) ?? '#')).toBe(true);
  });

  it('rejects impossible options', () => {
    expect(() =>
      generateProvince({ districts: 0, communesPerDistrict: 1, branchesPerCommune: 1, members: 10, seed: 1 }),
    ).toThrow(/districts/);
  });
});
