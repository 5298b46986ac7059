import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { base58btcDecode, base58btcEncode } from './base58btc';

// DER headers of an Ed25519 key (RFC 8410): a 32-byte seed or public key appended to them is a complete
// PKCS#8 or SPKI structure, so node:crypto imports the raw bytes without a PEM round trip.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
// Multicodec `ed25519-pub` (0xed, as an unsigned varint) that prefixes a Multikey public key.
const MULTICODEC_ED25519_PUB = Buffer.from([0xed, 0x01]);

/**
 * INSECURE: the key development and test use when CERTIFICATE_SIGNING_KEY is unset. Anybody can read it here,
 * so a certificate it signs proves nothing; production refuses to start with it (see app-config).
 */
export const INSECURE_DEMO_CERTIFICATE_SEED = createHash('sha256')
  .update('sen: INSECURE demo certificate signing key, published in the source code')
  .digest('base64url');

export type Ed25519PublicJwk = Readonly<{ kty: 'OKP'; crv: 'Ed25519'; x: string }>;

export type CertificatePublicKey = Readonly<{
  key: KeyObject;
  /** RFC 7638 JWK thumbprint (SHA-256, base64url): stable, derived from the key alone. */
  kid: string;
  jwk: Ed25519PublicJwk;
  /** Multikey form (`z6Mk…`), as Data Integrity and did:key write it. */
  multibase: string;
  /** `did:key:z6Mk…#z6Mk…`, the verification method an Open Badge proof names. */
  verificationMethod: string;
}>;

export type CertificateSigningKey = Readonly<{ privateKey: KeyObject; publicKey: CertificatePublicKey }>;

export type CertificateKeyRing = Readonly<{
  current: CertificateSigningKey;
  /** Keys that signed earlier certificates: published and trusted for verification, never used to sign. */
  previous: readonly CertificatePublicKey[];
  /** True when the insecure demo key is in use (development and test only). */
  insecureDemoKey: boolean;
}>;

/** A 32-byte Ed25519 seed written in base64 or base64url (padding optional), or null. */
export function parseSeed(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) return null;
  const bytes = Buffer.from(text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=$/, ''), 'base64url');
  return bytes.length === 32 ? bytes : null;
}

/**
 * A raw Ed25519 public key from the forms the well-known document publishes: the JWK `x` (base64url of 32
 * bytes) or the Multikey `z6Mk…`. Null unless it is a point on the curve node:crypto accepts.
 */
export function parsePublicKey(text: string): Buffer | null {
  let raw: Buffer | null = null;
  if (/^[A-Za-z0-9_-]{43}$/.test(text)) raw = Buffer.from(text, 'base64url');
  else if (text.startsWith('z')) {
    const decoded = base58btcDecode(text.slice(1));
    if (decoded?.length === 34 && decoded.subarray(0, 2).equals(MULTICODEC_ED25519_PUB)) raw = decoded.subarray(2);
  }
  if (raw?.length !== 32) return null;
  try {
    createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, raw]), format: 'der', type: 'spki' });
    return raw;
  } catch {
    return null;
  }
}

export function publicKeyFromRaw(raw: Buffer): CertificatePublicKey {
  const key = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, raw]), format: 'der', type: 'spki' });
  const x = raw.toString('base64url');
  // RFC 7638 §3.2: the required members only, in lexicographic order, without white space.
  const kid = createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`).digest('base64url');
  const multibase = `z${base58btcEncode(Buffer.concat([MULTICODEC_ED25519_PUB, raw]))}`;
  return {
    key,
    kid,
    jwk: { kty: 'OKP', crv: 'Ed25519', x },
    multibase,
    verificationMethod: `did:key:${multibase}#${multibase}`,
  };
}

export function signingKeyFromSeed(seed: Buffer): CertificateSigningKey {
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return { privateKey, publicKey: publicKeyFromRaw(spki.subarray(SPKI_ED25519_PREFIX.length)) };
}

/** The raw public key a `did:key:z6Mk…#z6Mk…` verification method names, or null for any other form. */
export function publicKeyFromVerificationMethod(verificationMethod: string): Buffer | null {
  const match = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)#(z[1-9A-HJ-NP-Za-km-z]+)$/.exec(verificationMethod);
  if (!match || match[1] !== match[2]) return null;
  return parsePublicKey(match[1] ?? '');
}

/** Builds the key ring from validated configuration values (see app-config). */
export function certificateKeyRing(config: {
  certificateSigningKey: string;
  certificatePreviousPublicKeys: readonly string[];
}): CertificateKeyRing {
  const seed = parseSeed(config.certificateSigningKey);
  if (!seed) throw new Error('CERTIFICATE_SIGNING_KEY is not a base64 32-byte seed');
  const current = signingKeyFromSeed(seed);
  const previous = config.certificatePreviousPublicKeys.map((text) => {
    const raw = parsePublicKey(text);
    if (!raw) throw new Error(`CERTIFICATE_PREVIOUS_PUBLIC_KEYS: ${text} is not an Ed25519 public key`);
    return publicKeyFromRaw(raw);
  });
  return {
    current,
    previous: previous.filter((k) => k.kid !== current.publicKey.kid),
    insecureDemoKey: seed.equals(Buffer.from(INSECURE_DEMO_CERTIFICATE_SEED, 'base64url')),
  };
}
