import { routeList, ApiErrorSchema, UPLOAD_FIELD, type RouteDefinition } from '@sen/contracts';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'openapi-3.0',
  }) as JsonSchema;
  return rest;
}

function parametersOf(route: RouteDefinition): unknown[] {
  const params: unknown[] = [];
  const add = (where: 'path' | 'query', schema: z.ZodType | undefined) => {
    if (!schema) return;
    const json = schemaOf(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      params.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  };
  add('path', route.params);
  add('query', route.query);
  return params;
}

function accessNote(route: RouteDefinition): string {
  if (route.access === 'public') return 'Public.';
  if (route.access === 'authenticated') return 'Any signed-in user.';
  return `Roles: ${route.access.join(', ')} (records outside the caller's unit subtree answer 404).`;
}

function requestBodyOf(route: RouteDefinition): Record<string, unknown> {
  if (route.multipart) {
    const schema = {
      type: 'object',
      required: [UPLOAD_FIELD],
      properties: { [UPLOAD_FIELD]: { type: 'string', format: 'binary' } },
    };
    return { requestBody: { required: true, content: { 'multipart/form-data': { schema } } } };
  }
  if (!route.body) return {};
  return {
    requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.body, 'input') } } },
  };
}

/** The OpenAPI 3 document, generated from the contract routes so it cannot drift from the code. */
export function buildOpenApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = {
    description: 'Error',
    content: { 'application/json': { schema: schemaOf(ApiErrorSchema, 'output') } },
  };
  for (const route of routeList) {
    const path = `/api${route.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
    const success = route.response
      ? {
          '200': { description: 'OK', content: { 'application/json': { schema: schemaOf(route.response, 'output') } } },
        }
      : route.fileResponse
        ? {
            '200': { description: 'The file', content: { '*/*': { schema: { type: 'string', format: 'binary' } } } },
            '206': { description: 'The requested byte range' },
          }
        : { '204': { description: 'No content' } };
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      operationId: route.name,
      tags: [route.tag],
      summary: route.summary,
      description: accessNote(route),
      parameters: parametersOf(route),
      ...requestBodyOf(route),
      responses: {
        ...success,
        ...(route.multipart ? { '413': error } : {}),
        '400': error,
        '401': error,
        '403': error,
        '404': error,
        '409': error,
        '429': error,
      },
      ...(route.access === 'public' ? { security: [] } : {}),
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Sen API',
      version,
      description: 'Learning platform for the cadres of the Women’s Union. Errors carry a stable `code`.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'sen_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      },
    },
    security: [{ session: [], csrf: [] }],
    paths,
  };
}
