import { ContestBody } from '@sen/contracts';
import type { EntityManager } from 'typeorm';
import { ContestsRepository } from '../../features/contests/contests.repository';
import { DEMO_ACCOUNTS, DEMO_CONTEST_ID, DEMO_COURSES, DEMO_IDS, demoQuestionBankId } from './demo-ids';

const DAY_MS = 86_400_000;

/**
 * The demo's contest: ten questions drawn from the IT programme's bank in twenty minutes, open to the
 * whole province from yesterday for thirty days, so the demo trainee can take it and see the board.
 * Parsed with the contract's schema and written by the contests feature's repository, as the API would.
 */
export async function seedContests(manager: EntityManager, now = new Date()): Promise<number> {
  const course = DEMO_COURSES.itForGrassrootsPresidents;
  const body = ContestBody.parse({
    courseId: course.id,
    bankId: demoQuestionBankId(course.key),
    title: 'Hội thi Tin học cho cán bộ Hội cơ sở năm 2026',
    draw: [{ kind: 'random', category: null, count: 10 }],
    passMark: 50,
    maxAttempts: 2,
    timeLimitMinutes: 20,
    review: 'answers',
    opensAt: new Date(now.getTime() - DAY_MS).toISOString(),
    closesAt: new Date(now.getTime() + 30 * DAY_MS).toISOString(),
    unitIds: [DEMO_IDS.province],
  });
  await new ContestsRepository(manager.connection).insert(manager, DEMO_CONTEST_ID, body, DEMO_ACCOUNTS.trainer.userId);
  return 1;
}
