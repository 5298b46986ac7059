import { PositionKindSchema, type QuestionAnswer, type QuestionContent } from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AttemptsRepository } from '../../features/attempts/attempts.repository';
import { drawQuestions } from '../../features/attempts/draw-questions';
import { gradeAttempt } from '../../features/attempts/grade-attempt';
import { optionOrder } from '../../features/attempts/option-order';
import { LearningRepository } from '../../features/learning/learning.repository';
import { RequirementsRepository } from '../../features/learning/requirements.repository';
import { QuizzesRepository } from '../../features/quizzes/quizzes.repository';
import { DEMO_ACCOUNTS, DEMO_COURSES, DEMO_IDS, demoCourseId, demoLessonId, demoQuizId } from './demo-ids';
import { createRng } from './prng';
import { SEED_COURSES, type SeedLesson } from './programmes';
import { REQUIREMENTS_SINCE } from './seed-training-history';
import { stableUuid } from './stable-uuid';

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
  // The requirements date from when the province set them, so the roster counts from then.
  await manager.query(`UPDATE course_requirements SET created_at = $2 WHERE id = ANY ($1)`, [
    requirementIds,
    REQUIREMENTS_SINCE,
  ]);
  const enrolments = await requirements.apply(manager, { requirementIds });
  await manager.query(`UPDATE enrolments SET enrolled_at = $2 WHERE requirement_id = ANY ($1)`, [
    requirementIds,
    REQUIREMENTS_SINCE,
  ]);
  await traineeProgress(manager);
  await traineeCompletedCourse(manager);
  return { requirements: requirementIds.length, enrolments };
}

/** Minutes ticking from a start, so her events keep their order and plausible gaps. */
function clockFrom(start: number): (minutes?: number) => Date {
  let minute = 0;
  return (minutes = 1) => new Date(start + (minute += minutes) * 60_000);
}

/** Her reading of one lesson (to `share` of it), sent through the same ingestion as the lesson player's. */
async function readLesson(
  manager: EntityManager,
  step: { enrolmentId: string; courseKey: string; moduleKey: string; lesson: SeedLesson; share: number },
  at: (minutes?: number) => Date,
): Promise<void> {
  const { enrolmentId, lesson, share } = step;
  const lessonId = demoLessonId(step.courseKey, 1, step.moduleKey, lesson.key);
  const events = [
    { id: randomUUID(), enrolmentId, lessonId, kind: 'opened' as const, occurredAt: at().toISOString() },
    {
      id: randomUUID(),
      enrolmentId,
      lessonId,
      kind: 'scrolled' as const,
      value: share,
      position: { scroll: share },
      occurredAt: at().toISOString(),
    },
    ...(share === 1 && lesson.completion === 'marked_done'
      ? [{ id: randomUUID(), enrolmentId, lessonId, kind: 'done' as const, occurredAt: at().toISOString() }]
      : []),
  ];
  const learning = new LearningRepository(manager.connection);
  const { rejected } = await learning.ingest(manager, DEMO_ACCOUNTS.trainee.personId, events, 'seed');
  if (rejected.length) throw new Error(`the demo trainee's progress was rejected: ${JSON.stringify(rejected)}`);
}

/** Every lesson of a module read and its closing quiz passed. */
async function finishModule(
  manager: EntityManager,
  enrolmentId: string,
  courseKey: string,
  module: { key: string; lessons: readonly SeedLesson[] },
  at: (minutes?: number) => Date,
): Promise<void> {
  for (const lesson of module.lessons) {
    await readLesson(manager, { enrolmentId, courseKey, moduleKey: module.key, lesson, share: 1 }, at);
  }
  await passQuizStep(manager, {
    enrolmentId,
    quizId: demoQuizId(courseKey, 1, module.key),
    startedAt: at(),
    submittedAt: at(11),
  });
}

/**
 * The whole first module done last week — its lessons read or marked done and its quiz passed — and the
 * first lesson of the second read to 40 %: she resumes there.
 */
