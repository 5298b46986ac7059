import type { z } from 'zod';
import type { QuestionBody } from '@sen/contracts';

/** Removes keys from each member of a union (plain `Omit` would merge the members into one type). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * A demo question as an author would write it, in the contract's input shape. The seeder adds the
 * category (the module's title) and stable ids for the question and its options, so the data stays
 * plain text an editor can read. Every question explains its answer.
 */
export type SeedQuestion = OmitEach<z.input<typeof QuestionBody>, 'category' | 'feedback'> & {
  key: string;
  feedback: string;
};

/** The questions of one module; the module's Vietnamese title becomes their category. */
export interface SeedModuleQuestions {
  moduleKey: string;
  questions: SeedQuestion[];
}

/** One question bank per programme course. */
export interface SeedQuestionBank {
  courseKey: string;
  name: string;
  modules: SeedModuleQuestions[];
}
