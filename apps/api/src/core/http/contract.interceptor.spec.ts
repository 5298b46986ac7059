import { routes } from '@sen/contracts';
import { AppError } from './app-error';
import { parseInput } from './contract.interceptor';

function failure(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a validation failure');
}

describe('parseInput', () => {
  const id = '0b8f1a52-6c1e-4a57-9d1f-3f5f0c7b2a10';

  it('returns parsed and defaulted values', () => {
    const input = parseInput(routes.listUnits, { params: {}, query: { parentId: id }, body: undefined });
    expect(input.query).toEqual({ parentId: id, page: 1, pageSize: 20 });
  });

  it('names every unknown field, not just its parent', () => {
    const error = failure(() =>
      parseInput(routes.createUnit, {
        params: {},
        query: {},
        body: { parentId: id, levelId: id, name: 'Xã A', x: 1, y: 2 },
      }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields?.map((f) => f.path)).toEqual(['body.x', 'body.y']);
  });

  it('collects problems from params, query and body together', () => {
    const error = failure(() =>
      parseInput(routes.renameUnit, { params: { id: 'nope' }, query: { extra: '1' }, body: { name: '' } }),
    );
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['body.name', 'params.id', 'query']);
    expect(error.message).toContain('params.id');
  });

  it('requires a body where the route takes one', () => {
    const error = failure(() => parseInput(routes.signIn, { params: {}, query: {}, body: undefined }));
    expect(error.fields?.[0]?.path).toBe('body');
  });

  it('accepts an empty object for a route without a body', () => {
    expect(parseInput(routes.signOut, { params: {}, query: {}, body: {} }).body).toBeUndefined();
  });
});
