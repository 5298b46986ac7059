/**
 * Quiz attempts under a crowd, e.g. a provincial contest opening at 8:00.
 * 1. A burst of attempt starts: 200 trainees each start 15 quizzes (3,000 starts) as fast as the answers
 *    come back; each start locks, counts, draws 20 of 40 questions, shuffles, snapshots them. Aim: all in
 *    under 60 s with no error.
 * 2. Submissions of 20-question attempts by 200 concurrent trainees (3,000 in all): Sen authenticates,
 *    checks CSRF, validates the answers, grades on the server, stores the grades and answers, and builds the
 *    review; the baseline is a bare Fastify route running the same transaction through pg (lock the attempt,
 *    read its questions, grade with the same function, store per-question grades and the result), in the
 *    same run, on attempts of its own.
 * The Sen API runs as built in its own process; the baseline in this one. Loopback only.
 */
import type { AttemptView, QuestionAnswer } from '@sen/contracts';
import Fastify from 'fastify';
import { Pool } from 'pg';
// The baseline grades with the very function the API uses, so only the stack around it differs.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { gradeAttempt } from '../../apps/api/src/features/attempts/grade-attempt';
// eslint-disable-next-line @nx/enforce-module-boundaries
import type { AttemptQuestion } from '../../apps/api/src/features/attempts/attempt-view';
import { signIn, startSen } from './sen-server';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const QUIZZES_PER_CLIENT = Number(process.env.BENCH_QUIZZES ?? 15);
const QUESTIONS = 20;

interface Trainee {
  personId: string;
  cookie: string;
  csrf: string;
}

interface Stats {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Each client sends its own `perClient` requests one after another; all clients at once. */
async function closedLoop(
  clients: number,
  perClient: number,
  send: (client: number, k: number) => Promise<boolean>,
): Promise<Stats> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let k = 0; k < perClient; k += 1) {
        const t0 = performance.now();
        if (!(await send(client, k))) errors += 1;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    errors,
  };
}

/** Eight questions of each type, in two categories. */
function bankQuestions(): { type: string; content: object; category: string }[] {
  const id = () => crypto.randomUUID();
  return Array.from({ length: 8 }).flatMap((_, i) => {
    const category = i % 2 === 0 ? 'Một' : 'Hai';
    const options = () =>
      [0, 1, 2, 3].map((k) => ({ id: id(), text: `<p>Lựa chọn ${k}</p>`, correct: k === 0, feedback: null }));
    return [
      { type: 'single_choice', category, content: { type: 'single_choice', options: options() } },
      {
        type: 'multiple_choice',
        category,
        content: {
          type: 'multiple_choice',
          partialCredit: true,
          options: options().map((o, k) => ({ ...o, correct: k < 2 })),
        },
      },
      {
        type: 'true_false',
        category,
        content: { type: 'true_false', answer: true, trueFeedback: null, falseFeedback: null },
      },
      {
        type: 'short_text',
        category,
        content: { type: 'short_text', acceptedAnswers: ['Hà Nội', 'Thủ đô Hà Nội'], diacriticsInsensitive: false },
      },
      {
        type: 'ordering',
        category,
        content: { type: 'ordering', items: [0, 1, 2, 3].map((k) => ({ id: id(), text: `Bước ${k}` })) },
      },
    ];
  });
}

/** A plausible answer to each question she was shown. */
function answersFor(attempt: AttemptView): Record<string, QuestionAnswer> {
  return Object.fromEntries(
    attempt.questions.map(({ question: q }): [string, QuestionAnswer] => {
      const ids = (q.options ?? []).map((o) => o.id);
      switch (q.type) {
        case 'single_choice':
          return [q.id, { type: q.type, optionId: ids[0]! }];
        case 'multiple_choice':
          return [q.id, { type: q.type, optionIds: ids.slice(0, 2) }];
        case 'true_false':
          return [q.id, { type: q.type, answer: true }];
        case 'short_text':
          return [q.id, { type: q.type, text: 'hà nội' }];
        case 'ordering':
          return [q.id, { type: q.type, itemIds: ids }];
      }
    }),
  );
}