async function traineeProgress(manager: EntityManager): Promise<void> {
  const course = SEED_COURSES.find((c) => c.key === DEMO_COURSES.grassrootsLeaderSkills.key)!;
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM enrolments WHERE person_id = $1 AND course_id = $2 AND ended_at IS NULL`,
    [DEMO_ACCOUNTS.trainee.personId, DEMO_COURSES.grassrootsLeaderSkills.id],
  );
  const enrolmentId = rows[0]?.id;
  if (!enrolmentId) throw new Error('the demo trainee is not enrolled in the grassroots course');
  const at = clockFrom(Date.now() - 7 * 86_400_000);
  const [first, second] = course.modules;
  await finishModule(manager, enrolmentId, course.key, first!, at);
  await readLesson(
    manager,
    { enrolmentId, courseKey: course.key, moduleKey: second!.key, lesson: second!.lessons[0]!, share: 0.4 },
    at,
  );
}

/**
 * The digital-leadership programme finished a month ago (she took it on her own; it is required of
 * presidents, not of branch heads like her): every module read and every quiz passed, so the course is
 * completed and `setup` — or else the worker — issues her certificate for it.
 */
async function traineeCompletedCourse(manager: EntityManager): Promise<void> {
  const course = SEED_COURSES.find((c) => c.key === DEMO_COURSES.confidenceDigitalLeadership.key)!;
  const start = Date.now() - 30 * 86_400_000;
  const [enrolmentId] = await new LearningRepository(manager.connection).enrol(manager, {
    personIds: [DEMO_ACCOUNTS.trainee.personId],
    courseId: DEMO_COURSES.confidenceDigitalLeadership.id,
    versionId: DEMO_COURSES.confidenceDigitalLeadership.versionId,
    source: 'self',
    enrolledBy: DEMO_ACCOUNTS.trainee.userId,
    dueAt: null,
  });
  if (!enrolmentId) throw new Error('the demo trainee was already enrolled in the digital-leadership course');
  await manager.query(`UPDATE enrolments SET enrolled_at = $2 WHERE id = $1`, [enrolmentId, new Date(start)]);
  const at = clockFrom(start);
  for (const module of course.modules) await finishModule(manager, enrolmentId, course.key, module, at);
  const done: { completed: boolean }[] = await manager.query(
    `SELECT completed_at IS NOT NULL AS completed FROM enrolments WHERE id = $1`,
    [enrolmentId],
  );
  if (!done[0]?.completed) throw new Error('the demo trainee did not complete the digital-leadership course');
}

/**
 * Her passing attempt at a quiz step, drawn, snapshotted and graded by the attempts engine's own code
 * (all answers right), then counted as the step's completion, as a submission through the API would be.
 */
async function passQuizStep(
  manager: EntityManager,
  step: { enrolmentId: string; quizId: string; startedAt: Date; submittedAt: Date },
): Promise<void> {
  const attempts = new AttemptsRepository(manager.connection);
  const quiz = (await attempts.findQuiz(step.quizId, manager))!;
  const rng = createRng(20250623);
  const random = (bound: number) => rng.int(0, bound - 1);
  const pool = await new QuizzesRepository(manager.connection).livePool(manager, quiz.bankId);
  const { questionIds } = drawQuestions(quiz.draw, pool, quiz.shuffleQuestions, random);
  const contents = new Map((await attempts.contents(manager, questionIds)).map((q) => [q.id, q.content] as const));
  const attemptId = stableUuid(`quiz-attempt:${step.quizId}/${DEMO_ACCOUNTS.trainee.personId}/1`);
  await attempts.insertAttempt(manager, {
    id: attemptId,
    requestId: 'seed',
    quiz,
    personId: DEMO_ACCOUNTS.trainee.personId,
    enrolmentId: step.enrolmentId,
    unitId: DEMO_ACCOUNTS.trainee.memberOf,
    attemptNo: 1,
    questionIds,
    optionOrders: questionIds.map((id) => optionOrder(contents.get(id)!, quiz.shuffleOptions, random)),
  });
  const answers = Object.fromEntries(questionIds.map((id) => [id, keyAnswer(contents.get(id)!)]));
  const grade = gradeAttempt(await attempts.attemptQuestions(attemptId, manager), answers, quiz.passMark);
  if (!grade.passed) throw new Error(`the demo trainee's attempt at ${step.quizId} did not pass`);
  await attempts.storeGrades(manager, attemptId, grade.questions);
  // Dated last week like the rest of her progress, rather than now as a live submission would be.
  await manager.query(
    `UPDATE quiz_attempts SET status = 'submitted', started_at = $2::timestamptz,
            deadline_at = $2::timestamptz + make_interval(secs => $3::int),
            answers = $4, revision = 1, saved_at = $5, submitted_at = $5, graded_as_of = $5,
            score = $6, max_score = $7, percent = $8, passed = true
      WHERE id = $1`,
    [
      attemptId,
      step.startedAt,
      quiz.timeLimitSeconds,
      JSON.stringify(answers),
      step.submittedAt,
      grade.score,
      grade.maxScore,
      grade.percent,
    ],
  );
  await new LearningRepository(manager.connection).completeQuizStep(
    manager,
    step.enrolmentId,
    quiz.lessonId!,
    step.submittedAt,
  );
}

/** The answer her key expects. */
function keyAnswer(content: QuestionContent): QuestionAnswer {
  switch (content.type) {
    case 'single_choice':
      return { type: 'single_choice', optionId: content.options.find((o) => o.correct)!.id };
    case 'multiple_choice':
      return { type: 'multiple_choice', optionIds: content.options.filter((o) => o.correct).map((o) => o.id) };
    case 'true_false':
      return { type: 'true_false', answer: content.answer };
    case 'short_text':
      return { type: 'short_text', text: content.acceptedAnswers[0]! };
    case 'ordering':
      return { type: 'ordering', itemIds: content.items.map((item) => item.id) };
  }
}
