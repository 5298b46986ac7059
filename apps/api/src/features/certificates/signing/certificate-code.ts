import { randomBytes } from 'node:crypto';

// Crockford base32: digits and upper-case letters without I, L, O, U, so nothing reads as something else.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PREFIX = 'SEN';
/** Random symbols (55 bits: guessing a code among a million issued takes ~3.6e10 tries on average). */
export const CODE_DATA_LENGTH = 11;

/**
 * Multiplication by x in GF(32) = GF(2)[x]/(x⁵ + x² + 1). The check symbol makes the polynomial
 * Σ dᵢ·x^(n−i) over the data and check symbols vanish, i.e. r ← x·r + d (Horner) ends at 0. Then
 *  - a single substitution d → d' changes the sum by x^k·(d − d') ≠ 0: every one is detected;
 *  - swapping neighbours a, b changes it by x^k·(x + 1)·(a + b) ≠ 0 when a ≠ b: every one is detected.
 * (Crockford's own mod-37 check needs five extra symbols, *~$=U, which are awkward to type.)
 */
function timesX(r: number): number {
  const shifted = r << 1;
  return shifted & 0b100000 ? shifted ^ 0b100101 : shifted;
}

function remainder(symbols: readonly number[]): number {
  return symbols.reduce((r, d) => timesX(r) ^ d, 0);
}

function checkSymbol(data: readonly number[]): number {
  // Appending c gives x·r + c; in characteristic 2, −x·r = x·r.
  return timesX(remainder(data));
}

function format(symbols: readonly number[]): string {
  const text = symbols.map((s) => ALPHABET.charAt(s)).join('');
  return `${PREFIX}-${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8)}`;
}

/** A fresh code from the system CSPRNG, e.g. `SEN-7K3M-Q9XD-4HCW` (the last symbol is the check). */
export function generateCode(): string {
  // 256 is a multiple of 32, so the low five bits of each random byte are uniform.
  const data = [...randomBytes(CODE_DATA_LENGTH)].map((b) => b & 31);
  return format([...data, checkSymbol(data)]);
}

/**
 * The canonical code for what somebody typed, or null. Tolerates lower case, spaces and missing or extra
 * dashes, the prefix left out, and O/I/L typed for 0/1/1; a wrong check symbol gives null.
 */
export function parseCode(input: string): string | null {
  let text = input
    .toUpperCase()
    .replace(/[\s\-‐‑–—_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (text.length === PREFIX.length + CODE_DATA_LENGTH + 1 && text.startsWith(PREFIX)) text = text.slice(PREFIX.length);
  if (text.length !== CODE_DATA_LENGTH + 1) return null;
  const symbols = [...text].map((c) => ALPHABET.indexOf(c));
  if (symbols.some((s) => s < 0)) return null;
  return remainder(symbols) === 0 ? format(symbols) : null;
}
