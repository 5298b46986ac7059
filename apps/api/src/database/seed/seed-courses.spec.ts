import { foldForSearch } from '@sen/contracts';
import type { EntityManager } from 'typeorm';
import { sanitizeLessonHtml } from '../../features/courses/lesson-html.sanitizer';
import { DEMO_ACCOUNTS, DEMO_COURSES, DEMO_IDS, demoCourseId, demoCourseVersionId } from './demo-ids';
import { SEED_COURSES, type SeedLesson } from './programmes';
import { courseRows, seedCourses, SEEDED_COURSES_PUBLISHED_AT } from './seed-courses';
import { quizStepLesson, type QuizStepLesson } from './seed-quizzes';

/** The sanitiser makes every link open safely; that is the only change it may make to seed content. */
const withSafeLinks = (html: string): string =>
  html.replace(/<a href="([^"]*)">/g, '<a href="$1" rel="noopener noreferrer nofollow" target="_blank">');

/** The programmes' lessons, each module closed by its quiz step. */
const allLessons: [string, SeedLesson | QuizStepLesson][] = SEED_COURSES.flatMap((c) =>
  c.modules.flatMap((m) =>
    [...m.lessons, quizStepLesson(m)].map((l): [string, SeedLesson | QuizStepLesson] => [
      `${c.key}/${m.key}/${l.key}`,
      l,
    ]),
  ),
);

const unique = (values: readonly string[]): boolean => new Set(values).size === values.length;

