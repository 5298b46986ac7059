import { createHash } from 'node:crypto';

/** Our own namespace, so seeded ids never coincide with another system's v5 ids for the same names. */
const SEN_NAMESPACE = Buffer.from('5e4d0c3a9b2f4e7a8c1d6f0b2a3e4d5c', 'hex');

/**
 * A UUID v5 (SHA-1 of namespace + name): the same name always gives the same id, so the seed can
 * detect itself and tests can refer to demo units and accounts without querying for them.
 */
export function stableUuid(name: string): string {
  const bytes = createHash('sha1').update(SEN_NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of a unit identified by its province key and the path of keys below it. */
export function unitIdFor(provinceKey: string, ...keys: string[]): string {
  return stableUuid(`unit:${[provinceKey, ...keys].join('/')}`);
}

/** The key of the n-th (0-based) branch under its commune. */
export function branchKey(index: number): string {
  return `b${index + 1}`;
}
