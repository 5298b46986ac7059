import { randomBytes } from 'node:crypto';
import { INSECURE_DEMO_CERTIFICATE_SEED, signingKeyFromSeed } from '../../features/certificates/signing/ed25519-keys';
import { ConfigError, loadConfig } from './app-config';

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
    expect(loadConfig({ NODE_ENV: 'production', CERTIFICATE_SIGNING_KEY: key }).certificateSigningKey).toBe(key);
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
