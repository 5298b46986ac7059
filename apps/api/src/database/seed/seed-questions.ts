import { QuestionBody } from '@sen/contracts';
import type { EntityManager } from 'typeorm';
import { prepareQuestion } from '../../features/quizzes/question-input';
import type { QuestionFields } from '../../features/quizzes/quizzes.repository';
import { DEMO_ACCOUNTS, demoCourseId, demoQuestionBankId, demoQuestionId, demoQuestionOptionId } from './demo-ids';
import { SEED_COURSES, type SeedCourse } from './programmes';
import { SEED_QUESTION_BANKS, type SeedQuestion, type SeedQuestionBank } from './programmes/questions';

export interface QuestionBankRows {
  banks: { id: string; courseId: string; name: string; categories: string[] }[];
  questions: ({ id: string; bankId: string } & QuestionFields)[];
}

/** Gives every option or item a stable id, so a re-created demo keeps the same answer keys. */
function withStableIds(question: SeedQuestion, questionId: string): SeedQuestion {
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return {
        ...question,
        options: question.options.map((o, i) => ({ ...o, id: demoQuestionOptionId(questionId, i) })),
      };
    case 'ordering':
      return {
        ...question,
        items: question.items.map((item, i) => ({ ...item, id: demoQuestionOptionId(questionId, i) })),
      };
    case 'true_false':
    case 'short_text':
      return question;
  }
}

/**
 * Maps the question data onto rows the way an author's request would be stored: parsed with the
 * contract's schema and prepared by the quizzes feature (sanitising, NFC answers, category check),
 * with a bank per course whose categories are the course's module titles.
 */
export function questionBankRows(
  banks: readonly SeedQuestionBank[] = SEED_QUESTION_BANKS,
  courses: readonly SeedCourse[] = SEED_COURSES,
): QuestionBankRows {
  const rows: QuestionBankRows = { banks: [], questions: [] };
  for (const bank of banks) {
    const course = courses.find((c) => c.key === bank.courseKey);
    if (!course) throw new Error(`Question bank for unknown course ${bank.courseKey}`);
    const bankId = demoQuestionBankId(course.key);
    const categories = course.modules.map((m) => m.titleVi);
    rows.banks.push({ id: bankId, courseId: demoCourseId(course.key), name: bank.name, categories });
    for (const group of bank.modules) {
      const mod = course.modules.find((m) => m.key === group.moduleKey);
      if (!mod) throw new Error(`Questions for unknown module ${course.key}/${group.moduleKey}`);
      for (const question of group.questions) {
        const id = demoQuestionId(course.key, mod.key, question.key);
        const { key: _key, ...input } = withStableIds(question, id);
        const body = QuestionBody.parse({ ...input, category: mod.titleVi });
        rows.questions.push({ id, bankId, ...prepareQuestion(body, categories).fields });
      }
    }
  }
  return rows;
}

/**
 * Writes one question bank per programme, authored by the demo trainer. Quizzes drawing on them come
 * with their own feature. Two statements; the caller owns the transaction and runs this once, after
 * the courses exist.
 */
export async function seedQuestionBanks(manager: EntityManager): Promise<{ banks: number; questions: number }> {
  const { banks, questions } = questionBankRows();
  const trainer = DEMO_ACCOUNTS.trainer.userId;
  await manager.query(
    `INSERT INTO question_banks (id, course_id, name, categories, created_by)
     SELECT b.id, b.course_id, b.name, ARRAY(SELECT jsonb_array_elements_text(b.categories)), $5
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[]) AS b(id, course_id, name, categories)`,
    [
      banks.map((b) => b.id),
      banks.map((b) => b.courseId),
      banks.map((b) => b.name),
      banks.map((b) => JSON.stringify(b.categories)),
      trainer,
    ],
  );
  // created_at grows with the position so a bank lists its questions in the order they are written.
  await manager.query(
    `INSERT INTO questions (id, bank_id, type, stem_html, stem_search, points, feedback_html, category, tags, content,
                            created_by, created_at, updated_at)
     SELECT q.id, q.bank_id, q.content->>'type', q.stem_html, q.stem_search, q.points, q.feedback_html, q.category,
            ARRAY(SELECT jsonb_array_elements_text(q.tags)), q.content, $10,
            now() + q.n * interval '1 millisecond', now() + q.n * interval '1 millisecond'
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::jsonb[],
                   $9::jsonb[]) WITH ORDINALITY
            AS q(id, bank_id, stem_html, stem_search, points, feedback_html, category, tags, content, n)`,
    [
      questions.map((q) => q.id),
      questions.map((q) => q.bankId),
      questions.map((q) => q.stemHtml),
      questions.map((q) => q.stemSearch),
      questions.map((q) => q.points),
      questions.map((q) => q.feedbackHtml),
      questions.map((q) => q.category),
      questions.map((q) => JSON.stringify(q.tags)),
      questions.map((q) => JSON.stringify(q.content)),
      trainer,
    ],
  );
  return { banks: banks.length, questions: questions.length };
}
