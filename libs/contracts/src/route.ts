import type { z } from 'zod';
import type { Role } from './roles';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route. `public`: anyone; `authenticated`: any signed-in user;
 * a role list: a signed-in user holding at least one of them (scope is checked by the service).
 */
export type RouteAccess = 'public' | 'authenticated' | readonly Role[];

type AnySchema = z.ZodType;

/** What a client needs of a route at run time; `route-table.ts` lists one per route, free of zod. */
export interface RouteEntry {
  readonly method: HttpMethod;
  /** Path under `/api`, with `:name` parameters (e.g. `/v1/units/:id`). */
  readonly path: string;
  readonly tag: string;
  readonly access: RouteAccess;
}

/** What `routes.ts` adds to a table line: the documentation and the schemas the api validates with. */
export interface RouteSchemas<
  P extends AnySchema | undefined = AnySchema | undefined,
  Q extends AnySchema | undefined = AnySchema | undefined,
  B extends AnySchema | undefined = AnySchema | undefined,
  R extends AnySchema | undefined = AnySchema | undefined,
> {
  readonly summary: string;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** Absent for routes that answer 204 No Content (or stream a file, see `fileResponse`). */
  readonly response?: R;
  /**
   * The body is `multipart/form-data` carrying one file in the `file` field, which the handler streams
   * itself; the contract never parses it as JSON. Only such routes accept multipart bodies.
   */
  readonly multipart?: true;
  /** The answer is a stored file's bytes (200, or 206 for a range), not JSON. */
  readonly fileResponse?: true;
}

export interface RouteDefinition<
  P extends AnySchema | undefined = AnySchema | undefined,
  Q extends AnySchema | undefined = AnySchema | undefined,
  B extends AnySchema | undefined = AnySchema | undefined,
  R extends AnySchema | undefined = AnySchema | undefined,
>
  extends RouteEntry, RouteSchemas<P, Q, B, R> {}

/** A route: its table line (method, path, access) with its schemas. */
export function defineRoute<
  E extends RouteEntry,
  P extends AnySchema | undefined = undefined,
  Q extends AnySchema | undefined = undefined,
  B extends AnySchema | undefined = undefined,
  R extends AnySchema | undefined = undefined,
>(entry: E, schemas: RouteSchemas<P, Q, B, R>): E & RouteDefinition<P, Q, B, R> {
  return { ...entry, ...schemas };
}

type OutputOf<S> = S extends AnySchema ? z.output<S> : undefined;
type InputOf<S> = S extends AnySchema ? z.input<S> : undefined;

/** What the server sees after the contract parsed the request. */
export interface ParsedInput<D> {
  params: D extends RouteDefinition<infer P> ? OutputOf<P> : never;
  query: D extends RouteDefinition<AnySchema | undefined, infer Q> ? OutputOf<Q> : never;
  body: D extends RouteDefinition<AnySchema | undefined, AnySchema | undefined, infer B> ? OutputOf<B> : never;
}

/** What a client sends. */
export interface RequestInput<D> {
  params: D extends RouteDefinition<infer P> ? InputOf<P> : never;
  query: D extends RouteDefinition<AnySchema | undefined, infer Q> ? InputOf<Q> : never;
  body: D extends RouteDefinition<AnySchema | undefined, AnySchema | undefined, infer B> ? InputOf<B> : never;
}

export type ResponseOf<D> =
  D extends RouteDefinition<AnySchema | undefined, AnySchema | undefined, AnySchema | undefined, infer R>
    ? R extends AnySchema
      ? z.output<R>
      : void
    : never;

/** The header that must echo the session's CSRF token on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'sen_session';

/** Fills `:name` parameters of a route path. */
export function buildPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}
