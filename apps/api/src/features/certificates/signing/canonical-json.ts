import canonicalize from 'canonicalize';

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Every string (member names included) in Unicode NFC. Vietnamese can be typed precomposed ("ệ") or
 * decomposed ("ê" + U+0323); JCS compares code units, so without this the same name would sign differently.
 */
export function normalizeStrings<T extends JsonValue>(value: T): T;
export function normalizeStrings(value: JsonValue): JsonValue {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map((v: JsonValue) => normalizeStrings(v));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), normalizeStrings(v)]));
  }
  return value;
}

/** RFC 8785 (JCS) serialisation, as UTF-8 bytes. Throws on values JSON cannot carry (NaN, lone surrogates). */
export function jcs(value: JsonValue): Buffer {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value has no JSON form');
  return Buffer.from(text, 'utf8');
}
