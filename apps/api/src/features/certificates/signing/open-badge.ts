import { createHash, sign, verify } from 'node:crypto';
import { base58btcDecode, base58btcEncode } from './base58btc';
import { jcs, normalizeStrings, type JsonValue } from './canonical-json';
import { type CertificateClaims } from './certificate-claims';
import {
  publicKeyFromRaw,
  publicKeyFromVerificationMethod,
  type CertificatePublicKey,
  type CertificateSigningKey,
} from './ed25519-keys';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const CRYPTOSUITE = 'eddsa-jcs-2022';

type JsonObject = { readonly [key: string]: JsonValue };

export type OpenBadgeInput = Readonly<{
  claims: CertificateClaims;
  /** The public verification URL (`…/verify/<code>`): the credential's id. */
  verificationUrl: string;
  /** A stable URL naming the issuing union unit (its Profile id). */
  issuerUrl: string;
  /** A stable URL naming the course version (the Achievement id). */
  achievementUrl: string;
  achievementDescription: string;
  /** What a holder did to earn it, e.g. "Completed every module and passed the final quiz". */
  criteriaNarrative: string;
}>;

/**
 * An unsigned Open Badges 3.0 `OpenBadgeCredential` (VC Data Model 2.0). The subject carries her name only,
 * both as `name` and as the OB `identifier` of type `name`; no e-mail, no birth date, no internal ids.
 */
export function buildOpenBadgeCredential(input: OpenBadgeInput): JsonObject {
  const { claims } = input;
  const achievement = {
    id: input.achievementUrl,
    type: ['Achievement'],
    achievementType: 'Certificate',
    name: claims.course.title,
    description: input.achievementDescription,
    criteria: { narrative: input.criteriaNarrative },
    version: String(claims.course.version),
  };
  const credential = {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: input.verificationUrl,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: claims.course.title,
    issuer: { id: input.issuerUrl, type: ['Profile'], name: claims.issuer.unitName },
    validFrom: claims.issuedAt,
    ...(claims.expiresAt === null ? {} : { validUntil: claims.expiresAt }),
    credentialSubject: {
      type: ['AchievementSubject'],
      name: claims.holderName,
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: claims.holderName }],
      achievement,
    },
  };
  return normalizeStrings(credential);
}

/**
 * The hash data of eddsa-jcs-2022 (W3C Data Integrity EdDSA Cryptosuites v1.0, §3.3.4 and §3.3.5):
 * SHA-256(JCS(proof configuration)) ‖ SHA-256(JCS(document without proof)), in that order.
 */
function hashData(unsecuredDocument: JsonObject, proofConfig: JsonObject): Buffer {
  const proofConfigHash = createHash('sha256').update(jcs(proofConfig)).digest();
  const documentHash = createHash('sha256').update(jcs(unsecuredDocument)).digest();
  return Buffer.concat([proofConfigHash, documentHash]);
}

/** Adds a DataIntegrityProof (eddsa-jcs-2022) made with `key` (spec §3.3.1 Create Proof). */
export function signOpenBadge(credential: JsonObject, key: CertificateSigningKey, created: Date): JsonObject {
  const { proof: _ignored, ...unsecured } = credential;
  const proofOptions = {
    type: 'DataIntegrityProof',
    cryptosuite: CRYPTOSUITE,
    created: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    verificationMethod: key.publicKey.verificationMethod,
    proofPurpose: 'assertionMethod',
  };
  // §3.3.5 Proof Configuration: the document's @context is copied into the configuration that is hashed,
  // but the proof attached to the document does not carry it.
  const proofConfig = withContext(proofOptions, unsecured['@context']);
  const signature = sign(null, hashData(unsecured, proofConfig), key.privateKey);
  return { ...unsecured, proof: { ...proofOptions, proofValue: `z${base58btcEncode(signature)}` } };
}

export type OpenBadgeVerification =
  | Readonly<{ valid: true; kid: string }>
  | Readonly<{ valid: false; reason: 'malformed' | 'unknown-key' | 'bad-signature' }>;

function withContext(object: JsonObject, context: JsonValue | undefined): JsonObject {
  return context === undefined ? object : { ...object, '@context': context };
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Checks the eddsa-jcs-2022 proof of a credential (spec §3.3.2 Verify Proof) and that its key is one of
 * `trustedKeys` (the current and previous keys of the well-known document): a did:key names any key at all,
 * so a proof that verifies under a stranger's key is not ours. Validity dates are the caller's concern.
 */
export function verifyOpenBadge(
  document: unknown,
  trustedKeys: readonly CertificatePublicKey[],
): OpenBadgeVerification {
  if (!isObject(document) || !isObject(document.proof)) return { valid: false, reason: 'malformed' };
  const { proof, ...unsecured } = document;
  const { proofValue, ...proofOptions } = proof;
  if (
    proofOptions.type !== 'DataIntegrityProof' ||
    proofOptions.cryptosuite !== CRYPTOSUITE ||
    proofOptions.proofPurpose !== 'assertionMethod' ||
    typeof proofOptions.verificationMethod !== 'string' ||
    typeof proofValue !== 'string' ||
    !proofValue.startsWith('z')
  ) {
    return { valid: false, reason: 'malformed' };
  }
  const signature = base58btcDecode(proofValue.slice(1));
  if (signature?.length !== 64) return { valid: false, reason: 'malformed' };

  // §3.3.2 step 4: a proof that carries @context must match the start of the document's; the document then
  // takes it. Without one, the proof configuration takes the document's @context (§3.3.5 step 4).
  let context = unsecured['@context'];
  if (proofOptions['@context'] !== undefined) {
    const proofContext = [proofOptions['@context']].flat();
    const documentContext = [context].flat();
    if (proofContext.some((c, i) => JSON.stringify(c) !== JSON.stringify(documentContext[i]))) {
      return { valid: false, reason: 'malformed' };
    }
    context = proofOptions['@context'];
  }
  const raw = publicKeyFromVerificationMethod(proofOptions.verificationMethod);
  const key = raw && trustedKeys.find((k) => k.kid === publicKeyFromRaw(raw).kid);
  if (!key) return { valid: false, reason: 'unknown-key' };

  let ok: boolean;
  try {
    const data = hashData(withContext(unsecured, context), withContext(proofOptions, context));
    ok = verify(null, data, key.key, signature);
  } catch {
    // Values JCS refuses (a lone surrogate) cannot have been signed.
    ok = false;
  }
  return ok ? { valid: true, kid: key.kid } : { valid: false, reason: 'bad-signature' };
}
