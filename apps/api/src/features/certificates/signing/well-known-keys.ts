import { type CertificateKeyRing, type CertificatePublicKey } from './ed25519-keys';

/** Where the key document is served (wired by the certificates feature). */
export const CERTIFICATE_KEYS_PATH = '/.well-known/sen-certificate-keys.json';

function entry(key: CertificatePublicKey, status: 'current' | 'previous') {
  return {
    ...key.jwk,
    kid: key.kid,
    use: 'sig' as const,
    alg: 'EdDSA' as const,
    status,
    publicKeyMultibase: key.multibase,
    verificationMethod: key.verificationMethod,
  };
}

/**
 * The public document listing the key that signs new certificates and every earlier one, so a certificate
 * signed before a rotation still verifies. `keys` is a JWK Set (RFC 7517) whose members also carry the
 * Multikey and did:key forms the Open Badge proofs use.
 */
export function certificateKeysDocument(ring: CertificateKeyRing) {
  return {
    keys: [entry(ring.current.publicKey, 'current'), ...ring.previous.map((k) => entry(k, 'previous'))],
  };
}

/** Every key a certificate or Open Badge may be verified with. */
export function trustedPublicKeys(ring: CertificateKeyRing): readonly CertificatePublicKey[] {
  return [ring.current.publicKey, ...ring.previous];
}
