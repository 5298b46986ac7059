import { foldForSearch } from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DataSource } from 'typeorm';

/** Direct inserts for test data, so a test's setup does not depend on the routes under test. */
export class Fixtures {
  private counter = 0;

  constructor(private readonly db: DataSource) {}

  async levelId(code: string): Promise<string> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM unit_levels WHERE code = $1`, [code]);
    if (!rows[0]) throw new Error(`no level ${code}`);
    return rows[0].id;
  }

  /** The demo unit whose folded name contains `text` at this level. */
  async unitNamed(text: string, level: string): Promise<{ id: string; path: string }> {
    const rows: { id: string; path: string }[] = await this.db.query(
      `SELECT u.id, u.path FROM units u JOIN unit_levels l ON l.id = u.level_id
        WHERE l.code = $1 AND u.name_search LIKE $2 ORDER BY u.path LIMIT 1`,
      [level, `%${foldForSearch(text)}%`],
    );
    if (!rows[0]) throw new Error(`no ${level} named like ${text}`);
    return rows[0];
  }

  async unit(parentId: string | null, level: string, name = `Đơn vị thử ${++this.counter}`): Promise<string> {
    const id = randomUUID();
    const parent: { path: string; depth: number }[] = parentId
      ? await this.db.query(`SELECT path, depth FROM units WHERE id = $1`, [parentId])
      : [];
    const path = `${parent[0]?.path ?? '/'}${id}/`;
    await this.db.query(
      `INSERT INTO units (id, parent_id, level_id, name, name_search, path, depth) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, parentId, await this.levelId(level), name, foldForSearch(name), path, parent[0] ? parent[0].depth + 1 : 0],
    );
    return id;
  }

  async person(unitId: string, fullName = `Nguyễn Thị Thử ${++this.counter}`): Promise<string> {
    const id = randomUUID();
    await this.db.query(`INSERT INTO people (id, full_name, name_search, gender) VALUES ($1, $2, $3, 'female')`, [
      id,
      fullName,
      foldForSearch(fullName),
    ]);
    await this.db.query(`INSERT INTO memberships (person_id, unit_id) VALUES ($1, $2)`, [id, unitId]);
    return id;
  }

  /** An account with the demo password and one grant. */
  async user(unitId: string, role = 'trainee'): Promise<{ id: string; email: string; personId: string }> {
    const personId = await this.person(unitId);
    const email = `fixture.${randomUUID().slice(0, 12)}@example.org`;
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO users (person_id, email, password_hash)
       SELECT $1, $2, password_hash FROM users WHERE email = 'admin@example.org' RETURNING id`,
      [personId, email],
    );
    const id = rows[0]!.id;
    await this.db.query(`INSERT INTO role_grants (user_id, role, unit_id) VALUES ($1, $2, $3)`, [id, role, unitId]);
    return { id, email, personId };
  }

  async assignment(unitId: string, kind = 'executive_member', role = 'holder'): Promise<string> {
    const personId = await this.person(unitId);
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO position_assignments (unit_id, kind, role, person_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [unitId, kind, role, personId],
    );
    return rows[0]!.id;
  }

  /** A course owned by the unit with one version (a draft unless `published`) holding one module with one lesson. */
  async course(
    ownerUnitId: string,
    options: { published?: boolean; open?: boolean } = {},
  ): Promise<{ courseId: string; versionId: string; moduleId: string; lessonId: string }> {
    const courseId = randomUUID();
    const versionId = randomUUID();
    const moduleId = randomUUID();
    const lessonId = randomUUID();
    const title = `Khóa học thử ${++this.counter}`;
    await this.db.query(
      `INSERT INTO courses (id, owner_unit_id, created_by, open_enrolment) SELECT $1, $2, id, $3 FROM users WHERE email = 'trainer@example.org'`,
      [courseId, ownerUnitId, options.open ?? false],
    );
    await this.db.query(
      `INSERT INTO course_versions (id, course_id, version_no, status, title, title_search, language, category, published_at)
       VALUES ($1, $2, 1, $5, $3, $4, 'vi', 'leadership', CASE WHEN $5 = 'published' THEN now() END)`,
      [versionId, courseId, title, foldForSearch(title), options.published ? 'published' : 'draft'],
    );
    await this.db.query(
      `INSERT INTO course_modules (id, version_id, module_key, position, title) VALUES ($1, $2, gen_random_uuid(), 1, 'Chương 1')`,
      [moduleId, versionId],
    );
    await this.db.query(
      `INSERT INTO lessons (id, module_id, lesson_key, position, title, body_html, completion) VALUES ($1, $2, gen_random_uuid(), 1, 'Bài 1', '<p>Nội dung</p>', 'read_to_end')`,
      [lessonId, moduleId],
    );
    return { courseId, versionId, moduleId, lessonId };
  }

  async enrolment(personId: string, course: { courseId: string; versionId: string }): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO enrolments (person_id, course_id, version_id, source) VALUES ($1, $2, $3, 'manual') RETURNING id`,
      [personId, course.courseId, course.versionId],
    );
    return rows[0]!.id;
  }

  async requirement(courseId: string, unitId: string): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO course_requirements (course_id, unit_id, positions, created_by)
       SELECT $1, $2, ARRAY['president'], id FROM users WHERE email = 'trainer@example.org' RETURNING id`,
      [courseId, unitId],
    );
    return rows[0]!.id;
  }

  /** A question bank of the course with the categories given. */
  async questionBank(courseId: string, categories: string[] = []): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO question_banks (course_id, name, categories, created_by)
       SELECT $1, $2, $3, id FROM users WHERE email = 'trainer@example.org' RETURNING id`,
      [courseId, `Ngân hàng thử ${++this.counter}`, categories],
    );
    return rows[0]!.id;
  }

  /** A true/false question in the bank (true, 1 point unless told). */
  async question(bankId: string, options: { points?: number; answer?: boolean; stem?: string } = {}): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO questions (bank_id, type, stem_html, stem_search, points, content, created_by)
       SELECT $1, 'true_false', $3, 'cau hoi thu', $4, $2, id FROM users WHERE email = 'trainer@example.org'
       RETURNING id`,
      [
        bankId,
        JSON.stringify({ type: 'true_false', answer: options.answer ?? true, trueFeedback: null, falseFeedback: null }),
        options.stem ?? '<p>Câu hỏi thử</p>',
        options.points ?? 1,
      ],
    );
    return rows[0]!.id;
  }

  /** A course (published or not) whose lesson is a quiz step drawing one true/false question. */
  async quizStep(
    ownerUnitId: string,
    options: { published?: boolean } = {},
  ): Promise<{ courseId: string; versionId: string; lessonId: string; bankId: string; quizId: string }> {
    const course = await this.course(ownerUnitId, options);
    const bankId = await this.questionBank(course.courseId);
    await this.question(bankId);
    await this.db.query(`UPDATE lessons SET completion = 'quiz_passed' WHERE id = $1`, [course.lessonId]);
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO quizzes (kind, course_id, lesson_id, bank_id, draw, pass_mark, max_attempts, review, created_by)
       SELECT 'step', $1, $2, $3, '[{"kind":"random","category":null,"count":1}]', 80, 3, 'answers', id
         FROM users WHERE email = 'trainer@example.org' RETURNING id`,
      [course.courseId, course.lessonId, bankId],
    );
    return { ...course, bankId, quizId: rows[0]!.id };
  }

  /**
   * An attempt in progress of the person at a quiz step (her next attempt number), drawing the bank's
   * questions, or only those given, in that order.
   */
  async attempt(
    quiz: { quizId: string; bankId: string },
    personId: string,
    enrolmentId: string,
    questionIds?: string[],
  ): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO quiz_attempts (quiz_id, person_id, enrolment_id, unit_id, attempt_no, last_request_id)
       SELECT $1, $2, $3, m.unit_id,
              (SELECT count(*) + 1 FROM quiz_attempts a WHERE a.quiz_id = $1 AND a.person_id = $2), 'fixture'
         FROM memberships m WHERE m.person_id = $2 AND m.valid_to IS NULL
       RETURNING id`,
      [quiz.quizId, personId, enrolmentId],
    );
    const id = rows[0]!.id;
    await this.db.query(
      `INSERT INTO quiz_attempt_questions (attempt_id, position, question_id, stem_html, points, content)
       SELECT $1, row_number() OVER (ORDER BY array_position($3::uuid[], q.id), q.id), q.id, q.stem_html, q.points, q.content
         FROM questions q WHERE q.bank_id = $2 AND ($3::uuid[] IS NULL OR q.id = ANY($3::uuid[]))`,
      [id, quiz.bankId, questionIds ?? null],
    );
    return id;
  }

  /**
   * Submits an attempt with the score given per question id (0 when absent) and no answers stored: the
   * total is their sum, and it passes by the quiz's mark.
   */
  async submitted(attemptId: string, scores: Record<string, number> = {}): Promise<void> {
    await this.db.query(
      `UPDATE quiz_attempt_questions SET score = COALESCE(($2::jsonb->>question_id::text)::numeric, 0),
              outcome = CASE COALESCE(($2::jsonb->>question_id::text)::numeric, 0) WHEN 0 THEN 'incorrect'
                             WHEN points THEN 'correct' ELSE 'partial' END
        WHERE attempt_id = $1`,
      [attemptId, JSON.stringify(scores)],
    );
    await this.db.query(
      `UPDATE quiz_attempts a SET status = 'submitted', submitted_at = now(), graded_as_of = now(),
              score = t.score, max_score = t.max_score, percent = t.percent,
              passed = t.score * 100 >= q.pass_mark * t.max_score
         FROM quizzes q,
              (SELECT sum(score) AS score, sum(points) AS max_score, round(100 * sum(score) / sum(points), 2) AS percent
                 FROM quiz_attempt_questions WHERE attempt_id = $1) t
        WHERE a.id = $1 AND q.id = a.quiz_id`,
      [attemptId],
    );
  }

  /**
   * A contest on a new course owned by the unit, drawing one question of a one-question bank, open to
   * `unitIds` (the owner unit by default); by default it opened an hour ago and closes in a day. Returns
   * the ids and the body that restates its settings (for updates).
   */
  async contest(
    ownerUnitId: string,
    options: { unitIds?: string[]; opensAt?: string; closesAt?: string; questions?: number } = {},
  ): Promise<{ quizId: string; courseId: string; bankId: string; body: Record<string, unknown> }> {
    const course = await this.course(ownerUnitId, { published: true });
    const bankId = await this.questionBank(course.courseId);
    for (let i = 0; i < (options.questions ?? 1); i += 1) await this.question(bankId);
    const body = {
      courseId: course.courseId,
      bankId,
      title: `Hội thi thử ${++this.counter}`,
      draw: [{ kind: 'random', category: null, count: options.questions ?? 1 }],
      shuffleQuestions: true,
      shuffleOptions: true,
      passMark: 50,
      maxAttempts: 1,
      timeLimitMinutes: 20,
      opensAt: options.opensAt ?? new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: options.closesAt ?? new Date(Date.now() + 86_400_000).toISOString(),
      review: 'score',
      unitIds: options.unitIds ?? [ownerUnitId],
    };
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO quizzes (kind, course_id, title, bank_id, draw, pass_mark, max_attempts, time_limit_seconds, opens_at,
                            closes_at, review, unit_ids, created_by)
       SELECT 'contest', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, id FROM users WHERE email = 'trainer@example.org'
       RETURNING id`,
      [
        body.courseId,
        body.title,
        bankId,
        JSON.stringify(body.draw),
        body.passMark,
        body.maxAttempts,
        body.timeLimitMinutes * 60,
        body.opensAt,
        body.closesAt,
        body.review,
        body.unitIds,
      ],
    );
    return { quizId: rows[0]!.id, courseId: course.courseId, bankId, body };
  }

  /**
   * An upload attributed to the unit, with its bytes written where the app's storage looks for them
   * (images get a fake 480-px copy); for routes that serve or attach files.
   */
  async upload(
    uploadDir: string,
    unitId: string,
    kind: 'image' | 'video' | 'document' = 'document',
    data: Buffer = Buffer.from('%PDF-1.4\n%%EOF\n'),
  ): Promise<string> {
    const id = randomUUID();
    const key = `${id.slice(0, 2)}/${id}`;
    const mime = { image: 'image/png', video: 'video/mp4', document: 'application/pdf' }[kind];
    const variants = kind === 'image' ? [{ width: 480, key: `${key}.w480.webp` }] : [];
    for (const k of [key, ...variants.map((v) => v.key)]) {
      await mkdir(dirname(join(uploadDir, k)), { recursive: true });
      await writeFile(join(uploadDir, k), data);
    }
    await this.db.query(
      `INSERT INTO uploads (id, unit_id, uploaded_by, kind, file_name, mime_type, size_bytes, storage_key, width, height, variants)
       SELECT $1, $2, id, $3, $4, $5, $6, $7, $8, $8, $9 FROM users WHERE email = 'trainer@example.org'`,
      [
        id,
        unitId,
        kind,
        `tệp ${kind}`,
        mime,
        data.length,
        key,
        kind === 'image' ? 960 : null,
        JSON.stringify(variants),
      ],
    );
    return id;
  }

  next(): number {
    return ++this.counter;
  }
}
