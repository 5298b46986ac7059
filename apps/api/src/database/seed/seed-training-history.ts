import type { EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_IDS } from './demo-ids';
import { createRng } from './prng';

/** When the province required its programmes (two weeks after they were published). */
export const REQUIREMENTS_SINCE = '2025-07-01T08:00:00+07:00';
const HISTORY_FROM = Date.parse('2025-08-01T08:00:00+07:00');
const DAY_MS = 86_400_000;

/**
 * How far each district has got, so the dashboard has leaders and laggards to show: Nam Định city and
 * Vụ Bản ahead, the coastal districts behind (invented figures, not the province's).
 */
const DISTRICT_SHARE: Record<string, number> = {
  [DEMO_IDS.namDinhCity]: 0.9,
  [DEMO_IDS.vuBan]: 0.84,
  [DEMO_IDS.yYen]: 0.62,
  [DEMO_IDS.nghiaHung]: 0.71,
  [DEMO_IDS.namTruc]: 0.77,
  [DEMO_IDS.trucNinh]: 0.55,
  [DEMO_IDS.xuanTruong]: 0.68,
  [DEMO_IDS.giaoThuy]: 0.47,
  [DEMO_IDS.haiHau]: 0.38,
};

interface Candidate {
  enrolmentId: string;
  personId: string;
  courseId: string;
  versionId: string;
  unitId: string;
  districtId: string | null;
  lessons: number;
}

interface Completion {
  enrolmentId: string;
  personId: string;
  courseId: string;
  versionId: string;
  at: string;
}

interface Attempt {
  quizId: string;
  personId: string;
  enrolmentId: string;
  unitId: string;
  submittedAt: string;
  passed: boolean;
}

/**
 * A year and a half of training before the demo begins: the province's required cadres (never the demo
 * accounts, whose own progress seed-learning writes) completed their programmes at each district's pace
 * since August 2025, later more than earlier, passing every module quiz; some who have not finished sat a
 * quiz and failed it. Written as the app's writers leave them — completed enrolments, their recorded
 * completions, submitted attempts — so the analytics triggers count them like any other. These are
 * completions recorded from the paper era: no certificates are issued for them.
 */
export async function seedTrainingHistory(manager: EntityManager, now = new Date()): Promise<number> {
  const rng = createRng(20251101);
  const demoPeople = Object.values(DEMO_ACCOUNTS).map((a) => a.personId);
  const candidates: Candidate[] = await manager.query(
    `SELECT e.id AS "enrolmentId", e.person_id AS "personId", e.course_id AS "courseId", e.version_id AS "versionId",
            m.unit_id AS "unitId", nullif(split_part(u.path, '/', 3), '')::uuid AS "districtId",
            (SELECT count(*) FROM course_modules cm JOIN lessons l ON l.module_id = cm.id
              WHERE cm.version_id = e.version_id)::int AS lessons
       FROM enrolments e
       JOIN memberships m ON m.person_id = e.person_id AND m.valid_to IS NULL
       JOIN units u ON u.id = m.unit_id
      WHERE e.source = 'requirement' AND e.ended_at IS NULL AND e.completed_at IS NULL
        AND e.person_id <> ALL ($1)
      ORDER BY e.id`,
    [demoPeople],
  );
  const steps: { versionId: string; quizId: string }[] = await manager.query(
    `SELECT cm.version_id AS "versionId", q.id AS "quizId"
       FROM quizzes q JOIN lessons l ON l.id = q.lesson_id JOIN course_modules cm ON cm.id = l.module_id
      ORDER BY cm.position, l.position`,
  );
  const stepsOf = (versionId: string) => steps.filter((s) => s.versionId === versionId).map((s) => s.quizId);

  const span = now.getTime() - DAY_MS - HISTORY_FROM;
  const completions: Completion[] = [];
  const attempts: Attempt[] = [];
  for (const c of candidates) {
    const share = (c.districtId && DISTRICT_SHARE[c.districtId]) || 0.6;
    // sqrt skews the dates towards now: the programmes gathered pace.
    const at = new Date(HISTORY_FROM + Math.sqrt(rng.next()) * span);
    if (rng.chance(share)) {
      completions.push({ ...c, at: at.toISOString() });
      for (const quizId of stepsOf(c.versionId)) {
        attempts.push({ ...c, quizId, submittedAt: new Date(at.getTime() - DAY_MS).toISOString(), passed: true });
      }
    } else if (rng.chance(0.25)) {
      const [first] = stepsOf(c.versionId);
      if (first) attempts.push({ ...c, quizId: first, submittedAt: at.toISOString(), passed: false });
    }
  }

  const lessonsOf = new Map(candidates.map((c) => [c.enrolmentId, c.lessons]));
  await manager.query(
    `UPDATE enrolments e SET started_at = c.at - interval '20 days', completed_at = c.at, completed_lessons = c.lessons
       FROM jsonb_to_recordset($1::jsonb) AS c("enrolmentId" uuid, at timestamptz, lessons int)
      WHERE e.id = c."enrolmentId"`,
    [JSON.stringify(completions.map((c) => ({ ...c, lessons: lessonsOf.get(c.enrolmentId) })))],
  );
  await manager.query(
    `INSERT INTO course_completions (enrolment_id, person_id, course_id, version_id, completed_at)
     SELECT c."enrolmentId", c."personId", c."courseId", c."versionId", c.at
       FROM jsonb_to_recordset($1::jsonb) AS c("enrolmentId" uuid, "personId" uuid, "courseId" uuid, "versionId" uuid, at timestamptz)`,
    [JSON.stringify(completions)],
  );
  await manager.query(
    `INSERT INTO quiz_attempts (quiz_id, person_id, enrolment_id, unit_id, attempt_no, status, started_at, saved_at,
                                submitted_at, graded_as_of, score, max_score, percent, passed, last_request_id)
     SELECT a."quizId", a."personId", a."enrolmentId", a."unitId", 1, 'submitted', a."submittedAt" - interval '12 minutes',
            a."submittedAt", a."submittedAt", a."submittedAt", CASE WHEN a.passed THEN 9 ELSE 3 END, 10,
            CASE WHEN a.passed THEN 90 ELSE 30 END, a.passed, 'seed'
       FROM jsonb_to_recordset($1::jsonb)
         AS a("quizId" uuid, "personId" uuid, "enrolmentId" uuid, "unitId" uuid, "submittedAt" timestamptz, passed boolean)`,
    [JSON.stringify(attempts)],
  );
  return completions.length;
}
