import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FieldError, ParsedInput, RouteDefinition } from '@sen/contracts';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import type { z } from 'zod';
import { AppError } from './app-error';
import { ENDPOINT_KEY } from './endpoint.decorator';

export type ContractRequest = FastifyRequest & { contractInput?: ParsedInput<RouteDefinition> };

function issuesOf(part: string, error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const path = [part, ...issue.path.map(String)];
    // One entry per unknown key, so the message names the field rather than its parent.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), code: issue.code, message: 'Unknown field' }));
    }
    return [{ path: path.join('.'), code: issue.code, message: issue.message }];
  });
}

/** Parses params, query and body against the route's schemas; anything unknown or malformed is a 400 naming the field. */
@Injectable()
export class ContractInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const route = this.reflector.get<RouteDefinition | undefined>(ENDPOINT_KEY, context.getHandler());
    if (route) {
      const request = context.switchToHttp().getRequest<ContractRequest>();
      // The multipart parser is registered app-wide, so the route decides which body kind it takes.
      if (request.isMultipart() !== (route.multipart === true)) {
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          route.multipart ? 'body: send multipart/form-data' : 'body: send application/json',
        );
      }
      request.contractInput = parseInput(route, request);
    }
    return next.handle();
  }
}

export function parseInput(
  route: RouteDefinition,
  request: Pick<FastifyRequest, 'params' | 'query' | 'body'>,
): ParsedInput<RouteDefinition> {
  const fields: FieldError[] = [];
  const parse = (part: 'params' | 'query' | 'body', schema: z.ZodType | undefined, value: unknown): unknown => {
    const present =
      value !== undefined && value !== null && !(typeof value === 'object' && Object.keys(value).length === 0);
    if (!schema) {
      if (present && part !== 'params')
        fields.push({ path: part, code: 'unrecognized', message: `this route takes no ${part}` });
      return undefined;
    }
    const result = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
    if (!result.success) {
      fields.push(...issuesOf(part, result.error));
      return undefined;
    }
    return result.data;
  };
  const parsed = {
    params: parse('params', route.params, request.params),
    query: parse('query', route.query, request.query),
    body: parse('body', route.body, request.body),
  };
  if (fields.length > 0) {
    const summary = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
    throw new AppError('VALIDATION_FAILED', summary, fields);
  }
  return parsed;
}
