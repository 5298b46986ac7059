import { applyDecorators, HttpCode, RequestMapping, RequestMethod, SetMetadata } from '@nestjs/common';
import type { HttpMethod, RouteDefinition } from '@sen/contracts';

export const ENDPOINT_KEY = 'sen:endpoint';

const METHODS: Record<HttpMethod, RequestMethod> = {
  GET: RequestMethod.GET,
  POST: RequestMethod.POST,
  PUT: RequestMethod.PUT,
  PATCH: RequestMethod.PATCH,
  DELETE: RequestMethod.DELETE,
};

/**
 * Binds a handler to its contract route: path, method, access rule and schemas come from
 * `@sen/contracts`, so the controller, the OpenAPI document and the web client cannot drift apart.
 */
export function Endpoint(route: RouteDefinition): MethodDecorator {
  const decorators = [
    RequestMapping({ path: route.path, method: METHODS[route.method] }),
    SetMetadata(ENDPOINT_KEY, route),
  ];
  if (!route.response && !route.fileResponse) decorators.push(HttpCode(204));
  else if (route.method === 'POST') decorators.push(HttpCode(200));
  return applyDecorators(...decorators);
}
