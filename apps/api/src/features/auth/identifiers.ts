import { normalizePhone } from '@sen/contracts';

export function parseIdentifier(identifier: string): { email: string } | { phone: string } {
  const trimmed = identifier.trim();
  return trimmed.includes('@') ? { email: trimmed.toLowerCase() } : { phone: normalizePhone(trimmed) };
}
