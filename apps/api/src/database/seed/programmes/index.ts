import { CONFIDENCE_DIGITAL_LEADERSHIP } from './confidence-digital-leadership';
import { GRASSROOTS_LEADER_SKILLS } from './grassroots-leader-skills';
import { IT_FOR_GRASSROOTS_PRESIDENTS } from './it-for-grassroots-presidents';
import { type SeedCourse } from './programme-content';

export * from './programme-content';
export { CONFIDENCE_DIGITAL_LEADERSHIP, GRASSROOTS_LEADER_SKILLS, IT_FOR_GRASSROOTS_PRESIDENTS };

/** The three programmes of the demo province, in the order the brief lists them. */
export const SEED_COURSES: SeedCourse[] = [
  CONFIDENCE_DIGITAL_LEADERSHIP,
  GRASSROOTS_LEADER_SKILLS,
  IT_FOR_GRASSROOTS_PRESIDENTS,
];
