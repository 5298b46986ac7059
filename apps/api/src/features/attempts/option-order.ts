import type { QuestionContent } from '@sen/contracts';
import { shuffle, type RandomInt } from './draw-questions';

/**
 * The order an attempt shows a question's options or items in, fixed at the start of the attempt.
 * Ordering items are always shuffled (their stored order is the answer) and never shown in the answer's
 * order; choices are shuffled when the quiz says so. True/false and short text have nothing to order.
 */
export function optionOrder(content: QuestionContent, shuffleOptions: boolean, random: RandomInt): string[] {
  switch (content.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const ids = content.options.map((o) => o.id);
      return shuffleOptions ? shuffle(ids, random) : ids;
    }
    case 'ordering': {
      const key = content.items.map((item) => item.id);
      let order = shuffle(key, random);
      while (order.every((id, index) => id === key[index])) order = shuffle(key, random);
      return order;
    }
    case 'true_false':
    case 'short_text':
      return [];
  }
}
