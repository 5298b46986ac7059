import { describe, expect, it } from '@jest/globals';
import { CSRF_HEADER, routeTable } from '@sen/contracts';
import { createApiRequest } from './api-client';
import { ApiRequestError } from './api-request-error';

const UNIT_ID = '5f0c6a8e-0b7e-4d0e-9a52-3b1f2f7f0a11';

interface Call {
  url: string;
  init: RequestInit;
}

/** A client over a fake `fetch` that records each call and answers with the given response. */
function clientAnswering(answer: () => Response | Promise<Response>, csrfToken: string | null = 'token-1') {
  const calls: Call[] = [];
  const request = createApiRequest({
    fetch: async (input, init) => {
      // The client passes a path string; anything else would be a change worth a failing test.
      if (typeof input !== 'string') throw new TypeError('expected a URL string');
      calls.push({ url: input, init: init ?? {} });
      return answer();
    },
    csrfToken: () => csrfToken ?? undefined,
  });
  return { request, calls };
}

const json = (status: number, body: unknown, statusText = '') =>
  new Response(JSON.stringify(body), { status, statusText, headers: { 'Content-Type': 'application/json' } });

function headersOf(call: Call | undefined): Record<string, string> {
  return (call?.init.headers ?? {}) as Record<string, string>;
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error,
  );
}

describe('apiRequest', () => {
  it('builds the URL from path parameters and non-empty query values, and reads the JSON answer', async () => {
    const page = { items: [], page: 2, pageSize: 20, total: 0 };
    const { request, calls } = clientAnswering(() => json(200, page));
    await expect(
      request(routeTable.listPeople, { query: { unitId: UNIT_ID, search: '', page: 2, pageSize: 20 } }),
    ).resolves.toEqual(page);
    await request(routeTable.getUnit, { params: { id: 'a b/c' } });
    expect(calls.map((call) => call.url)).toEqual([
      `/api/v1/people?unitId=${UNIT_ID}&page=2&pageSize=20`,
      '/api/v1/units/a%20b%2Fc',
    ]);
  });

  it('sends GETs with cookies but without a body or CSRF header', async () => {
    const { request, calls } = clientAnswering(() => json(200, {}));
    await request(routeTable.session);
    expect(calls[0]?.init).toMatchObject({ method: 'GET', credentials: 'same-origin', body: undefined });
    expect(headersOf(calls[0])).toEqual({ Accept: 'application/json' });
  });

  it('adds the CSRF token and a JSON body to state-changing requests', async () => {
    const { request, calls } = clientAnswering(() => json(200, {}));
    await request(routeTable.updateMe, { body: { locale: 'en' } });
    expect(calls[0]?.init).toMatchObject({ method: 'PATCH', body: '{"locale":"en"}' });
    expect(headersOf(calls[0])).toEqual({
      Accept: 'application/json',
      'Content-Type': 'application/json',
      [CSRF_HEADER]: 'token-1',
    });
  });

  it('adds the CSRF token to a POST without a body, and omits it when there is none yet', async () => {
    const withToken = clientAnswering(() => new Response(null, { status: 204 }));
    await expect(withToken.request(routeTable.signOut)).resolves.toBeUndefined();
    expect(headersOf(withToken.calls[0])).toEqual({ Accept: 'application/json', [CSRF_HEADER]: 'token-1' });

    const withoutToken = clientAnswering(() => json(200, {}), null);
    await withoutToken.request(routeTable.signIn, { body: { identifier: 'lan@example.org', password: 'x' } });
    expect(headersOf(withoutToken.calls[0])).not.toHaveProperty(CSRF_HEADER);
  });

  it('turns a contract error body into an ApiRequestError with its code, request id and fields', async () => {
    const { request } = clientAnswering(() =>
      json(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Invalid request',
          requestId: 'req-42',
          fields: [{ path: 'body.fullName', code: 'too_small', message: 'Too short' }],
        },
      }),
    );
    const error = await rejectionOf(request(routeTable.createPerson, { body: { unitId: UNIT_ID, fullName: 'A' } }));
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Invalid request',
      requestId: 'req-42',
      fields: [{ path: 'body.fullName', code: 'too_small', message: 'Too short' }],
      isNetwork: false,
    });
  });

  it('falls back on the HTTP status when the answer is not a contract error, e.g. a proxy 502 page', async () => {
    const { request } = clientAnswering(
      () => new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const error = await rejectionOf(request(routeTable.session));
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({
      status: 502,
      code: 'INTERNAL',
      message: 'Bad Gateway',
      fields: [],
      isNetwork: false,
    });
  });

  it.each([
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
    [413, 'PAYLOAD_TOO_LARGE'],
    [429, 'RATE_LIMITED'],
  ])('reads a bare %i as %s', async (status, code) => {
    const { request } = clientAnswering(() => json(status, { message: 'not the contract shape' }));
    await expect(request(routeTable.session)).rejects.toMatchObject({ status, code });
  });

  it('reports an unreachable server as a network error', async () => {
    const { request } = clientAnswering(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await rejectionOf(request(routeTable.session));
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 0, code: 'INTERNAL', isNetwork: true, message: 'Failed to fetch' });
  });

  it('reports an unreadable success answer as a network error', async () => {
    const { request } = clientAnswering(() => new Response('<html>captive portal</html>', { status: 200 }));
    await expect(request(routeTable.session)).rejects.toMatchObject({ isNetwork: true });
  });

  it('lets a cancelled request reject with the AbortError itself', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const { request } = clientAnswering(() => Promise.reject(abort));
    await expect(request(routeTable.session)).rejects.toBe(abort);
  });
});