/** Contests open to the whole province drawing 20 of the bank's 40 questions; `count` of them. */
async function contests(pool: Pool, count: number): Promise<string[]> {
  const { rows: course } = await pool.query<{ id: string; trainer: string; province: string }>(
    `SELECT c.id, (SELECT id FROM users WHERE email = 'trainer@example.org') AS trainer,
            (SELECT id FROM units WHERE parent_id IS NULL ORDER BY path LIMIT 1) AS province
       FROM courses c ORDER BY c.created_at LIMIT 1`,
  );
  const { id: courseId, trainer, province } = course[0]!;
  const { rows: bank } = await pool.query<{ id: string }>(
    `INSERT INTO question_banks (course_id, name, categories, created_by) VALUES ($1, 'Bench', '{Một,Hai}', $2) RETURNING id`,
    [courseId, trainer],
  );
  const questions = bankQuestions();
  await pool.query(
    `INSERT INTO questions (bank_id, type, stem_html, stem_search, points, category, content, created_by)
     SELECT $1, q.type, '<p>Câu hỏi thi</p>', 'cau hoi thi', 1, q.category, q.content, $2
       FROM unnest($3::text[], $4::text[], $5::jsonb[]) AS q(type, category, content)`,
    [
      bank[0]!.id,
      trainer,
      questions.map((q) => q.type),
      questions.map((q) => q.category),
      questions.map((q) => JSON.stringify(q.content)),
    ],
  );
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO quizzes (kind, course_id, title, bank_id, draw, pass_mark, max_attempts, time_limit_seconds, opens_at,
                          closes_at, review, unit_ids, created_by)
     SELECT 'contest', $1, 'Hội thi ' || n, $2, '[{"kind":"random","category":"Một","count":10},{"kind":"random","category":"Hai","count":10}]',
            50, 1, 3600, now() - interval '1 hour', now() + interval '1 day', 'answers', ARRAY[$3::uuid], $4
       FROM generate_series(1, $5) AS n RETURNING id`,
    [courseId, bank[0]!.id, province, trainer, count],
  );
  return rows.map((r) => r.id);
}

/** Gives members of the province an account and a session, as if each had signed in on her phone. */
async function trainees(pool: Pool, url: string): Promise<Trainee[]> {
  const { rows } = await pool.query<{ personId: string }>(
    `SELECT m.person_id AS "personId" FROM memberships m
      WHERE m.valid_to IS NULL AND NOT EXISTS (SELECT 1 FROM users u WHERE u.person_id = m.person_id)
      ORDER BY m.person_id LIMIT $1`,
    [CLIENTS],
  );
  await pool.query(
    `INSERT INTO users (person_id, email, password_hash)
     SELECT p, 'quiz.' || p || '@example.org', (SELECT password_hash FROM users WHERE email = 'trainee@example.org')
       FROM unnest($1::uuid[]) AS p`,
    [rows.map((r) => r.personId)],
  );
  const result: Trainee[] = [];
  for (const row of rows) {
    result.push({ personId: row.personId, ...(await signIn(url, `quiz.${row.personId}@example.org`)) });
  }
  return result;
}

function line(name: string, r: Stats): string {
  return `${name.padEnd(24)} ${r.requests} in ${r.seconds.toFixed(1).padStart(5)} s  ${r.perSecond.toFixed(0).padStart(5)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(7)} ms   errors ${r.errors}`;
}

async function main(): Promise<void> {
  const sen = await startSen('quiz', Number(process.env.BENCH_PORT ?? 3198));
  const pool = new Pool({ connectionString: sen.databaseUrl, max: 10 });
  const bare = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  try {
    const clients = await trainees(pool, sen.url);
    const quizIds = await contests(pool, QUIZZES_PER_CLIENT * 2);
    const senQuizzes = quizIds.slice(0, QUIZZES_PER_CLIENT);
    const bareQuizzes = quizIds.slice(QUIZZES_PER_CLIENT);
    const post = async (client: Trainee, path: string, body: unknown): Promise<Response> =>
      fetch(`${sen.url}/api${path}`, {
        method: 'POST',
        headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    // 1. The burst of starts; the second one makes the baseline's attempts (same work, not reported twice).
    const attempts: AttemptView[][] = clients.map(() => []);
    const startAll = (quizzes: string[], into: AttemptView[][]) =>
      closedLoop(clients.length, quizzes.length, async (c, k) => {
        const response = await post(clients[c]!, `/v1/me/quizzes/${quizzes[k]}/attempts`, {});
        if (response.status !== 200) return false;
        into[c]!.push((await response.json()) as AttemptView);
        return true;
      });
    const starts = await startAll(senQuizzes, attempts);
    const bareAttempts: AttemptView[][] = clients.map(() => []);
    await startAll(bareQuizzes, bareAttempts);

    // 2. Submissions: the baseline's route runs the same transaction without the framework around it.
    bare.post<{ Params: { id: string }; Body: { personId: string; answers: Record<string, QuestionAnswer> } }>(
      '/attempts/:id/submit',
      async (req, reply) => {
        const db = await pool.connect();
        try {
          await db.query('BEGIN');
          const { rows } = await db.query<{ status: string; passMark: number }>(
            `SELECT a.status, q.pass_mark AS "passMark" FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id
              WHERE a.id = $1 AND a.person_id = $2 FOR UPDATE OF a`,
            [req.params.id, req.body.personId],
          );
          if (!rows[0] || rows[0].status !== 'in_progress') {
            await db.query('ROLLBACK');
            return reply.code(409).send({});
          }
          const questions = await db.query<AttemptQuestion>(
            `SELECT position::int, question_id AS "questionId", points, content FROM quiz_attempt_questions
              WHERE attempt_id = $1 ORDER BY position`,
            [req.params.id],
          );
          const grade = gradeAttempt(questions.rows, req.body.answers, rows[0].passMark);
          await db.query(
            `UPDATE quiz_attempt_questions aq SET score = g.score, outcome = g.outcome
               FROM unnest($2::int[], $3::numeric[], $4::text[]) AS g(position, score, outcome)
              WHERE aq.attempt_id = $1 AND aq.position = g.position`,
            [
              req.params.id,
              grade.questions.map((g) => g.position),
              grade.questions.map((g) => g.score),
              grade.questions.map((g) => g.outcome),
            ],
          );
          await db.query(
            `UPDATE quiz_attempts SET status = 'submitted', submitted_at = now(), graded_as_of = now(), answers = $2,
                    score = $3, max_score = $4, percent = $5, passed = $6, last_request_id = 'bare'
              WHERE id = $1`,
            [req.params.id, JSON.stringify(req.body.answers), grade.score, grade.maxScore, grade.percent, grade.passed],
          );
          await db.query('COMMIT');
          return { score: grade.score, percent: grade.percent, passed: grade.passed };
        } catch (error) {
          await db.query('ROLLBACK');
          throw error;
        } finally {
          db.release();
        }
      },
    );
    const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
    const submitBare = (c: number, k: number) => {
      const attempt = bareAttempts[c]![k]!;
      return fetch(`${bareUrl}/attempts/${attempt.id}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ personId: clients[c]!.personId, answers: answersFor(attempt) }),
      }).then(async (r) => (await r.arrayBuffer(), r.status === 200));
    };
    const submitSen = (c: number, k: number) => {
      const attempt = attempts[c]![k]!;
      return post(clients[c]!, `/v1/me/attempts/${attempt.id}/submit`, {
        answers: answersFor(attempt),
        revision: 1,
      }).then(async (r) => (await r.arrayBuffer(), r.status === 200));
    };
    const perClient = QUIZZES_PER_CLIENT;
    // Half the attempts each way, alternating, so neither side always runs on a warmer database.
    const half = Math.floor(perClient / 2);
    const bare1 = await closedLoop(clients.length, half, (c, k) => submitBare(c, k));
    const sen1 = await closedLoop(clients.length, half, (c, k) => submitSen(c, k));
    const bare2 = await closedLoop(clients.length, perClient - half, (c, k) => submitBare(c, half + k));
    const sen2 = await closedLoop(clients.length, perClient - half, (c, k) => submitSen(c, half + k));
    const merge = (a: Stats, b: Stats): Stats => ({
      requests: a.requests + b.requests,
      seconds: a.seconds + b.seconds,
      perSecond: (a.requests + b.requests) / (a.seconds + b.seconds),
      p50: Math.max(a.p50, b.p50),
      p99: Math.max(a.p99, b.p99),
      errors: a.errors + b.errors,
    });
    const bareSubmit = merge(bare1, bare2);
    const senSubmit = merge(sen1, sen2);

    const { rows: check } = await pool.query<{ submitted: number; perPerson: number }>(
      `SELECT count(*) FILTER (WHERE status = 'submitted')::int AS submitted,
              max(n)::int AS "perPerson"
         FROM quiz_attempts a, LATERAL (SELECT count(*) AS n FROM quiz_attempts b WHERE b.quiz_id = a.quiz_id AND b.person_id = a.person_id) x
        WHERE a.quiz_id = ANY($1)`,
      [quizIds],
    );

    console.log(`\nQuiz attempts: ${clients.length} concurrent trainees, ${QUESTIONS} questions drawn per attempt`);
    console.log(line('starts (Sen API)', starts));
    console.log(
      `  ${starts.requests} starts in ${starts.seconds.toFixed(1)} s, ${starts.errors} errors (aim: under 60 s, none)`,
    );
    console.log('Submissions, graded and stored (as fast as each answer comes back, p50/p99 the worse half):');
    console.log(line('bare Fastify + pg', bareSubmit));
    console.log(line('Sen API (full stack)', senSubmit));
    console.log(
      `  stored: ${check[0]!.submitted} submitted attempts, at most ${check[0]!.perPerson} per person and quiz`,
    );
    console.log(
      `ratio: Sen submissions ${(senSubmit.perSecond / bareSubmit.perSecond).toFixed(2)}× the baseline's throughput; ` +
        `p99 ${senSubmit.p99.toFixed(0)} ms vs ${bareSubmit.p99.toFixed(0)} ms`,
    );
    if (starts.errors + senSubmit.errors + bareSubmit.errors > 0) process.exitCode = 1;
  } finally {
    await bare.close();
    await pool.end();
    sen.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
