import { CSRF_HEADER, SessionView } from '@sen/contracts';
import type { APIRequestContext } from 'playwright-core';
import type { z } from 'zod';
import { DEMO_PASSWORD, apiUrl } from './api';

/** Signs a request client in and returns the session, whose CSRF token state-changing calls must echo. */
export async function apiSession(
  request: APIRequestContext,
  identifier: string,
  password = DEMO_PASSWORD,
): Promise<SessionView> {
  const response = await request.post(apiUrl('/v1/auth/sign-in'), { data: { identifier, password } });
  if (!response.ok())
    throw new Error(`sign-in as ${identifier} answered ${response.status()}: ${await response.text()}`);
  return SessionView.parse(await response.json());
}

/**
 * A state-changing call (POST, PUT, PATCH, DELETE) as the session's user, for setting up a journey
 * through the API; the answer is checked against the contract's schema.
 */
export async function apiSend<S extends z.ZodType>(
  request: APIRequestContext,
  session: SessionView,
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  schema: S,
): Promise<z.infer<S>> {
  const response = await request.fetch(apiUrl(path), {
    method,
    headers: { [CSRF_HEADER]: session.csrfToken },
    ...(body === undefined ? {} : { data: body }),
  });
  if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
  return schema.parse(await response.json());
}
