import { generateKeyPairSync } from 'node:crypto';
import { base58btcDecode, base58btcEncode } from './base58btc';
import { generateCode } from './certificate-code';
import { canonicalClaims, signClaims, verifyClaims, type CertificateClaims } from './certificate-claims';
import {
  certificateKeyRing,
  INSECURE_DEMO_CERTIFICATE_SEED,
  parsePublicKey,
  parseSeed,
  publicKeyFromRaw,
  signingKeyFromSeed,
} from './ed25519-keys';
import { certificateKeysDocument, trustedPublicKeys } from './well-known-keys';

const key = signingKeyFromSeed(Buffer.alloc(32, 7));
const otherKey = signingKeyFromSeed(Buffer.alloc(32, 8));

const claims: CertificateClaims = {
  code: 'SEN-0000-0000-0000',
  holderName: 'Nguyễn Thị Hồng Nhung',
  course: { id: 'c0a8012e-0000-4000-8000-000000000001', title: 'Tự tin và chủ động – lãnh đạo số', version: 3 },
  issuer: { unitId: 'u-nam-dinh', unitName: 'Hội LHPN tỉnh Nam Định' },
  issuedAt: '2025-11-03T08:15:00Z',
  expiresAt: '2027-11-03T16:59:59Z',
  reissue: 0,
};

