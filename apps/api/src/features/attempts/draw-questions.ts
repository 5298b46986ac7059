import type { DrawRule } from '@sen/contracts';

/** A live question of the bank, as the draw sees it. */
export interface PoolQuestion {
  id: string;
  category: string | null;
}

/** A random integer in [0, bound); attempts use `crypto.randomInt`, tests a seeded generator. */
export type RandomInt = (bound: number) => number;

export interface Draw {
  /** Question ids in the order the attempt shows them. */
  questionIds: string[];
  /** How many questions the rules asked for but the bank could not give. */
  shortBy: number;
}

/**
 * Draws an attempt's questions. Fixed questions first (a deleted one is skipped), then each category's
 * random draws, then draws from any category, never the same question twice. Category draws go before
 * "any" draws so that a general draw cannot use up a category a specific rule needs.
 */
export function drawQuestions(rules: DrawRule[], pool: PoolQuestion[], shuffleOrder: boolean, random: RandomInt): Draw {
  const live = new Set(pool.map((q) => q.id));
  const taken = new Set<string>();
  const slots: string[][] = rules.map(() => []);
  let shortBy = 0;

  rules.forEach((rule, index) => {
    if (rule.kind !== 'fixed') return;
    if (live.has(rule.questionId)) {
      slots[index] = [rule.questionId];
      taken.add(rule.questionId);
    } else shortBy += 1;
  });
  const randomRules = rules
    .map((rule, index) => ({ rule, index }))
    .filter((r): r is { rule: Extract<DrawRule, { kind: 'random' }>; index: number } => r.rule.kind === 'random')
    .sort((a, b) => Number(a.rule.category === null) - Number(b.rule.category === null));
  for (const { rule, index } of randomRules) {
    const candidates = pool.filter((q) => !taken.has(q.id) && (rule.category === null || q.category === rule.category));
    const picked = shuffle(candidates, random).slice(0, rule.count);
    picked.forEach((q) => taken.add(q.id));
    slots[index] = picked.map((q) => q.id);
    shortBy += rule.count - picked.length;
  }
  const questionIds = slots.flat();
  return { questionIds: shuffleOrder ? shuffle(questionIds, random) : questionIds, shortBy };
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], random: RandomInt): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = random(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
