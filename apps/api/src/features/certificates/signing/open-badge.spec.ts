import { generateCode } from './certificate-code';
import { type CertificateClaims } from './certificate-claims';
import { signingKeyFromSeed } from './ed25519-keys';
import { buildOpenBadgeCredential, OB_V3_CONTEXT, signOpenBadge, VC_V2_CONTEXT, verifyOpenBadge } from './open-badge';

const key = signingKeyFromSeed(Buffer.alloc(32, 1));
const previousKey = signingKeyFromSeed(Buffer.alloc(32, 2));
const strangerKey = signingKeyFromSeed(Buffer.alloc(32, 3));
const trusted = [key.publicKey, previousKey.publicKey];

const code = generateCode();
const claims: CertificateClaims = {
  code,
  holderName: 'Trần Thị Lụa',
  course: { id: 'course-1', title: 'Kỹ năng nghiệp vụ cho chi hội trưởng', version: 2 },
  issuer: { unitId: 'unit-1', unitName: 'Hội LHPN xã Giao Thủy' },
  issuedAt: '2025-06-30T10:00:00Z',
  expiresAt: '2027-06-30T16:59:59Z',
  reissue: 0,
};
const credential = buildOpenBadgeCredential({
  claims,
  verificationUrl: `https://sen.example.vn/verify/${code}`,
  issuerUrl: 'https://sen.example.vn/units/unit-1',
  achievementUrl: 'https://sen.example.vn/courses/course-1/versions/2',
  achievementDescription: 'Kỹ năng vận động, tập hợp hội viên',
  criteriaNarrative: 'Hoàn thành mọi học phần và đạt bài kiểm tra cuối khóa',
});
const signed = signOpenBadge(credential, key, new Date('2025-06-30T10:00:00.456Z'));

type Json = Record<string, unknown>;
const clone = (): Json => JSON.parse(JSON.stringify(signed)) as Json;
const at = (doc: Json, path: string): Json => path.split('.').reduce<Json>((o, k) => o[k] as Json, doc);

