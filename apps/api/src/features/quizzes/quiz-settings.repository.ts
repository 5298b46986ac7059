import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { drawSize, type QuizSettingsBody, type QuizSettingsView } from '@sen/contracts';
import { DataSource, type EntityManager } from 'typeorm';

type QuizSettingsRow = Omit<QuizSettingsView, 'questionCount' | 'updatedAt' | 'opensAt' | 'closesAt'> & {
  opensAt: Date | null;
  closesAt: Date | null;
  updatedAt: Date;
};

const SETTINGS_SELECT = `
  SELECT id, kind, course_id AS "courseId", lesson_id AS "lessonId", bank_id AS "bankId", draw,
         shuffle_questions AS "shuffleQuestions", shuffle_options AS "shuffleOptions", pass_mark AS "passMark",
         max_attempts AS "maxAttempts", time_limit_seconds / 60 AS "timeLimitMinutes", opens_at AS "opensAt",
         closes_at AS "closesAt", review, updated_at AS "updatedAt"
    FROM quizzes`;

@Injectable()
export class QuizSettingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByLesson(lessonId: string, manager: EntityManager = this.db.manager): Promise<QuizSettingsView | null> {
    const rows: QuizSettingsRow[] = await manager.query(`${SETTINGS_SELECT} WHERE lesson_id = $1`, [lessonId]);
    return rows[0] ? toView(rows[0]) : null;
  }

  /** Sets a lesson's quiz rules and makes the lesson complete by passing it. */
  async upsertStep(
    manager: EntityManager,
    step: { lessonId: string; courseId: string; createdBy: string; rules: QuizSettingsBody },
  ): Promise<void> {
    const r = step.rules;
    await manager.query(
      `INSERT INTO quizzes (kind, course_id, lesson_id, bank_id, draw, shuffle_questions, shuffle_options, pass_mark,
                            max_attempts, time_limit_seconds, opens_at, closes_at, review, created_by)
       VALUES ('step', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (lesson_id) DO UPDATE SET
         bank_id = EXCLUDED.bank_id, draw = EXCLUDED.draw, shuffle_questions = EXCLUDED.shuffle_questions,
         shuffle_options = EXCLUDED.shuffle_options, pass_mark = EXCLUDED.pass_mark,
         max_attempts = EXCLUDED.max_attempts, time_limit_seconds = EXCLUDED.time_limit_seconds,
         opens_at = EXCLUDED.opens_at, closes_at = EXCLUDED.closes_at, review = EXCLUDED.review, updated_at = now()`,
      [
        step.courseId,
        step.lessonId,
        r.bankId,
        JSON.stringify(r.draw),
        r.shuffleQuestions,
        r.shuffleOptions,
        r.passMark,
        r.maxAttempts,
        r.timeLimitMinutes === null ? null : r.timeLimitMinutes * 60,
        r.opensAt,
        r.closesAt,
        r.review,
        step.createdBy,
      ],
    );
    await manager.query(`UPDATE lessons SET completion = 'quiz_passed' WHERE id = $1`, [step.lessonId]);
  }
}

function toView(row: QuizSettingsRow): QuizSettingsView {
  return {
    ...row,
    opensAt: row.opensAt?.toISOString() ?? null,
    closesAt: row.closesAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    questionCount: drawSize(row.draw),
  };
}
