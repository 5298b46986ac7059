import { sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { jcs, normalizeStrings } from './canonical-json';
import { parseCode } from './certificate-code';

const Instant = z.iso.datetime({ offset: false, precision: 0 });
// No trimming or other transform: the signature covers the value exactly as given (after NFC).
const Text = z.string().min(1).max(500);

/**
 * What a certificate asserts, and exactly what its signature covers. Personal data is the holder's name only:
 * the verification page shows these fields to anyone holding the code.
 */
export const CertificateClaimsSchema = z.strictObject({
  /** The short code (`SEN-XXXX-XXXX-XXXX`), also the certificate's number. */
  code: z.string().refine((c) => parseCode(c) === c, 'not a canonical certificate code'),
  holderName: Text,
  course: z.strictObject({ id: Text, title: Text, version: z.int().min(1) }),
  issuer: z.strictObject({ unitId: Text, unitName: Text }),
  /** UTC instants, second precision (`2025-11-03T08:15:00Z`). */
  issuedAt: Instant,
  expiresAt: Instant.nullable(),
  /** 0 at the first issue; +1 at every re-issue under the same code (a correction of the holder's name). */
  reissue: z.int().min(0),
});
export type CertificateClaims = z.infer<typeof CertificateClaimsSchema>;

// Domain separation: the signed bytes name what they are, so a signature over some other JSON object made
// with the same key (an Open Badge proof, a later layout) can never pass for a certificate signature.
const PAYLOAD_TYPE = 'sen-certificate/v1';

/** The exact bytes signed: JCS of the NFC-normalised claims under a type tag. */
export function canonicalClaims(claims: CertificateClaims): Buffer {
  const parsed = CertificateClaimsSchema.parse(claims);
  return jcs(normalizeStrings({ type: PAYLOAD_TYPE, ...parsed }));
}

/** Ed25519 signature over the canonical claims, base64url (86 characters). */
export function signClaims(claims: CertificateClaims, privateKey: KeyObject): string {
  return sign(null, canonicalClaims(claims), privateKey).toString('base64url');
}

/** True only when `signature` is this key's signature over these claims; malformed input is simply false. */
export function verifyClaims(claims: CertificateClaims, signature: string, publicKey: KeyObject): boolean {
  if (!/^[A-Za-z0-9_-]{86}$/.test(signature)) return false;
  const bytes = Buffer.from(signature, 'base64url');
  // base64url ignores the unused low bits of the last character; insist on the one canonical spelling.
  if (bytes.toString('base64url') !== signature) return false;
  const parsed = CertificateClaimsSchema.safeParse(claims);
  if (!parsed.success) return false;
  return verify(null, canonicalClaims(parsed.data), publicKey, bytes);
}
