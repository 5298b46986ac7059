import { PositionKindSchema } from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { LearningRepository } from '../../features/learning/learning.repository';
import { RequirementsRepository } from '../../features/learning/requirements.repository';
import { DEMO_ACCOUNTS, DEMO_COURSES, DEMO_IDS, demoCourseId, demoLessonId } from './demo-ids';
import { SEED_COURSES } from './programmes';

/** The province asks its cadres to finish the programmes by the end of 2026. */
const DUE_AT = '2026-12-31T17:00:00+07:00';

export interface SeededLearningCounts {
  requirements: number;
  enrolments: number;
}

/**
 * Requires each programme of the positions the brief names, across the province, and enrols them through
 * the same code the API uses; then puts the demo trainee part-way through the grassroots course.
 */
export async function seedLearning(manager: EntityManager): Promise<SeededLearningCounts> {
  const requirements = new RequirementsRepository(manager.connection);
  const requirementIds: string[] = [];
  for (const course of SEED_COURSES) {
    requirementIds.push(
      await requirements.insert(manager, {
        courseId: demoCourseId(course.key),
        unitId: DEMO_IDS.province,
        positions: PositionKindSchema.array().parse(course.requiredFor),
        includeReserves: course.includeReserves,
        dueAt: DUE_AT,
        createdBy: DEMO_ACCOUNTS.trainer.userId,
      }),
    );
  }
  const enrolments = await requirements.apply(manager, { requirementIds });
  await traineeProgress(manager);
  return { requirements: requirementIds.length, enrolments };
}

/** The whole first module done last week, the first lesson of the second read to 40 %: she resumes there. */
async function traineeProgress(manager: EntityManager): Promise<void> {
  const course = SEED_COURSES.find((c) => c.key === DEMO_COURSES.grassrootsLeaderSkills.key)!;
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM enrolments WHERE person_id = $1 AND course_id = $2 AND ended_at IS NULL`,
    [DEMO_ACCOUNTS.trainee.personId, DEMO_COURSES.grassrootsLeaderSkills.id],
  );
  const enrolmentId = rows[0]?.id;
  if (!enrolmentId) throw new Error('the demo trainee is not enrolled in the grassroots course');
  const learning = new LearningRepository(manager.connection);
  const start = Date.now() - 7 * 86_400_000;
  let minute = 0;
  const at = () => new Date(start + minute++ * 60_000).toISOString();
  const [first, second] = course.modules;
  const plan = [
    ...first!.lessons.map((lesson) => ({ module: first!.key, lesson, read: 1 })),
    { module: second!.key, lesson: second!.lessons[0]!, read: 0.4 },
  ];
  for (const step of plan) {
    const lessonId = demoLessonId(course.key, 1, step.module, step.lesson.key);
    const events = [
      { id: randomUUID(), enrolmentId, lessonId, kind: 'opened' as const, occurredAt: at() },
      {
        id: randomUUID(),
        enrolmentId,
        lessonId,
        kind: 'scrolled' as const,
        value: step.read,
        position: { scroll: step.read },
        occurredAt: at(),
      },
      ...(step.read === 1 && step.lesson.completion === 'marked_done'
        ? [{ id: randomUUID(), enrolmentId, lessonId, kind: 'done' as const, occurredAt: at() }]
        : []),
    ];
    const { rejected } = await learning.ingest(manager, DEMO_ACCOUNTS.trainee.personId, events, 'seed');
    if (rejected.length) throw new Error(`the demo trainee's progress was rejected: ${JSON.stringify(rejected)}`);
  }
}