describe('Open Badges 3.0 credential', () => {
  it('is an OpenBadgeCredential with the name only as personal data', () => {
    expect(signed).toMatchObject({
      '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
      id: `https://sen.example.vn/verify/${code}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'https://sen.example.vn/units/unit-1', type: ['Profile'], name: 'Hội LHPN xã Giao Thủy' },
      validFrom: '2025-06-30T10:00:00Z',
      validUntil: '2027-06-30T16:59:59Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        name: 'Trần Thị Lụa',
        achievement: { type: ['Achievement'], name: 'Kỹ năng nghiệp vụ cho chi hội trưởng', criteria: {} },
      },
      proof: {
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-jcs-2022',
        created: '2025-06-30T10:00:00Z',
        proofPurpose: 'assertionMethod',
        verificationMethod: key.publicKey.verificationMethod,
      },
    });
    expect(Object.keys(at(signed as Json, 'credentialSubject')).sort()).toEqual([
      'achievement',
      'identifier',
      'name',
      'type',
    ]);
    expect(buildOpenBadgeCredential({ ...inputWithoutExpiry() })).not.toHaveProperty('validUntil');
  });

  it('verifies with its key, also when that key is a previous one', () => {
    expect(verifyOpenBadge(signed, trusted)).toEqual({ valid: true, kid: key.publicKey.kid });
    expect(verifyOpenBadge(JSON.parse(JSON.stringify(signed)), [previousKey.publicKey, key.publicKey])).toMatchObject({
      valid: true,
    });
    const old = signOpenBadge(credential, previousKey, new Date());
    expect(verifyOpenBadge(old, trusted)).toEqual({ valid: true, kid: previousKey.publicKey.kid });
  });

  it('verifies whatever the order of its members (JCS)', () => {
    const reversed = Object.fromEntries(Object.entries(clone()).reverse());
    expect(verifyOpenBadge(reversed, trusted)).toMatchObject({ valid: true });
  });

  const tamperings: [string, (doc: Json) => void][] = [
    ['credentialSubject.name', (d) => (at(d, 'credentialSubject').name = 'Trần Thị Lua')],
    ['credentialSubject.identifier', (d) => (at(d, 'credentialSubject').identifier = [])],
    ['credentialSubject.achievement.name', (d) => (at(d, 'credentialSubject.achievement').name = 'Khác')],
    ['credentialSubject.achievement.id', (d) => (at(d, 'credentialSubject.achievement').id = 'https://x.example/a')],
    ['credentialSubject.achievement.criteria', (d) => (at(d, 'credentialSubject.achievement.criteria').narrative = '')],
    ['credentialSubject.extra', (d) => (at(d, 'credentialSubject').id = 'did:example:someone')],
    ['issuer.id', (d) => (at(d, 'issuer').id = 'https://evil.example/units/unit-1')],
    ['issuer.name', (d) => (at(d, 'issuer').name = 'Hội LHPN tỉnh Ninh Bình')],
    ['validUntil', (d) => (d.validUntil = '2099-06-30T16:59:59Z')],
    ['validUntil removed', (d) => delete d.validUntil],
    ['validFrom', (d) => (d.validFrom = '2024-06-30T10:00:00Z')],
    ['id', (d) => (d.id = 'https://sen.example.vn/verify/SEN-0000-0000-0000')],
    ['@context', (d) => (d['@context'] = [VC_V2_CONTEXT])],
    ['proof.created', (d) => (at(d, 'proof').created = '2025-07-01T00:00:00Z')],
    ['proof.proofPurpose', (d) => (at(d, 'proof').proofPurpose = 'authentication')],
  ];
  it.each(tamperings)('a changed %s breaks it', (_what, tamper) => {
    const doc = clone();
    tamper(doc);
    expect(verifyOpenBadge(doc, trusted).valid).toBe(false);
  });

  it('a changed proofValue breaks it', () => {
    const doc = clone();
    const proof = at(doc, 'proof');
    const value = proof.proofValue as string;
    const flipped = value.slice(0, 20) + (value[20] === 'A' ? 'B' : 'A') + value.slice(21);
    proof.proofValue = flipped;
    expect(verifyOpenBadge(doc, trusted)).toMatchObject({ valid: false });
    proof.proofValue = value.slice(1);
    expect(verifyOpenBadge(doc, trusted)).toEqual({ valid: false, reason: 'malformed' });
  });

  it('a stranger’s key is refused even with a valid proof, and a swapped key fails', () => {
    const forged = signOpenBadge(credential, strangerKey, new Date());
    expect(verifyOpenBadge(forged, trusted)).toEqual({ valid: false, reason: 'unknown-key' });
    const doc = clone();
    at(doc, 'proof').verificationMethod = previousKey.publicKey.verificationMethod;
    expect(verifyOpenBadge(doc, trusted)).toEqual({ valid: false, reason: 'bad-signature' });
    expect(verifyOpenBadge(signed, [previousKey.publicKey])).toEqual({ valid: false, reason: 'unknown-key' });
  });

  it('anything that is not a credential with one eddsa-jcs-2022 proof is malformed', () => {
    for (const doc of [null, 'x', [], credential, { ...clone(), proof: [at(clone(), 'proof')] }]) {
      expect(verifyOpenBadge(doc, trusted)).toEqual({ valid: false, reason: 'malformed' });
    }
    const doc = clone();
    at(doc, 'proof').cryptosuite = 'eddsa-rdfc-2022';
    expect(verifyOpenBadge(doc, trusted)).toEqual({ valid: false, reason: 'malformed' });
  });

  it('accepts a proof that repeats the document @context, refuses one that contradicts it', () => {
    const doc = clone();
    at(doc, 'proof')['@context'] = [VC_V2_CONTEXT, OB_V3_CONTEXT];
    expect(verifyOpenBadge(doc, trusted)).toMatchObject({ valid: true });
    at(doc, 'proof')['@context'] = [OB_V3_CONTEXT];
    expect(verifyOpenBadge(doc, trusted)).toEqual({ valid: false, reason: 'malformed' });
  });
});

function inputWithoutExpiry() {
  return {
    claims: { ...claims, expiresAt: null },
    verificationUrl: `https://sen.example.vn/verify/${code}`,
    issuerUrl: 'https://sen.example.vn/units/unit-1',
    achievementUrl: 'https://sen.example.vn/courses/course-1/versions/2',
    achievementDescription: 'd',
    criteriaNarrative: 'n',
  };
}
