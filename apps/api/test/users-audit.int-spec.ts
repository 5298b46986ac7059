import { routes, type ApiError, type AuditPage, type UserPage, type UserView } from '@sen/contracts';
import { Fixtures } from './support/fixtures';
import { TestApp, type Session } from './support/test-app';

describe('accounts administration and the audit trail', () => {
  let t: TestApp;
  let fx: Fixtures;
  let admin: Session;
  let vuBan: { id: string; path: string };
  let yYen: { id: string; path: string };
  let vuBanAdmin: Session;

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    admin = await t.signIn('admin@example.org');
    vuBan = await fx.unitNamed('Vụ Bản', 'district');
    yYen = await fx.unitNamed('Ý Yên', 'district');
    vuBanAdmin = await t.signIn((await fx.user(vuBan.id, 'admin')).email);
  });
  afterAll(async () => {
    await t.stop();
  });

  it('creates an account for a member, with roles on units in scope', async () => {
    const personId = await fx.person(vuBan.id);
    const response = await t.call<UserView>(routes.createUser, {
      as: vuBanAdmin,
      body: { personId, phone: '+84988000111', password: 'Welcome123', roles: [{ role: 'trainer', unitId: vuBan.id }] },
    });
    expect(response.status).toBe(200);
    expect(response.body.phone).toBe('0988000111');
    expect(response.body.roles).toEqual([{ role: 'trainer', unit: expect.objectContaining({ id: vuBan.id }) }]);
    await expect(t.signIn('0988000111', 'Welcome123')).resolves.toBeDefined();
    const again = await t.call<ApiError>(routes.createUser, {
      as: vuBanAdmin,
      body: {
        personId,
        email: 'x1@example.org',
        password: 'Welcome123',
        roles: [{ role: 'trainee', unitId: vuBan.id }],
      },
    });
    expect(again.body.error.code).toBe('PERSON_HAS_ACCOUNT');
  });

  it('cannot grant a role on a unit outside her scope', async () => {
    const response = await t.call<ApiError>(routes.createUser, {
      as: vuBanAdmin,
      body: {
        personId: await fx.person(vuBan.id),
        email: 'x2@example.org',
        password: 'Welcome123',
        roles: [{ role: 'admin', unitId: yYen.id }],
      },
    });
    expect(response.status).toBe(404);
    expect(response.body.error.fields?.[0]?.path).toBe('body.roles.0.unitId');
  });

  it('nobody raises her own role or changes her own account', async () => {
    const own = vuBanAdmin.view.user.id;
    const widen = await t.call<ApiError>(routes.setUserRoles, {
      as: vuBanAdmin,
      params: { id: own },
      body: {
        roles: [
          { role: 'admin', unitId: vuBan.id },
          { role: 'reviewer', unitId: vuBan.id },
        ],
      },
    });
    expect(widen.status).toBe(403);
    expect(widen.body.error.code).toBe('CANNOT_CHANGE_OWN_ACCOUNT');
    expect((await t.call<ApiError>(routes.disableUser, { as: vuBanAdmin, params: { id: own } })).body.error.code).toBe(
      'CANNOT_CHANGE_OWN_ACCOUNT',
    );
    const grants: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM role_grants WHERE user_id = $1`, [
      own,
    ]);
    expect(grants[0]!.n).toBe(1);
  });

  it('keeps grants a district admin cannot see when she replaces roles', async () => {
    const target = await fx.user(vuBan.id);
    await t.db.query(`INSERT INTO role_grants (user_id, role, unit_id) VALUES ($1, 'reviewer', $2)`, [
      target.id,
      yYen.id,
    ]);
    const response = await t.call<UserView>(routes.setUserRoles, {
      as: vuBanAdmin,
      params: { id: target.id },
      body: { roles: [{ role: 'trainer', unitId: vuBan.id }] },
    });
    expect(response.status).toBe(200);
    const grants: { role: string; unit_id: string }[] = await t.db.query(
      `SELECT role, unit_id FROM role_grants WHERE user_id = $1 ORDER BY role`,
      [target.id],
    );
    expect(grants).toEqual([
      { role: 'reviewer', unit_id: yYen.id },
      { role: 'trainer', unit_id: vuBan.id },
    ]);
  });

  it('lists only the accounts of her subtree', async () => {
    const page = await t.call<UserPage>(routes.listUsers, { as: vuBanAdmin, query: { pageSize: 100 } });
    expect(page.body.items.length).toBeGreaterThan(0);
    const emails = page.body.items.map((u) => u.email);
    expect(emails).toContain('reviewer.vuban@example.org');
    expect(emails).not.toContain('admin@example.org');
  });

  it('records who did what, where and under which request; filters by unit, actor, action and day', async () => {
    const unitId = await fx.unit(vuBan.id, 'commune');
    const create = await t.call(routes.createPerson, {
      as: vuBanAdmin,
      body: { unitId, fullName: 'Đỗ Thị Kiểm Toán' },
      headers: { 'x-request-id': 'audit-filter-1' },
    });
    expect(create.status).toBe(200);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const page = await t.call<AuditPage>(routes.listAudit, {
      as: admin,
      query: { unitId, actorId: vuBanAdmin.view.user.id, action: 'person.create', from: today, to: today },
    });
    expect(page.body.items).toEqual([
      expect.objectContaining({
        action: 'person.create',
        actor: expect.objectContaining({ id: vuBanAdmin.view.user.id }),
        unit: expect.objectContaining({ id: unitId }),
        requestId: 'audit-filter-1',
        targetType: 'person',
      }),
    ]);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const none = await t.call<AuditPage>(routes.listAudit, {
      as: admin,
      query: { unitId, from: yesterday, to: yesterday },
    });
    expect(none.body.total).toBe(0);
  });

  it('shows a district admin only the audit of her subtree', async () => {
    await t.call(routes.createPerson, { as: admin, body: { unitId: yYen.id, fullName: 'Phạm Thị Ngoài' } });
    const page = await t.call<AuditPage>(routes.listAudit, { as: vuBanAdmin, query: { pageSize: 100 } });
    const unitIds = [...new Set(page.body.items.map((e) => e.unit?.id).filter((id): id is string => !!id))];
    const paths: { path: string }[] = await t.db.query(`SELECT path FROM units WHERE id = ANY($1)`, [unitIds]);
    expect(paths.every((p) => p.path.startsWith(vuBan.path))).toBe(true);
    expect(page.body.items.every((e) => e.unit !== null)).toBe(true);
    const bad = await t.call<ApiError>(routes.listAudit, {
      as: admin,
      query: { from: '2026-02-01', to: '2026-01-01' },
    });
    expect(bad.body.error.fields?.[0]?.path).toBe('query.from');
  });
});
