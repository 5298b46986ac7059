import { z } from 'zod';
import {
  INSECURE_DEMO_CERTIFICATE_SEED,
  parsePublicKey,
  parseSeed,
} from '../../features/certificates/signing/ed25519-keys';
import {
  INSECURE_DEMO_REPORT_LINK_SECRET,
  MIN_REPORT_LINK_SECRET_LENGTH,
} from '../../features/reports/links/report-link-token';

const Bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** `address` or `Display Name <address>`: what a From header holds, checked loosely (the relay has the last word). */
const MAILBOX = /^(?:[^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).default('postgres://postgres@127.0.0.1:5432/sen'),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/)
    .default('sen'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: Bool.default(false),
  COOKIE_SECURE: Bool.optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  SIGN_IN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  SIGN_IN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  VERIFY_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  WEB_DIST: z.string().default('dist/apps/web'),
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  /** Proxy hops in front of the API whose X-Forwarded-For is trusted; 0 trusts none. */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Where uploaded files live; shared by every API replica (a mounted volume). */
  UPLOAD_DIR: z.string().min(1).default('./var/uploads'),
  /** Ed25519 seed that signs certificates: base64 (or base64url) of 32 random bytes. Required in production. */
  CERTIFICATE_SIGNING_KEY: z
    .string()
    .refine((v) => parseSeed(v) !== null, 'must be the base64 of a 32-byte Ed25519 seed (openssl rand -base64 32)')
    .optional(),
  /** Comma-separated public keys of earlier signing keys (JWK `x` or `z6Mk…`), still trusted for verification. */
  CERTIFICATE_PREVIOUS_PUBLIC_KEYS: z
    .string()
    .transform((v) => v.split(',').map((k) => k.trim()))
    .refine(
      (keys) => keys.every((k) => parsePublicKey(k) !== null),
      'must be a comma-separated list of Ed25519 public keys (the `x` or `publicKeyMultibase` of the key document)',
    )
    .optional(),
  /** Outgoing mail relay; unset: nothing is sent (development and test log instead, production warns at start). */
  SMTP_URL: z
    .url({
      protocol: /^smtps?$/,
      error: 'must be an smtp:// or smtps:// URL, e.g. smtp://user:password@smtp.example.org:587',
    })
    .optional(),
  /** Without SMTP_URL: a directory every message is written to as an .eml file (the demo's mail catcher). */
  MAIL_OUTBOX_DIR: z.string().trim().min(1).optional(),
  /** The sender of every message, a bare address or `Name <address>`. */
  MAIL_FROM: z
    .string()
    .regex(MAILBOX, 'must be an e-mail address or "Name <address>", e.g. Sen <no-reply@example.org>')
    .default('Sen <no-reply@sen.local>'),
  /** Signs the links in report e-mails (HMAC-SHA256); at least 32 characters. Required in production. */
  REPORT_LINK_SECRET: z
    .string()
    .min(
      MIN_REPORT_LINK_SECRET_LENGTH,
      `must be at least ${MIN_REPORT_LINK_SECRET_LENGTH} characters (openssl rand -base64 32)`,
    )
    .optional(),
});

export type AppConfig = Readonly<{
  env: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  logLevel: string;
  seedDemo: boolean;
  cookieSecure: boolean;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  signInMaxFailures: number;
  signInLockMs: number;
  signInRatePerMinute: number;
  /** Public certificate checks (by code or file) per client address per minute. */
  verifyRatePerMinute: number;
  bodyLimitBytes: number;
  webDist: string;
  publicUrl: string;
  trustProxyHops: number;
  uploadDir: string;
  /** Base64 Ed25519 seed; in development and test the insecure demo key when none is configured. */
  certificateSigningKey: string;
  certificatePreviousPublicKeys: readonly string[];
  /** Null when no relay is configured: the mailer then sends nothing. */
  smtpUrl: string | null;
  /** Without a relay, where messages are written instead (null: nowhere, only logged). */
  mailOutboxDir: string | null;
  mailFrom: string;
  /** HMAC secret of recipients' report links; in development and test the insecure demo secret when unset. */
  reportLinkSecret: string;
}>;

export class ConfigError extends Error {}

/** Reads and validates the environment once; a bad value names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production') {
    const seed = c.CERTIFICATE_SIGNING_KEY === undefined ? null : parseSeed(c.CERTIFICATE_SIGNING_KEY);
    if (seed === null) {
      throw new ConfigError(
        'Invalid configuration:\n  CERTIFICATE_SIGNING_KEY: required in production (openssl rand -base64 32); ' +
          'see docs/operations.md',
      );
    }
    if (seed.equals(Buffer.from(INSECURE_DEMO_CERTIFICATE_SEED, 'base64url'))) {
      throw new ConfigError(
        'Invalid configuration:\n  CERTIFICATE_SIGNING_KEY: the insecure demo key is public and refused in production',
      );
    }
    if (c.REPORT_LINK_SECRET === undefined) {
      throw new ConfigError(
        'Invalid configuration:\n  REPORT_LINK_SECRET: required in production (openssl rand -base64 32); ' +
          'see docs/operations.md',
      );
    }
    if (c.REPORT_LINK_SECRET === INSECURE_DEMO_REPORT_LINK_SECRET) {
      throw new ConfigError(
        'Invalid configuration:\n  REPORT_LINK_SECRET: the insecure demo secret is public and refused in production',
      );
    }
  }
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    databaseUrl: c.DATABASE_URL,
    redisUrl: c.REDIS_URL,
    redisPrefix: c.REDIS_PREFIX,
    logLevel: c.LOG_LEVEL,
    seedDemo: c.SEED_DEMO,
    cookieSecure: c.COOKIE_SECURE ?? c.PUBLIC_URL.startsWith('https:'),
    sessionIdleMs: c.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: c.SESSION_ABSOLUTE_HOURS * 3_600_000,
    signInMaxFailures: c.SIGN_IN_MAX_FAILURES,
    signInLockMs: c.SIGN_IN_LOCK_MINUTES * 60_000,
    signInRatePerMinute: c.SIGN_IN_RATE_PER_MINUTE,
    verifyRatePerMinute: c.VERIFY_RATE_PER_MINUTE,
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    webDist: c.WEB_DIST,
    publicUrl: c.PUBLIC_URL,
    trustProxyHops: c.TRUST_PROXY,
    uploadDir: c.UPLOAD_DIR,
    certificateSigningKey: c.CERTIFICATE_SIGNING_KEY ?? INSECURE_DEMO_CERTIFICATE_SEED,
    certificatePreviousPublicKeys: c.CERTIFICATE_PREVIOUS_PUBLIC_KEYS ?? [],
    smtpUrl: c.SMTP_URL ?? null,
    mailOutboxDir: c.MAIL_OUTBOX_DIR ?? null,
    mailFrom: c.MAIL_FROM,
    reportLinkSecret: c.REPORT_LINK_SECRET ?? INSECURE_DEMO_REPORT_LINK_SECRET,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
