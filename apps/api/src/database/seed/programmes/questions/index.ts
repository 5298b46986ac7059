import { CONFIDENCE_DIGITAL_LEADERSHIP_QUESTIONS } from './confidence-digital-leadership';
import { GRASSROOTS_LEADER_SKILLS_QUESTIONS } from './grassroots-leader-skills';
import { IT_FOR_GRASSROOTS_PRESIDENTS_QUESTIONS } from './it-for-grassroots-presidents';
import type { SeedQuestionBank } from './question-content';

export * from './question-content';

/** One bank per programme, in the order of `SEED_COURSES`. */
export const SEED_QUESTION_BANKS: SeedQuestionBank[] = [
  CONFIDENCE_DIGITAL_LEADERSHIP_QUESTIONS,
  GRASSROOTS_LEADER_SKILLS_QUESTIONS,
  IT_FOR_GRASSROOTS_PRESIDENTS_QUESTIONS,
];
