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
  /** The raw bytes, for file downloads. */
  bytes: Buffer;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface CallOptions {
  as?: Session | null;
  params?: Record<string, string>;
  query?: Record<string, string | number>;
  body?: unknown;
  /** Sends no CSRF header even when signed in. */
  noCsrf?: boolean;
  /** A file sent as `multipart/form-data` (for `multipart` routes) instead of a JSON body. */
  file?: MultipartFile;
  headers?: Record<string, string>;
}

export interface MultipartFile {
  data: Buffer;
  fileName: string;
  /** What the client claims; the server must not believe it. */
  contentType: string;
  field?: string;
}

/** A `multipart/form-data` body holding one file, as a browser's FormData would send it. */
export function multipartBody(file: MultipartFile): { payload: Buffer; contentType: string } {
  const boundary = `----sen${Date.now().toString(16)}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.fileName}"\r\n` +
    `Content-Type: ${file.contentType}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), file.data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
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
    return { status: response.statusCode, body, bytes: response.rawPayload, headers: response.headers };
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
    let payload: string | Buffer | undefined;
    if (options.file) {
      const multipart = multipartBody(options.file);
      headers['content-type'] = multipart.contentType;
      payload = multipart.payload;
    } else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(options.body);
    }
    return (await this.raw({
      method: route.method,
      url: `/api${buildPath(route.path, options.params)}${query}`,
      payload,
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
