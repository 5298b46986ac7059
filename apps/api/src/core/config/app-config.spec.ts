import { randomBytes } from 'node:crypto';
import { INSECURE_DEMO_CERTIFICATE_SEED, signingKeyFromSeed } from '../../features/certificates/signing/ed25519-keys';
import { INSECURE_DEMO_REPORT_LINK_SECRET } from '../../features/reports/links/report-link-token';
import { ConfigError, loadConfig } from './app-config';

/** What production needs beside the variable under test. */
const PRODUCTION_SECRETS = { REPORT_LINK_SECRET: randomBytes(32).toString('base64') };

describe('certificate signing key configuration', () => {
  const key = randomBytes(32).toString('base64');

  it('production without a key fails, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/CERTIFICATE_SIGNING_KEY: required in production/);
  });

  it('production refuses the public demo key', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', CERTIFICATE_SIGNING_KEY: INSECURE_DEMO_CERTIFICATE_SEED }),
    ).toThrow(/CERTIFICATE_SIGNING_KEY: the insecure demo key/);
  });

  it.each(['', 'not-a-key', randomBytes(16).toString('base64'), randomBytes(48).toString('base64')])(
    'a malformed key (%j) fails with a message naming the variable, in any environment',
    (value) => {
      for (const NODE_ENV of ['production', 'development', 'test']) {
        expect(() => loadConfig({ NODE_ENV, CERTIFICATE_SIGNING_KEY: value })).toThrow(
          /CERTIFICATE_SIGNING_KEY: must be/,
        );
      }
    },
  );

  it('production with a key starts; development and test fall back to the demo key', () => {
    expect(
      loadConfig({ NODE_ENV: 'production', CERTIFICATE_SIGNING_KEY: key, ...PRODUCTION_SECRETS }).certificateSigningKey,
    ).toBe(key);
    expect(loadConfig({ NODE_ENV: 'development' }).certificateSigningKey).toBe(INSECURE_DEMO_CERTIFICATE_SEED);
    expect(loadConfig({ NODE_ENV: 'test' }).certificateSigningKey).toBe(INSECURE_DEMO_CERTIFICATE_SEED);
  });

  it('previous public keys are a comma-separated list of valid keys', () => {
    const a = signingKeyFromSeed(randomBytes(32)).publicKey;
    const b = signingKeyFromSeed(randomBytes(32)).publicKey;
    expect(
      loadConfig({ CERTIFICATE_PREVIOUS_PUBLIC_KEYS: `${a.jwk.x}, ${b.multibase}` }).certificatePreviousPublicKeys,
    ).toEqual([a.jwk.x, b.multibase]);
    expect(loadConfig({}).certificatePreviousPublicKeys).toEqual([]);
    expect(() => loadConfig({ CERTIFICATE_PREVIOUS_PUBLIC_KEYS: `${a.jwk.x},nope` })).toThrow(
      /CERTIFICATE_PREVIOUS_PUBLIC_KEYS: must be/,
    );
  });
});

describe('mail configuration', () => {
  it('SMTP_URL is optional, and must be an smtp(s) URL when given', () => {
    expect(loadConfig({}).smtpUrl).toBeNull();
    expect(
      loadConfig({
        NODE_ENV: 'production',
        CERTIFICATE_SIGNING_KEY: randomBytes(32).toString('base64'),
        ...PRODUCTION_SECRETS,
      }).smtpUrl,
    ).toBeNull();
    expect(loadConfig({ SMTP_URL: 'smtps://user:p%40ss@smtp.example.org:465' }).smtpUrl).toBe(
      'smtps://user:p%40ss@smtp.example.org:465',
    );
    for (const value of ['', 'mailpit:1025', 'http://smtp.example.org']) {
      expect(() => loadConfig({ SMTP_URL: value })).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    }
  });

  it('MAIL_FROM defaults to the Sen no-reply sender and takes an address with or without a name', () => {
    expect(loadConfig({}).mailFrom).toBe('Sen <no-reply@sen.local>');
    expect(loadConfig({ MAIL_FROM: 'Hội LHPN tỉnh <no-reply@hoiphunu.example.vn>' }).mailFrom).toBe(
      'Hội LHPN tỉnh <no-reply@hoiphunu.example.vn>',
    );
    expect(loadConfig({ MAIL_FROM: 'no-reply@example.org' }).mailFrom).toBe('no-reply@example.org');
    for (const value of ['', 'Sen', 'Sen <no-reply>', 'a@b.c\r\nBcc: x@y.z']) {
      expect(() => loadConfig({ MAIL_FROM: value })).toThrow(/MAIL_FROM: must be an e-mail address/);
    }
  });
});

describe('report link secret configuration', () => {
  const certificateKey = randomBytes(32).toString('base64');

  it('production without it, or with the public demo secret, fails naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', CERTIFICATE_SIGNING_KEY: certificateKey })).toThrow(
      /REPORT_LINK_SECRET: required in production/,
    );
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        CERTIFICATE_SIGNING_KEY: certificateKey,
        REPORT_LINK_SECRET: INSECURE_DEMO_REPORT_LINK_SECRET,
      }),
    ).toThrow(/REPORT_LINK_SECRET: the insecure demo secret/);
  });

  it('a short secret fails in any environment; development and test fall back to the demo secret', () => {
    expect(() => loadConfig({ REPORT_LINK_SECRET: 'short' })).toThrow(/REPORT_LINK_SECRET: must be at least 32/);
    expect(loadConfig({ NODE_ENV: 'test' }).reportLinkSecret).toBe(INSECURE_DEMO_REPORT_LINK_SECRET);
    const secret = randomBytes(32).toString('base64');
    expect(
      loadConfig({ NODE_ENV: 'production', CERTIFICATE_SIGNING_KEY: certificateKey, REPORT_LINK_SECRET: secret })
        .reportLinkSecret,
    ).toBe(secret);
  });
});
