import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildPath, CSRF_HEADER, SESSION_COOKIE, type RouteDefinition, type SessionView } from '@sen/contracts';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { createHttpApp } from '../../src/core/http/create-http-app';
import { testConfig } from './test-config';

export const DEMO_PASSWORD = 'Demo@12345';

export interface Session {
  cookie: string;
  csrf: string;
  view: SessionView;
}

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface CallOptions {
  as?: Session | null;
  params?: Record<string, string>;
  query?: Record<string, string | number>;
  body?: unknown;
  /** Sends no CSRF header even when signed in. */
  noCsrf?: boolean;
  headers?: Record<string, string>;
}

/** The real HTTP application (Fastify + Nest) on the integration database and Redis, driven in-process. */
export class TestApp {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly db: DataSource,
  ) {}

  static async start(overrides: Record<string, string> = {}): Promise<TestApp> {
    const app = await createHttpApp(testConfig(overrides), pino({ level: 'silent' }));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return new TestApp(app, app.get(DataSource));
  }

  async stop(): Promise<void> {
    await this.app.close();
  }

  async raw(options: {
    method: string;
    url: string;
    payload?: string | Buffer | object;
    headers?: Record<string, string>;
  }): Promise<TestResponse> {
    const response = await this.app.inject({
      method: options.method as 'GET',
      url: options.url,
      payload: options.payload,
      headers: options.headers,
    });
    const text = response.body;
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (e.g. HTML); keep the text.
    }
    return { status: response.statusCode, body, headers: response.headers };
  }

  async call<T = unknown>(route: RouteDefinition, options: CallOptions = {}): Promise<TestResponse<T>> {
    const query = options.query
      ? `?${new URLSearchParams(Object.entries(options.query).map(([k, v]): [string, string] => [k, String(v)])).toString()}`
      : '';
    const headers: Record<string, string> = { ...options.headers };
    if (options.as) {
      headers.cookie = `${SESSION_COOKIE}=${options.as.cookie}`;
      if (!options.noCsrf) headers[CSRF_HEADER] = options.as.csrf;
    }
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    return (await this.raw({
      method: route.method,
      url: `/api${buildPath(route.path, options.params)}${query}`,
      payload: options.body === undefined ? undefined : JSON.stringify(options.body),
      headers,
    })) as TestResponse<T>;
  }

  async signIn(identifier: string, password = DEMO_PASSWORD): Promise<Session> {
    const response = await this.raw({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: JSON.stringify({ identifier, password }),
      headers: { 'content-type': 'application/json' },
    });
    if (response.status !== 200) throw new Error(`sign-in as ${identifier} failed: ${JSON.stringify(response.body)}`);
    const setCookie = ([] as (string | number)[]).concat(response.headers['set-cookie'] ?? []).map(String);
    const cookie = setCookie.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (!cookie) throw new Error('no session cookie');
    const view = response.body as SessionView;
    return { cookie: cookie.split(';')[0]!.slice(SESSION_COOKIE.length + 1), csrf: view.csrfToken, view };
  }
}
