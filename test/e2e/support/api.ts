import type { APIRequestContext } from 'playwright-core';
import type { z } from 'zod';
import { BASE_URL } from './e2e-env';

/** The seeded demo password of every demo account (apps/api/src/database/seed/demo-ids.ts). */
export const DEMO_PASSWORD = 'Demo@12345';

export function apiUrl(path: string): string {
  return `${BASE_URL}/api${path}`;
}

/**
 * GET through a browser context's request client, so it carries that context's session cookie;
 * the body is checked against the contract's schema, the same one the web app trusts.
 */
export async function apiGet<S extends z.ZodType>(
  request: APIRequestContext,
  path: string,
  schema: S,
): Promise<z.infer<S>> {
  const response = await request.get(apiUrl(path));
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}: ${await response.text()}`);
  return schema.parse(await response.json());
}

/** The HTTP status of a GET, for checks that expect a refusal. */
export async function apiStatus(request: APIRequestContext, path: string): Promise<number> {
  const response = await request.get(apiUrl(path));
  return response.status();
}

/** Signs a request client in (sign-in is public, so it needs no CSRF token); its cookie jar keeps the session. */
export async function apiSignIn(
  request: APIRequestContext,
  identifier: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  const response = await request.post(apiUrl('/v1/auth/sign-in'), { data: { identifier, password } });
  if (!response.ok())
    throw new Error(`sign-in as ${identifier} answered ${response.status()}: ${await response.text()}`);
}
