import { QuizSettingsBody } from '@sen/contracts';
import type { EntityManager } from 'typeorm';
import {
  DEMO_ACCOUNTS,
  DEMO_QUIZ_STEP_KEY,
  demoCourseId,
  demoLessonId,
  demoQuestionBankId,
  demoQuizId,
} from './demo-ids';
import { SEED_COURSES, type SeedCourse, type SeedLesson, type SeedModule } from './programmes';

/** The seeded programmes have one version; their quiz steps belong to it. */
const VERSION_NO = 1;

/** Each module's quiz draws this many of its own questions (its bank category holds five). */
export const QUIZ_QUESTIONS_PER_MODULE = 5;

/**
 * The rules of every seeded quiz step: 80 % to pass, two attempts of 15 minutes each, and the key shown
 * once her attempts are over (the server decides when that is).
 */
export const DEMO_QUIZ_RULES = {
  shuffleQuestions: true,
  shuffleOptions: true,
  passMark: 80,
  maxAttempts: 2,
  timeLimitMinutes: 15,
  opensAt: null,
  closesAt: null,
  review: 'correct_answers',
} as const satisfies Omit<QuizSettingsBody, 'bankId' | 'draw'>;

/** A module's closing quiz step as a lesson: it completes when the quiz is passed. */
export type QuizStepLesson = Omit<SeedLesson, 'completion'> & { completion: 'quiz_passed' };

export function quizStepLesson(mod: SeedModule): QuizStepLesson {
  const r = DEMO_QUIZ_RULES;
  return {
    key: DEMO_QUIZ_STEP_KEY,
    titleVi: `Kiểm tra: ${mod.titleVi}`,
    titleEn: `Quiz: ${mod.titleEn}`,
    estimatedMinutes: r.timeLimitMinutes,
    completion: 'quiz_passed',
    html:
      `<p>Bài kiểm tra gồm ${QUIZ_QUESTIONS_PER_MODULE} câu hỏi về nội dung của chương, làm trong ` +
      `${r.timeLimitMinutes} phút. Bạn cần đạt ít nhất ${r.passMark}% số điểm để hoàn thành chương và có ` +
      `${r.maxAttempts} lần làm bài.</p><p>Sau mỗi lần nộp, bạn xem được điểm và các câu trả lời của mình; ` +
      `đáp án đúng chỉ hiện khi bạn đã dùng hết số lần làm bài.</p>`,
  };
}

export interface QuizStepRow {
  id: string;
  courseId: string;
  lessonId: string;
  rules: QuizSettingsBody;
}

/** One quiz per module, drawing from the course's bank the questions of the module's category. */
export function quizStepRows(courses: readonly SeedCourse[] = SEED_COURSES): QuizStepRow[] {
  return courses.flatMap((course) =>
    course.modules.map((mod) => ({
      id: demoQuizId(course.key, VERSION_NO, mod.key),
      courseId: demoCourseId(course.key),
      lessonId: demoLessonId(course.key, VERSION_NO, mod.key, DEMO_QUIZ_STEP_KEY),
      // Parsed as an author's request would be, so the seed cannot store rules the API would refuse.
      rules: QuizSettingsBody.parse({
        ...DEMO_QUIZ_RULES,
        bankId: demoQuestionBankId(course.key),
        draw: [{ kind: 'random', category: mod.titleVi, count: QUIZ_QUESTIONS_PER_MODULE }],
      }),
    })),
  );
}

/**
 * Writes the rules of every module's quiz step, set by the demo trainer. One statement; the caller owns
 * the transaction and runs this once, after the courses (their quiz-step lessons) and the banks exist.
 */
export async function seedQuizSteps(manager: EntityManager): Promise<number> {
  const rows = quizStepRows();
  await manager.query(
    `INSERT INTO quizzes (id, kind, course_id, lesson_id, bank_id, draw, shuffle_questions, shuffle_options, pass_mark,
                          max_attempts, time_limit_seconds, opens_at, closes_at, review, created_by)
     SELECT q.id, 'step', q.course_id, q.lesson_id, q.bank_id, q.draw, q.shuffle_questions, q.shuffle_options,
            q.pass_mark, q.max_attempts, q.time_limit_minutes * 60, q.opens_at, q.closes_at, q.review, $14
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::jsonb[], $6::boolean[], $7::boolean[], $8::int[],
                   $9::int[], $10::int[], $11::timestamptz[], $12::timestamptz[], $13::text[])
            AS q(id, course_id, lesson_id, bank_id, draw, shuffle_questions, shuffle_options, pass_mark, max_attempts,
                 time_limit_minutes, opens_at, closes_at, review)`,
    [
      rows.map((q) => q.id),
      rows.map((q) => q.courseId),
      rows.map((q) => q.lessonId),
      rows.map((q) => q.rules.bankId),
      rows.map((q) => JSON.stringify(q.rules.draw)),
      rows.map((q) => q.rules.shuffleQuestions),
      rows.map((q) => q.rules.shuffleOptions),
      rows.map((q) => q.rules.passMark),
      rows.map((q) => q.rules.maxAttempts),
      rows.map((q) => q.rules.timeLimitMinutes),
      rows.map((q) => q.rules.opensAt),
      rows.map((q) => q.rules.closesAt),
      rows.map((q) => q.rules.review),
      DEMO_ACCOUNTS.trainer.userId,
    ],
  );
  return rows.length;
}
