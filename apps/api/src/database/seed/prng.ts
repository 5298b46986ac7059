/**
 * A small seeded PRNG (mulberry32), so the demo and benchmark data are identical on every run and
 * tests can assert on them. Not for anything security-related.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight; `items` and `weights` have the same length. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** A new shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** A UUID in v4 layout whose bits come from this generator, so ids are reproducible too. */
  uuid(): string;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const word = (): number => Math.floor(next() * 4294967296);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    weighted: (items, weights) => weightedPick(next(), items, weights),
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
    uuid: () => uuidFromWords(word(), word(), word(), word()),
  };
}

function weightedPick<T>(roll: number, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let threshold = roll * total;
  for (let i = 0; i < items.length; i++) {
    threshold -= weights[i] ?? 0;
    if (threshold < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex(byte: number): string {
  return HEX[byte & 0xff] ?? '00';
}

/** All eight hex digits of a 32-bit word. */
function hexWord(w: number): string {
  return hex(w >>> 24) + hex(w >>> 16) + hex(w >>> 8) + hex(w);
}

/** Formats four 32-bit words as a v4-layout UUID; byte lookups, since benchmarks create ~1M ids. */
function uuidFromWords(a: number, b: number, c: number, d: number): string {
  const version = ((b >>> 8) & 0x0f) | 0x40;
  const variant = ((c >>> 24) & 0x3f) | 0x80;
  return `${hexWord(a)}-${hex(b >>> 24)}${hex(b >>> 16)}-${hex(version)}${hex(b)}-${hex(variant)}${hex(c >>> 16)}-${hex(c >>> 8)}${hex(c)}${hexWord(d)}`;
}