describe('certificate claims: canonical content and Ed25519', () => {
  const signature = signClaims(claims, key.privateKey);

  it('a signature verifies with its key', () => {
    expect(signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(verifyClaims(claims, signature, key.publicKey.key)).toBe(true);
  });

  const changes: [string, CertificateClaims][] = [
    ['code', { ...claims, code: generateCode() }],
    ['holderName', { ...claims, holderName: 'Nguyễn Thị Hồng Nhưng' }],
    ['course.id', { ...claims, course: { ...claims.course, id: 'c0a8012e-0000-4000-8000-000000000002' } }],
    ['course.title', { ...claims, course: { ...claims.course, title: 'Tự tin và chủ động' } }],
    ['course.version', { ...claims, course: { ...claims.course, version: 4 } }],
    ['issuer.unitId', { ...claims, issuer: { ...claims.issuer, unitId: 'u-ninh-binh' } }],
    ['issuer.unitName', { ...claims, issuer: { ...claims.issuer, unitName: 'Hội LHPN tỉnh Ninh Bình' } }],
    ['issuedAt', { ...claims, issuedAt: '2025-11-03T08:15:01Z' }],
    ['expiresAt', { ...claims, expiresAt: '2028-11-03T16:59:59Z' }],
    ['expiresAt → null', { ...claims, expiresAt: null }],
    ['reissue', { ...claims, reissue: 1 }],
    ['a trailing space', { ...claims, holderName: `${claims.holderName} ` }],
  ];
  it.each(changes)('a changed %s no longer verifies', (_field, changed) => {
    expect(verifyClaims(changed, signature, key.publicKey.key)).toBe(false);
  });

  it('every bit of the signature matters', () => {
    const bytes = Buffer.from(signature, 'base64url');
    for (let i = 0; i < bytes.length; i++) {
      const flipped = Buffer.from(bytes);
      flipped[i] = (flipped[i] ?? 0) ^ 0x01;
      expect(verifyClaims(claims, flipped.toString('base64url'), key.publicKey.key)).toBe(false);
    }
  });

  it('another key does not verify it; malformed signatures are simply invalid', () => {
    expect(verifyClaims(claims, signature, otherKey.publicKey.key)).toBe(false);
    expect(verifyClaims(claims, '', key.publicKey.key)).toBe(false);
    expect(verifyClaims(claims, `${signature}A`, key.publicKey.key)).toBe(false);
    // Same bytes under base64url's lenient decoding of the last character's unused bits.
    const last = signature.at(-1) ?? 'A';
    const alias = signature.slice(0, -1) + String.fromCharCode(last.charCodeAt(0) ^ 1);
    expect(verifyClaims(claims, alias, key.publicKey.key)).toBe(false);
  });

  it('signing refuses claims outside the schema', () => {
    expect(() => signClaims({ ...claims, code: 'sen-0000-0000-0000' }, key.privateKey)).toThrow();
    expect(() => signClaims({ ...claims, issuedAt: '2025-11-03T08:15:00.123Z' }, key.privateKey)).toThrow();
    expect(() => signClaims({ ...claims, reissue: -1 }, key.privateKey)).toThrow();
    expect(() => signClaims({ ...claims, extra: 1 } as CertificateClaims, key.privateKey)).toThrow();
  });

  it('canonical bytes do not depend on key order or on NFC vs NFD input', () => {
    const reordered: CertificateClaims = {
      reissue: 0,
      expiresAt: claims.expiresAt,
      issuedAt: claims.issuedAt,
      issuer: { unitName: claims.issuer.unitName, unitId: claims.issuer.unitId },
      course: { version: 3, title: claims.course.title, id: claims.course.id },
      holderName: claims.holderName,
      code: claims.code,
    };
    const nfd: CertificateClaims = {
      ...claims,
      holderName: claims.holderName.normalize('NFD'),
      course: { ...claims.course, title: claims.course.title.normalize('NFD') },
      issuer: { ...claims.issuer, unitName: claims.issuer.unitName.normalize('NFD') },
    };
    expect(nfd.holderName).not.toBe(claims.holderName);
    expect(canonicalClaims(reordered)).toEqual(canonicalClaims(claims));
    expect(canonicalClaims(nfd)).toEqual(canonicalClaims(claims));
    expect(verifyClaims(nfd, signature, key.publicKey.key)).toBe(true);
    expect(canonicalClaims(claims).toString('utf8')).toBe(
      '{"code":"SEN-0000-0000-0000","course":{"id":"c0a8012e-0000-4000-8000-000000000001",' +
        '"title":"Tự tin và chủ động – lãnh đạo số","version":3},"expiresAt":"2027-11-03T16:59:59Z",' +
        '"holderName":"Nguyễn Thị Hồng Nhung","issuedAt":"2025-11-03T08:15:00Z",' +
        '"issuer":{"unitId":"u-nam-dinh","unitName":"Hội LHPN tỉnh Nam Định"},"reissue":0,' +
        '"type":"sen-certificate/v1"}',
    );
  });
});

describe('keys', () => {
  // RFC 8032 §7.1 TEST 1 and its RFC 8037 §A.3 JWK thumbprint.
  const rfcSeed = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');

  it('derives the public key, JWK and RFC 7638 thumbprint of a seed', () => {
    const k = signingKeyFromSeed(rfcSeed);
    expect(k.publicKey.jwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' });
    expect(k.publicKey.kid).toBe('kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
    expect(k.publicKey.multibase).toMatch(/^z6Mk/);
    expect(k.publicKey.verificationMethod).toBe(`did:key:${k.publicKey.multibase}#${k.publicKey.multibase}`);
  });

  it('reads a seed in base64 or base64url, and nothing else', () => {
    const b64 = rfcSeed.toString('base64');
    expect(parseSeed(b64)).toEqual(rfcSeed);
    expect(parseSeed(rfcSeed.toString('base64url'))).toEqual(rfcSeed);
    expect(parseSeed(Buffer.alloc(31).toString('base64'))).toBeNull();
    expect(parseSeed(Buffer.alloc(33).toString('base64'))).toBeNull();
    expect(parseSeed(`${b64.slice(0, 10)}!${b64.slice(11)}`)).toBeNull();
    expect(parseSeed(INSECURE_DEMO_CERTIFICATE_SEED)).not.toBeNull();
  });

  it('reads a public key as JWK x or multibase, and matches node:crypto', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const x = publicKey.export({ format: 'jwk' }).x ?? '';
    const pub = publicKeyFromRaw(Buffer.from(x, 'base64url'));
    expect(parsePublicKey(x)).toEqual(Buffer.from(x, 'base64url'));
    expect(parsePublicKey(pub.multibase)).toEqual(Buffer.from(x, 'base64url'));
    expect(parsePublicKey('z6Mk')).toBeNull();
    expect(parsePublicKey(x.slice(1))).toBeNull();
  });

  it('base58btc round-trips, leading zero bytes included', () => {
    for (const bytes of [
      Buffer.alloc(0),
      Buffer.from([0, 0, 1]),
      Buffer.from([255, 0, 9, 0]),
      Buffer.alloc(64, 0xab),
    ]) {
      expect(base58btcDecode(base58btcEncode(bytes))).toEqual(bytes);
    }
    expect(base58btcEncode(Buffer.from('Hello World!'))).toBe('2NEpo7TZRRrLZSi2U');
    expect(base58btcDecode('0OIl')).toBeNull();
  });

  it('the key ring and well-known document list the current and previous keys', () => {
    const ring = certificateKeyRing({
      certificateSigningKey: Buffer.alloc(32, 7).toString('base64'),
      certificatePreviousPublicKeys: [otherKey.publicKey.jwk.x, key.publicKey.multibase],
    });
    expect(ring.insecureDemoKey).toBe(false);
    // The current key listed as previous too is not repeated.
    expect(ring.previous.map((k) => k.kid)).toEqual([otherKey.publicKey.kid]);
    expect(trustedPublicKeys(ring).map((k) => k.kid)).toEqual([key.publicKey.kid, otherKey.publicKey.kid]);
    const doc = certificateKeysDocument(ring);
    expect(doc.keys).toEqual([
      expect.objectContaining({
        kty: 'OKP',
        crv: 'Ed25519',
        x: key.publicKey.jwk.x,
        kid: key.publicKey.kid,
        status: 'current',
        alg: 'EdDSA',
        use: 'sig',
      }),
      expect.objectContaining({
        x: otherKey.publicKey.jwk.x,
        status: 'previous',
        publicKeyMultibase: otherKey.publicKey.multibase,
      }),
    ]);
    expect(JSON.stringify(doc)).not.toMatch(/"d"/);
    expect(
      certificateKeyRing({ certificateSigningKey: INSECURE_DEMO_CERTIFICATE_SEED, certificatePreviousPublicKeys: [] })
        .insecureDemoKey,
    ).toBe(true);
  });
});
