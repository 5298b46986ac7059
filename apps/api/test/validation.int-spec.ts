import { routes, type ApiError } from '@sen/contracts';
import { Fixtures } from './support/fixtures';
import { TestApp, type Session } from './support/test-app';

/** Bad input answers 4xx naming the field, never 500, and writes nothing. */
describe('bad input', () => {
  let t: TestApp;
  let admin: Session;
  let communeId: string;

  async function counts(): Promise<string> {
    const rows: { units: number; people: number; audit: number; users: number }[] = await t.db.query(
      `SELECT (SELECT count(*) FROM units)::int AS units, (SELECT count(*) FROM people)::int AS people,
              (SELECT count(*) FROM audit_log WHERE action NOT LIKE 'auth.%')::int AS audit, (SELECT count(*) FROM users)::int AS users`,
    );
    return JSON.stringify(rows[0]);
  }

  beforeAll(async () => {
    t = await TestApp.start({ BODY_LIMIT_BYTES: '4096' });
    admin = await t.signIn('admin@example.org');
    communeId = (await new Fixtures(t.db).unitNamed('Minh Tân', 'commune')).id;
  });
  afterAll(async () => {
    await t.stop();
  });

  async function send(payload: string | Buffer, contentType = 'application/json', url = '/api/v1/people') {
    return t.raw({
      method: 'POST',
      url,
      payload,
      headers: { 'content-type': contentType, cookie: `sen_session=${admin.cookie}`, 'x-csrf-token': admin.csrf },
    });
  }

  it.each<[string, () => Promise<{ status: number; body: unknown }>, number, string]>([
    ['malformed JSON', () => send('{"unitId": "x",'), 400, 'MALFORMED_BODY'],
    ['an oversized body', () => send(JSON.stringify({ fullName: 'x'.repeat(10_000) })), 413, 'PAYLOAD_TOO_LARGE'],
    [
      'a form-encoded body',
      () => send('fullName=x', 'application/x-www-form-urlencoded'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['a missing body', () => send('', 'application/json'), 400, 'MALFORMED_BODY'],
  ])('%s is refused with the right status', async (_label, act, status, code) => {
    const before = await counts();
    const response = await act();
    expect(response.status).toBe(status);
    expect((response.body as ApiError).error.code).toBe(code);
    expect(await counts()).toBe(before);
  });

  it.each([
    ['an unknown field', 'body.nickname', { unitId: 'COMMUNE', fullName: 'Lê Thị Một', nickname: 'x' }],
    ['a wrong type', 'body.fullName', { unitId: 'COMMUNE', fullName: 12345 }],
    ['an invalid id', 'body.unitId', { unitId: 'not-a-uuid', fullName: 'Lê Thị Một' }],
    ['a missing field', 'body.fullName', { unitId: 'COMMUNE' }],
    ['a bad phone', 'body.phone', { unitId: 'COMMUNE', fullName: 'Lê Thị Một', phone: '12345' }],
    ['a bad e-mail', 'body.email', { unitId: 'COMMUNE', fullName: 'Lê Thị Một', email: 'not-mail' }],
    ['an absurd birth year', 'body.birthYear', { unitId: 'COMMUNE', fullName: 'Lê Thị Một', birthYear: 3000 }],
  ])('%s answers 400 naming %s', async (_label, field, body) => {
    const before = await counts();
    const payload = JSON.stringify(body).replace('COMMUNE', communeId);
    const response = await send(payload);
    expect(response.status).toBe(400);
    const error = (response.body as ApiError).error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields?.map((f) => f.path)).toContain(field);
    expect(error.message).toContain(field);
    expect(await counts()).toBe(before);
  });

  it('an empty list of people to enrol answers 400 naming body.personIds, and records nothing', async () => {
    const course = await new Fixtures(t.db).course(communeId, { published: true });
    const before = await counts();
    const response = await t.call<ApiError>(routes.assignCourse, {
      as: admin,
      params: { id: course.courseId },
      body: { personIds: [] },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(response.body.error.fields?.map((f) => f.path)).toEqual(['body.personIds']);
    expect(await counts()).toBe(before);
  });

  it('an invalid id in the path answers 400 naming params.id', async () => {
    const response = await t.call<ApiError>(routes.getUnit, { as: admin, params: { id: 'abc' } });
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.[0]?.path).toBe('params.id');
  });

  it('an unknown or out-of-range query parameter answers 400 naming it', async () => {
    const unknown = await t.call<ApiError>(routes.listUnits, { as: admin, query: { sort: 'name' } });
    expect(unknown.body.error.fields?.[0]?.path).toBe('query.sort');
    const big = await t.call<ApiError>(routes.listUnits, { as: admin, query: { pageSize: 5000 } });
    expect(big.status).toBe(400);
    expect(big.body.error.fields?.[0]?.path).toBe('query.pageSize');
  });

  it('a body sent to a route that takes none answers 400', async () => {
    const response = await t.call<ApiError>(routes.disableUser, {
      as: admin,
      params: { id: admin.view.user.id },
      body: { reason: 'x' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.[0]?.path).toBe('body');
  });

  it('a failing rule in the middle of a change leaves nothing behind', async () => {
    const before = await counts();
    // The level is valid but ranks above its parent: the whole creation is refused.
    const levels: { id: string }[] = await t.db.query(`SELECT id FROM unit_levels WHERE code = 'province'`);
    const response = await t.call<ApiError>(routes.createUnit, {
      as: admin,
      body: { parentId: communeId, levelId: levels[0]!.id, name: 'Sai cấp' },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('UNIT_LEVEL_ORDER');
    expect(response.body.error.fields?.[0]?.path).toBe('body.levelId');
    expect(await counts()).toBe(before);
  });
});