describe('seedCourses', () => {
  const rows = courseRows();

  it('maps the three programmes onto 3 courses, 11 modules and 34 lessons plus a quiz step per module', () => {
    expect(rows.courses).toHaveLength(3);
    expect(rows.versions).toHaveLength(3);
    expect(rows.modules).toHaveLength(11);
    expect(rows.lessons).toHaveLength(34 + 11);
  });

  it('closes every module with a quiz step on it, in Vietnamese with an English title', () => {
    for (const mod of rows.modules) {
      const lessons = rows.lessons.filter((l) => l.moduleId === mod.id);
      expect(lessons.filter((l) => l.completion === 'quiz_passed')).toEqual([lessons.at(-1)]);
      expect(lessons.at(-1)).toMatchObject({
        title: `Kiểm tra: ${mod.title}`,
        titleEn: `Quiz: ${mod.titleEn}`,
        estimatedMinutes: 15,
        videoUrl: null,
      });
    }
  });

  it('exports the course and version ids it writes', () => {
    expect(Object.values(DEMO_COURSES).map((c) => c.key)).toEqual(SEED_COURSES.map((c) => c.key));
    expect(rows.courses.map((c) => c.id)).toEqual(Object.values(DEMO_COURSES).map((c) => c.id));
    expect(rows.versions.map((v) => v.id)).toEqual(Object.values(DEMO_COURSES).map((c) => c.versionId));
    expect(DEMO_COURSES.grassrootsLeaderSkills.id).toBe(demoCourseId('grassroots-leader-skills'));
    expect(DEMO_COURSES.grassrootsLeaderSkills.versionId).toBe(demoCourseVersionId('grassroots-leader-skills', 1));
  });

  it('gives the same, distinct ids and keys on every run', () => {
    expect(courseRows()).toEqual(rows);
    const ids = [
      ...rows.courses.map((c) => c.id),
      ...rows.versions.map((v) => v.id),
      ...rows.modules.flatMap((m) => [m.id, m.moduleKey]),
      ...rows.lessons.flatMap((l) => [l.id, l.lessonKey]),
    ];
    expect(unique(ids)).toBe(true);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('numbers modules and lessons 1..n in content order', () => {
    for (const version of rows.versions) {
      const modules = rows.modules.filter((m) => m.versionId === version.id);
      expect(modules.map((m) => m.position)).toEqual(modules.map((_, i) => i + 1));
      for (const mod of modules) {
        const lessons = rows.lessons.filter((l) => l.moduleId === mod.id);
        expect(lessons.map((l) => l.position)).toEqual(lessons.map((_, i) => i + 1));
      }
    }
    expect(rows.modules.map((m) => m.title)).toEqual(SEED_COURSES.flatMap((c) => c.modules.map((m) => m.titleVi)));
    expect(rows.lessons.map((l) => l.title)).toEqual(allLessons.map(([, l]) => l.titleVi));
  });

  it('keeps the English title of every course, module and lesson', () => {
    expect(rows.versions.map((v) => v.titleEn)).toEqual(SEED_COURSES.map((c) => c.titleEn));
    expect(rows.modules.map((m) => m.titleEn)).toEqual(SEED_COURSES.flatMap((c) => c.modules.map((m) => m.titleEn)));
    expect(rows.lessons.map((l) => l.titleEn)).toEqual(allLessons.map(([, l]) => l.titleEn));
  });

  it('uses the Vietnamese titles, the content category and the lessons’ total time', () => {
    expect(rows.versions.map((v) => v.title)).toEqual(SEED_COURSES.map((c) => c.titleVi));
    expect(rows.versions.map((v) => v.summary)).toEqual(SEED_COURSES.map((c) => c.summaryVi));
    expect(rows.versions.map((v) => v.category)).toEqual(['leadership', 'grassroots-work', 'digital-skills']);
    for (const version of rows.versions) {
      const moduleIds = new Set(rows.modules.filter((m) => m.versionId === version.id).map((m) => m.id));
      const minutes = rows.lessons.filter((l) => moduleIds.has(l.moduleId)).reduce((s, l) => s + l.estimatedMinutes, 0);
      expect(version.estimatedMinutes).toBe(minutes);
      expect(version.titleSearch).toBe(foldForSearch(`${version.title} ${version.titleEn}`));
    }
  });

  it('stores no video where the content has none', () => {
    expect(rows.lessons.map((l) => l.videoUrl)).toEqual(allLessons.map(([, l]) => l.videoUrl ?? null));
    expect(rows.lessons.map((l) => l.completion)).toEqual(allLessons.map(([, l]) => l.completion));
  });

  describe.each(allLessons)('lesson %s', (path, lesson) => {
    it('survives the lesson sanitiser unchanged, so content and allowlist agree', () => {
      const stored = rows.lessons[allLessons.findIndex(([p]) => p === path)]?.bodyHtml;
      expect(stored).toBe(sanitizeLessonHtml(lesson.html));
      expect(stored).toBe(withSafeLinks(lesson.html.trim()));
      // What is stored is already clean: sanitising it again (as the API does on edit) is a no-op.
      expect(sanitizeLessonHtml(stored ?? '')).toBe(stored);
    });
  });

  it('writes each table in one statement, as the province union and the trainer', async () => {
    const calls: [string, unknown[]][] = [];
    const manager = {
      query: (sql: string, params: unknown[]) => {
        calls.push([sql, params]);
        return Promise.resolve([]);
      },
    } as unknown as EntityManager;

    await expect(seedCourses(manager)).resolves.toEqual({ courses: 3, modules: 11, lessons: 45 });

    expect(calls.map(([sql]) => /INSERT INTO (\w+)/.exec(sql)?.[1])).toEqual([
      'courses',
      'course_versions',
      'course_modules',
      'lessons',
    ]);
    const [courses, versions] = calls;
    expect(courses?.[1]).toEqual([
      rows.courses.map((c) => c.id),
      DEMO_IDS.province,
      DEMO_ACCOUNTS.trainer.userId,
      SEEDED_COURSES_PUBLISHED_AT,
    ]);
    expect(versions?.[0]).toContain(`'published'`);
    expect(versions?.[1]?.slice(-3)).toEqual([1, SEEDED_COURSES_PUBLISHED_AT, DEMO_ACCOUNTS.trainer.userId]);
    expect(new Date(SEEDED_COURSES_PUBLISHED_AT).toISOString()).toBe('2025-06-16T01:00:00.000Z');
  });
});
