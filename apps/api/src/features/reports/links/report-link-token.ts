import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * INSECURE: the secret development and test sign report links with when REPORT_LINK_SECRET is unset. Anybody can
 * read it here, so production refuses to start with it (see app-config).
 */
export const INSECURE_DEMO_REPORT_LINK_SECRET = createHash('sha256')
  .update('sen: INSECURE demo report link secret, published in the source code')
  .digest('base64url');

/** The shortest secret accepted: 32 bytes of `openssl rand -base64 32` are 44 characters. */
export const MIN_REPORT_LINK_SECRET_LENGTH = 32;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAC = /^[A-Za-z0-9_-]{43}$/;
// Domain separation: the same secret must never sign something else that could pass for a link.
const CONTEXT = 'sen-report-link/v1:';

function mac(secret: string, deliveryId: string): Buffer {
  return createHmac('sha256', secret).update(`${CONTEXT}${deliveryId}`).digest();
}

/**
 * A recipient's link token: her delivery's id and an HMAC-SHA256 of it. It names one copy of one report, never
 * expires (a printed mail stays valid) and cannot be made for another delivery without the secret.
 */
export function reportLinkToken(secret: string, deliveryId: string): string {
  return `${deliveryId}.${mac(secret, deliveryId).toString('base64url')}`;
}

/** The delivery id a genuine token names; null for anything else (damaged, forged, another secret's). */
export function verifyReportLinkToken(secret: string, token: string): string | null {
  const dot = token.indexOf('.');
  const deliveryId = token.slice(0, dot);
  const given = token.slice(dot + 1);
  if (dot < 0 || !UUID.test(deliveryId) || !MAC.test(given)) return null;
  const expected = mac(secret, deliveryId);
  return timingSafeEqual(Buffer.from(given, 'base64url'), expected) ? deliveryId : null;
}
