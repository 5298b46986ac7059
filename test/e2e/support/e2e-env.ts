import { join } from 'node:path';

export const WORKSPACE = join(__dirname, '..', '..', '..');
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3111);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const ARTIFACTS = join(WORKSPACE, 'test', 'e2e', 'artifacts');
export const STATE_FILE = join(WORKSPACE, 'tmp', 'e2e-server.json');
/** The suite's SMTP sink (support/mail-sink.ts) and where it keeps what it receives. */
export const E2E_SMTP_PORT = E2E_PORT + 2;
export const MAIL_DIR = join(WORKSPACE, 'tmp', 'e2e-mail');

/** The browser suite's own database and Redis prefix, derived from the environment. */
export function e2eEnv(): NodeJS.ProcessEnv {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sen');
  url.pathname = `/${url.pathname.slice(1) || 'sen'}_e2e`;
  return {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    REDIS_PREFIX: `${process.env.REDIS_PREFIX ?? 'sen'}-e2e`,
    PORT: String(E2E_PORT),
    PUBLIC_URL: BASE_URL,
    WEB_DIST: join(WORKSPACE, 'dist', 'apps', 'web'),
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    // Every journey signs in and checks certificates from this one address within a few minutes; the limits
    // themselves are tested by the integration suite.
    SIGN_IN_RATE_PER_MINUTE: '1000',
    VERIFY_RATE_PER_MINUTE: '1000',
    // Uploads of the browser suite stay in the ignored tmp/ folder, replaced by every run.
    UPLOAD_DIR: join(WORKSPACE, 'tmp', 'e2e-uploads'),
    // Mail goes to the suite's own sink, which writes it to tmp/e2e-mail (reports to committees, reminders).
    SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
  };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
