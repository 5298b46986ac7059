import {
  buildPath,
  CSRF_HEADER,
  type RequestInput,
  type ResponseOf,
  type RouteEntry,
  type RouteFor,
} from '@sen/contracts';
import { ApiRequestError } from './api-request-error';

const API_BASE = '/api';

type Defined<T> = [T] extends [never] ? never : T extends undefined ? never : T;
type Part<D, K extends keyof RequestInput<D>> = [Defined<RequestInput<D>[K]>] extends [never]
  ? { [P in K]?: undefined }
  : object extends Defined<RequestInput<D>[K]>
    ? { [P in K]?: Defined<RequestInput<D>[K]> }
    : { [P in K]: Defined<RequestInput<D>[K]> };

/** Only the parts a route declares are accepted, and required ones must be given. */
export type ApiRequestOptions<D> = Part<D, 'params'> &
  Part<D, 'query'> &
  Part<D, 'body'> & { signal?: AbortSignal | undefined };

type CsrfTokenSource = () => string | undefined;
let readCsrfToken: CsrfTokenSource = () => undefined;

/** The token lives in the session query; the client reads it lazily so it never goes stale. */
export function setCsrfTokenSource(source: CsrfTokenSource): void {
  readCsrfToken = source;
}

/** The session's CSRF token, for requests made outside `apiRequest` (file uploads with progress). */
export function currentCsrfToken(): string | undefined {
  return readCsrfToken();
}

function toSearch(query: unknown): string {
  if (query === undefined || query === null || typeof query !== 'object') return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * The shape of `apiRequest`: only the parts a route declares, typed from the contract. It takes a
 * line of `routeTable` (no zod is loaded for it) or a full route; either way the types are the route's.
 */
export type ApiRequest = <E extends RouteEntry>(
  route: E,
  ...[options]: object extends Omit<ApiRequestOptions<RouteFor<E>>, 'signal'>
    ? [ApiRequestOptions<RouteFor<E>>?]
    : [ApiRequestOptions<RouteFor<E>>]
) => Promise<ResponseOf<RouteFor<E>>>;

export interface ApiClientDeps {
  fetch: typeof fetch;
  csrfToken: CsrfTokenSource;
}

/** Builds a request function over the given transport; tests pass a fake `fetch`. */
export function createApiRequest(deps: ApiClientDeps): ApiRequest {
  return async (route, ...[options]) => {
    const opts = (options ?? {}) as { params?: unknown; query?: unknown; body?: unknown; signal?: AbortSignal };
    const url = API_BASE + buildPath(route.path, (opts.params ?? {}) as Record<string, string>) + toSearch(opts.query);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    if (route.method !== 'GET') {
      const token = deps.csrfToken();
      if (token) headers[CSRF_HEADER] = token;
    }

    let response: Response;
    try {
      response = await deps.fetch(url, {
        method: route.method,
        headers,
        credentials: 'same-origin',
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: opts.signal,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw ApiRequestError.network(cause);
    }

    if (!response.ok) throw await ApiRequestError.fromResponse(response);
    // A route without a response schema answers 204 (see the api's @Endpoint), so the status tells alone.
    if (response.status === 204) return undefined as ResponseOf<RouteFor<typeof route>>;
    try {
      // The server already validated its answer against the contract; parsing again would only cost time on phones.
      return (await response.json()) as ResponseOf<RouteFor<typeof route>>;
    } catch (cause) {
      throw ApiRequestError.network(cause);
    }
  };
}

/** The app's client: the browser's `fetch`, looked up per call, and the session's CSRF token. */
export const apiRequest: ApiRequest = createApiRequest({
  fetch: (input, init) => fetch(input, init),
  csrfToken: () => readCsrfToken(),
});
