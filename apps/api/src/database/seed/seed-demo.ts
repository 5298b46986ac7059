import argon2 from 'argon2';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_PASSWORD, DEMO_PROVINCE_OPTIONS, type DemoAccount } from './demo-ids';
import { generateProvince, type GeneratedProvince, type LevelCode } from './generate-province';
import { insertProvince, type InsertedCounts } from './insert-province';
import { seedCertificateTemplates } from './seed-certificates';
import { seedContests } from './seed-contests';
import { seedCourses, type SeededCourseCounts } from './seed-courses';
import { seedLearning } from './seed-learning';
import { seedQuestionBanks } from './seed-questions';
import { seedQuizSteps } from './seed-quizzes';
import { seedTrainingHistory } from './seed-training-history';

export interface SeedDemoOptions {
  /** A precomputed hash for every demo account; tests pass a cheap one to skip argon2's cost. */
  passwordHash?: string;
}

export interface SeedDemoResult {
  created: boolean;
  summary: string;
}

/** Any fixed key serialises concurrent seeders (two `setup` runs at once) inside their transactions. */
const SEED_LOCK_KEY = 0x5e_de_40;

/**
 * Seeds the demo province once. The province's fixed id marks it as present, and everything is
 * written in one transaction, so a crash or a concurrent run never leaves a half-seeded database.
 */
export async function seedDemo(db: DataSource, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  return db.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [SEED_LOCK_KEY]);
    if (await provinceExists(manager)) return { created: false, summary: 'demo province already present' };

    const passwordHash = options.passwordHash ?? (await hashDemoPassword());
    const province = generateProvince(DEMO_PROVINCE_OPTIONS);
    const counts = await insertProvince(manager, province);
    await insertAccounts(manager, Object.values(DEMO_ACCOUNTS), passwordHash);
    const courses = await seedCourses(manager);
    const questions = await seedQuestionBanks(manager);
    const quizzes = await seedQuizSteps(manager);
    const templates = await seedCertificateTemplates(manager);
    const learning = await seedLearning(manager);
    const history = await seedTrainingHistory(manager);
    const contests = await seedContests(manager);
    const summary = summarise(province, counts, Object.values(DEMO_ACCOUNTS).length, courses);
    return {
      created: true,
      summary:
        `${summary}, ${questions.banks} question banks (${questions.questions} questions), ${quizzes} quiz steps, ${templates} certificate template, ` +
        `${learning.requirements} requirements with ${learning.enrolments} enrolments (${history} completed before the demo), ${contests} contest`,
    };
  });
}

/** The same parameters as the app's PasswordHasher, so demo hashes look like real ones. */
export function hashDemoPassword(): Promise<string> {
  return argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

async function provinceExists(manager: EntityManager): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM units WHERE id = $1`, [DEMO_IDS.province]);
  return rows.length > 0;
}

async function insertAccounts(
  manager: EntityManager,
  accounts: readonly DemoAccount[],
  passwordHash: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO users (id, person_id, email, password_hash, locale)
     SELECT id, person_id, email, $4, 'vi' FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS a(id, person_id, email)`,
    [accounts.map((a) => a.userId), accounts.map((a) => a.personId), accounts.map((a) => a.email), passwordHash],
  );
  await manager.query(
    `INSERT INTO role_grants (user_id, role, unit_id) SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[])`,
    [accounts.map((a) => a.userId), accounts.map((a) => a.role), accounts.map((a) => a.grantedOn)],
  );
}

function summarise(
  province: GeneratedProvince,
  counts: InsertedCounts,
  accounts: number,
  courses: SeededCourseCounts,
): string {
  const perLevel = (level: LevelCode): number => province.units.filter((u) => u.level === level).length;
  return [
    `${counts.units} units (${perLevel('district')} districts, ${perLevel('commune')} communes, ${perLevel('branch')} branches)`,
    `${counts.people} members`,
    `${counts.positions} position assignments`,
    `${accounts} demo accounts`,
    `${courses.courses} published courses (${courses.modules} modules, ${courses.lessons} lessons)`,
  ].join(', ');
}
