import {
  routes,
  type ApiError,
  type PersonPage,
  type PositionAssignmentView,
  type UnitDetail,
  type UnitPage,
  type UnitPositions,
} from '@sen/contracts';
import { Fixtures } from './support/fixtures';
import { TestApp, type Session } from './support/test-app';

describe('organisation tree, people and positions', () => {
  let t: TestApp;
  let fx: Fixtures;
  let admin: Session;
  let vuBanReviewer: Session;
  let vuBan: { id: string; path: string };
  let yYen: { id: string; path: string };

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    admin = await t.signIn('admin@example.org');
    vuBanReviewer = await t.signIn('reviewer.vuban@example.org');
    vuBan = await fx.unitNamed('Vụ Bản', 'district');
    yYen = await fx.unitNamed('Ý Yên', 'district');
  });
  afterAll(async () => {
    await t.stop();
  });

  it('lists the scope roots, then children, with level names and counts', async () => {
    const roots = await t.call<UnitPage>(routes.listUnits, { as: admin });
    expect(roots.body.items).toHaveLength(1);
    expect(roots.body.items[0]!.level.code).toBe('province');
    const districts = await t.call<UnitPage>(routes.listUnits, {
      as: admin,
      query: { parentId: roots.body.items[0]!.id, pageSize: 50 },
    });
    expect(districts.body.items.filter((u) => u.level.code === 'district').length).toBeGreaterThanOrEqual(9);
    expect(districts.body.items.every((u) => u.childCount >= 3)).toBe(true);
    const own = await t.call<UnitPage>(routes.listUnits, { as: vuBanReviewer });
    expect(own.body.items.map((u) => u.id)).toEqual([vuBan.id]);
  });

  it('searches by name without diacritics, within the caller’s scope only', async () => {
    const found = await t.call<UnitPage>(routes.listUnits, { as: admin, query: { search: 'minh tan' } });
    expect(found.body.items.some((u) => u.name.includes('Minh Tân'))).toBe(true);
    const inYYen = await t.call<UnitPage>(routes.listUnits, { as: vuBanReviewer, query: { search: 'yen' } });
    const paths: { path: string }[] = await t.db.query(`SELECT path FROM units WHERE id = ANY($1)`, [
      inYYen.body.items.map((u) => u.id),
    ]);
    expect(paths.every((p) => p.path.startsWith(vuBan.path))).toBe(true);
  });

  it('shows ancestors from the top of the caller’s scope', async () => {
    const communeId = await fx.unit(vuBan.id, 'commune');
    const seenByReviewer = await t.call<UnitDetail>(routes.getUnit, { as: vuBanReviewer, params: { id: communeId } });
    expect(seenByReviewer.body.ancestors.map((a) => a.id)).toEqual([vuBan.id]);
    const seenByAdmin = await t.call<UnitDetail>(routes.getUnit, { as: admin, params: { id: communeId } });
    expect(seenByAdmin.body.ancestors).toHaveLength(2);
  });

  it('moves a subtree: descendants follow, history is kept, members stay', async () => {
    const commune = await fx.unit(vuBan.id, 'commune');
    const branch = await fx.unit(commune, 'branch');
    const memberName = `Hoàng Thị Chuyển ${Date.now()}`;
    const member = await fx.person(branch, memberName);
    const moved = await t.call<UnitDetail>(routes.moveUnit, {
      as: admin,
      params: { id: commune },
      body: { newParentId: yYen.id },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.parentId).toBe(yYen.id);
    const branchPath: { path: string; depth: number }[] = await t.db.query(
      `SELECT path, depth FROM units WHERE id = $1`,
      [branch],
    );
    expect(branchPath[0]!.path).toBe(`${yYen.path}${commune}/${branch}/`);
    const history: { change: string; parent_id: string }[] = await t.db.query(
      `SELECT change, parent_id FROM unit_history WHERE unit_id = $1`,
      [commune],
    );
    expect(history).toEqual([{ change: 'move', parent_id: vuBan.id }]);
    const people = await t.call<PersonPage>(routes.listPeople, {
      as: admin,
      query: { unitId: yYen.id, search: memberName },
    });
    expect(people.body.items.map((p) => p.id)).toContain(member);
    // The Vụ Bản reviewer lost sight of it with the move.
    expect((await t.call(routes.getUnit, { as: vuBanReviewer, params: { id: commune } })).status).toBe(404);
  });

  it('refuses to move a unit under its own descendant', async () => {
    const commune = await fx.unit(vuBan.id, 'commune');
    const branch = await fx.unit(commune, 'branch');
    const response = await t.call<ApiError>(routes.moveUnit, {
      as: admin,
      params: { id: commune },
      body: { newParentId: branch },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('UNIT_MOVE_INTO_OWN_SUBTREE');
  });

  it('renames with history and writes an audit record carrying the request id', async () => {
    const unit = await fx.unit(vuBan.id, 'commune', 'Xã Cũ');
    const response = await t.call<UnitDetail>(routes.renameUnit, {
      as: admin,
      params: { id: unit },
      body: { name: 'Xã Mới' },
      headers: { 'x-request-id': 'rename-test-1' },
    });
    expect(response.body.name).toBe('Xã Mới');
    expect(response.headers['x-request-id']).toBe('rename-test-1');
    const audit: {
      action: string;
      actor_user_id: string;
      unit_id: string;
      target_id: string;
      details: { from: string; to: string };
    }[] = await t.db.query(
      `SELECT action, actor_user_id, unit_id, target_id, details FROM audit_log WHERE request_id = 'rename-test-1'`,
    );
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'unit.rename',
        actor_user_id: admin.view.user.id,
        unit_id: unit,
        target_id: unit,
        details: expect.objectContaining({ from: 'Xã Cũ', to: 'Xã Mới' }),
      }),
    ]);
  });

  describe('positions', () => {
    let commune: string;
    beforeAll(async () => {
      commune = await fx.unit(vuBan.id, 'commune');
    });

    async function assign(kind: string, role: string, personId?: string) {
      return t.call<PositionAssignmentView & ApiError>(routes.assignPosition, {
        as: admin,
        params: { id: commune },
        body: { kind, role, personId: personId ?? (await fx.person(commune)) },
      });
    }

    it('has one president at a time and at most three reserves', async () => {
      expect((await assign('president', 'holder')).status).toBe(200);
      const second = await assign('president', 'holder');
      expect(second.status).toBe(409);
      expect(second.body.error.code).toBe('POSITION_HOLDER_TAKEN');
      for (let i = 0; i < 3; i++) expect((await assign('president', 'reserve')).status).toBe(200);
      const fourth = await assign('president', 'reserve');
      expect(fourth.body.error.code).toBe('POSITION_RESERVES_FULL');
      const listed = await t.call<UnitPositions>(routes.listUnitPositions, {
        as: vuBanReviewer,
        params: { id: commune },
      });
      const president = listed.body.positions.find((p) => p.kind === 'president')!;
      expect([president.holders.length, president.reserves.length]).toEqual([1, 3]);
    });

    it('lets several vice-presidents hold office, but a person only once per position', async () => {
      const person = await fx.person(commune);
      expect((await assign('vice_president', 'holder')).status).toBe(200);
      expect((await assign('vice_president', 'holder', person)).status).toBe(200);
      expect((await assign('vice_president', 'reserve', person)).body.error.code).toBe('POSITION_ALREADY_ASSIGNED');
    });

    it('refuses a person from outside the unit', async () => {
      const stranger = await fx.person(yYen.id);
      const response = await assign('executive_member', 'holder', stranger);
      expect(response.body.error.code).toBe('PERSON_OUTSIDE_UNIT');
    });

    it('ending an assignment keeps it as history and frees the seat', async () => {
      const unit = await fx.unit(vuBan.id, 'commune');
      const first = await t.call<PositionAssignmentView>(routes.assignPosition, {
        as: admin,
        params: { id: unit },
        body: { kind: 'president', role: 'holder', personId: await fx.person(unit) },
      });
      expect((await t.call(routes.endPositionAssignment, { as: admin, params: { id: first.body.id } })).status).toBe(
        204,
      );
      const rows: { valid_to: Date | null }[] = await t.db.query(
        `SELECT valid_to FROM position_assignments WHERE id = $1`,
        [first.body.id],
      );
      expect(rows[0]!.valid_to).toBeInstanceOf(Date);
      const next = await t.call(routes.assignPosition, {
        as: admin,
        params: { id: unit },
        body: { kind: 'president', role: 'holder', personId: await fx.person(unit) },
      });
      expect(next.status).toBe(200);
      expect((await t.call(routes.endPositionAssignment, { as: admin, params: { id: first.body.id } })).status).toBe(
        404,
      );
    });
  });

  it('lists people of a subtree with their positions; none from outside the scope', async () => {
    const page = await t.call<PersonPage>(routes.listPeople, { as: vuBanReviewer, query: { pageSize: 100 } });
    expect(page.body.total).toBeGreaterThan(50);
    const ids = page.body.items.map((p) => p.id);
    const outside: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM memberships m JOIN units u ON u.id = m.unit_id
        WHERE m.person_id = ANY($1) AND m.valid_to IS NULL AND u.path NOT LIKE $2`,
      [ids, `${vuBan.path}%`],
    );
    expect(outside[0]!.n).toBe(0);
    expect(page.body.items.some((p) => p.positions.length > 0)).toBe(true);
  });
});
