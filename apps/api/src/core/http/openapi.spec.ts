import { routeList } from '@sen/contracts';
import { buildOpenApiDocument } from './openapi';

type Operation = {
  operationId: string;
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: {
    content: {
      'application/json': { schema: { properties?: Record<string, unknown>; additionalProperties?: unknown } };
    };
  };
  security?: unknown[];
};

describe('buildOpenApiDocument', () => {
  const doc = buildOpenApiDocument('test') as { paths: Record<string, Record<string, Operation>> };
  const operations = Object.values(doc.paths).flatMap((p) => Object.values(p));
  const byId = (id: string) => operations.find((o) => o.operationId === id)!;

  it('describes every contract route once', () => {
    expect(operations.map((o) => o.operationId).sort()).toEqual(routeList.map((r) => r.name).sort());
  });

  it('turns :id into a required path parameter', () => {
    expect(Object.keys(doc.paths)).toContain('/api/v1/units/{id}');
    expect(byId('getUnit').parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
  });

  it('documents query parameters as optional where they have defaults', () => {
    const page = byId('listUnits').parameters.find((p) => p.name === 'page');
    expect(page).toEqual(expect.objectContaining({ in: 'query', required: false }));
  });

  it('marks bodies as closed objects and public routes as needing no session', () => {
    const schema = byId('createUnit').requestBody!.content['application/json'].schema;
    expect(Object.keys(schema.properties ?? {})).toEqual(['parentId', 'levelId', 'name']);
    expect(schema.additionalProperties).toBe(false);
    expect(byId('signIn').security).toEqual([]);
    expect(byId('listUnits').security).toBeUndefined();
  });
});
