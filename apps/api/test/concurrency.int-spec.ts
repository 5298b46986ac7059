import { routes, type ApiError } from '@sen/contracts';
import { Fixtures } from './support/fixtures';
import { TestApp, type Session } from './support/test-app';

/** Rules that a check-then-write could break under concurrent requests hold, and never as a 500. */
describe('concurrent changes', () => {
  let t: TestApp;
  let fx: Fixtures;
  let admin: Session;
  let district: string;

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    admin = await t.signIn('admin@example.org');
    district = (await fx.unitNamed('Nam Trực', 'district')).id;
  });
  afterAll(async () => {
    await t.stop();
  });

  it('six simultaneous reserve nominations leave exactly three reserves', async () => {
    const commune = await fx.unit(district, 'commune');
    const people = await Promise.all(Array.from({ length: 6 }, () => fx.person(commune)));
    const responses = await Promise.all(
      people.map((personId) =>
        t.call<ApiError>(routes.assignPosition, {
          as: admin,
          params: { id: commune },
          body: { kind: 'president', role: 'reserve', personId },
        }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 409, 409, 409]);
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM position_assignments WHERE unit_id = $1 AND role = 'reserve' AND valid_to IS NULL`,
      [commune],
    );
    expect(rows[0]!.n).toBe(3);
  });

  it('five simultaneous accounts with one e-mail address: one is created, the others are told it is taken', async () => {
    const commune = await fx.unit(district, 'commune');
    const people = await Promise.all(Array.from({ length: 5 }, () => fx.person(commune)));
    const responses = await Promise.all(
      people.map((personId) =>
        t.call<ApiError>(routes.createUser, {
          as: admin,
          body: {
            personId,
            email: 'same.address@example.org',
            password: 'Same12345',
            roles: [{ role: 'trainee', unitId: commune }],
          },
        }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    for (const r of responses.filter((x) => x.status === 409)) {
      expect(r.body.error).toEqual(
        expect.objectContaining({ code: 'EMAIL_TAKEN', fields: [expect.objectContaining({ path: 'body.email' })] }),
      );
    }
  });

  it('two simultaneous presidents: one holds office', async () => {
    const commune = await fx.unit(district, 'commune');
    const [a, b] = [await fx.person(commune), await fx.person(commune)];
    const responses = await Promise.all(
      [a, b].map((personId) =>
        t.call(routes.assignPosition, {
          as: admin,
          params: { id: commune },
          body: { kind: 'president', role: 'holder', personId },
        }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});
