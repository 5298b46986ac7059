import type { DrawRule } from '@sen/contracts';
import { drawQuestions, shuffle, type PoolQuestion, type RandomInt } from './draw-questions';

/** A small deterministic generator (mulberry32), so a failing draw can be replayed. */
function seeded(seed: number): RandomInt {
  let a = seed;
  return (bound) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * bound);
  };
}

const pool: PoolQuestion[] = [
  ...Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, category: 'An toàn' })),
  ...Array.from({ length: 4 }, (_, i) => ({ id: `p${i}`, category: 'Pháp luật' })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `n${i}`, category: null })),
];

describe('drawQuestions', () => {
  it('draws each category’s count, fixed questions, and never a question twice', () => {
    const rules: DrawRule[] = [
      { kind: 'fixed', questionId: 'a0' },
      { kind: 'random', category: null, count: 5 },
      { kind: 'random', category: 'An toàn', count: 3 },
      { kind: 'random', category: 'Pháp luật', count: 2 },
    ];
    for (let seed = 1; seed <= 200; seed += 1) {
      const { questionIds, shortBy } = drawQuestions(rules, pool, seed % 2 === 0, seeded(seed));
      expect(shortBy).toBe(0);
      expect(questionIds).toHaveLength(11);
      expect(new Set(questionIds).size).toBe(11);
      expect(questionIds).toContain('a0');
      expect(questionIds.filter((id) => id.startsWith('p')).length).toBeGreaterThanOrEqual(2);
      expect(questionIds.filter((id) => id.startsWith('a')).length).toBeGreaterThanOrEqual(4);
    }
  });

  it('serves category rules before "any category" rules so a general draw cannot starve them', () => {
    const rules: DrawRule[] = [
      { kind: 'random', category: null, count: 9 },
      { kind: 'random', category: 'Pháp luật', count: 4 },
    ];
    for (let seed = 1; seed <= 50; seed += 1) {
      const { questionIds, shortBy } = drawQuestions(rules, pool, false, seeded(seed));
      expect(shortBy).toBe(0);
      // Unshuffled: the rules' slots in the order written, the category's four drawn for its own rule.
      expect(questionIds.slice(9).every((id) => id.startsWith('p'))).toBe(true);
      expect(questionIds.slice(0, 9).some((id) => id.startsWith('p'))).toBe(false);
    }
  });

  it('reports what the bank cannot give, and skips a deleted fixed question', () => {
    const draw = drawQuestions(
      [
        { kind: 'fixed', questionId: 'gone' },
        { kind: 'random', category: 'Pháp luật', count: 6 },
      ],
      pool,
      true,
      seeded(7),
    );
    expect(draw.shortBy).toBe(3);
    expect(draw.questionIds.sort()).toEqual(['p0', 'p1', 'p2', 'p3']);
  });

  it('gives every question of a category a fair chance', () => {
    const counts = new Map<string, number>();
    const random = seeded(42);
    for (let i = 0; i < 6000; i += 1) {
      const [id] = drawQuestions([{ kind: 'random', category: 'An toàn', count: 1 }], pool, false, random).questionIds;
      counts.set(id!, (counts.get(id!) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const n of counts.values()) expect(n).toBeGreaterThan(850);
  });
});

describe('shuffle', () => {
  it('keeps every item and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5];
    const output = shuffle(input, seeded(3));
    expect(input).toEqual([1, 2, 3, 4, 5]);
    expect([...output].sort()).toEqual(input);
  });
});
