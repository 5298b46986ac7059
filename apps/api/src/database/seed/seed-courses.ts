import type { EntityManager } from 'typeorm';
import { sanitizeLessonHtml } from '../../features/courses/lesson-html.sanitizer';
import { titleSearch } from '../../features/courses/title-search';
import {
  DEMO_ACCOUNTS,
  DEMO_IDS,
  demoCourseId,
  demoCourseVersionId,
  demoLessonId,
  demoLessonKey,
  demoModuleId,
  demoModuleKey,
} from './demo-ids';
import { SEED_COURSES, sumLessonMinutes, type SeedCourse, type SeedLesson } from './programmes';
import { quizStepLesson, type QuizStepLesson } from './seed-quizzes';

/** The seeded programmes were published once, before the demo's other history begins. */
export const SEEDED_COURSES_PUBLISHED_AT = '2025-06-16T08:00:00+07:00';
const VERSION_NO = 1;

export interface SeededCourseCounts {
  courses: number;
  modules: number;
  lessons: number;
}

export interface CourseRows {
  courses: { id: string }[];
  versions: {
    id: string;
    courseId: string;
    title: string;
    titleEn: string;
    titleSearch: string;
    summary: string;
    category: SeedCourse['category'];
    estimatedMinutes: number;
  }[];
  modules: { id: string; versionId: string; moduleKey: string; position: number; title: string; titleEn: string }[];
  lessons: {
    id: string;
    moduleId: string;
    lessonKey: string;
    position: number;
    title: string;
    titleEn: string;
    bodyHtml: string;
    videoUrl: string | null;
    completion: string;
    estimatedMinutes: number;
  }[];
}

/** Maps the programmes' content onto rows, with the same deterministic ids every time. */
export function courseRows(courses: readonly SeedCourse[] = SEED_COURSES): CourseRows {
  const rows: CourseRows = { courses: [], versions: [], modules: [], lessons: [] };
  for (const course of courses) {
    const courseId = demoCourseId(course.key);
    const versionId = demoCourseVersionId(course.key, VERSION_NO);
    // Every module closes with a quiz on it (its rules are written by seed-quizzes.ts, after the banks).
    const modules = course.modules.map((mod) => ({
      ...mod,
      lessons: [...mod.lessons, quizStepLesson(mod)] as (SeedLesson | QuizStepLesson)[],
    }));
    rows.courses.push({ id: courseId });
    rows.versions.push({
      id: versionId,
      courseId,
      title: course.titleVi,
      titleEn: course.titleEn,
      titleSearch: titleSearch(course.titleVi, course.titleEn),
      summary: course.summaryVi,
      category: course.category,
      // The programme's reading time plus its quiz steps.
      estimatedMinutes: sumLessonMinutes(modules),
    });
    modules.forEach((mod, m) => {
      const moduleId = demoModuleId(course.key, VERSION_NO, mod.key);
      rows.modules.push({
        id: moduleId,
        versionId,
        moduleKey: demoModuleKey(course.key, mod.key),
        position: m + 1,
        title: mod.titleVi,
        titleEn: mod.titleEn,
      });
      mod.lessons.forEach((lesson, l) => {
        rows.lessons.push({
          id: demoLessonId(course.key, VERSION_NO, mod.key, lesson.key),
          moduleId,
          lessonKey: demoLessonKey(course.key, mod.key, lesson.key),
          position: l + 1,
          title: lesson.titleVi,
          titleEn: lesson.titleEn,
          bodyHtml: sanitizeLessonHtml(lesson.html),
          videoUrl: lesson.videoUrl ?? null,
          completion: lesson.completion,
          estimatedMinutes: lesson.estimatedMinutes,
        });
      });
    });
  }
  return rows;
}

/**
 * Writes the three programmes as courses of the province union, authored and published by the demo
 * trainer: one published version each, in Vietnamese with English titles. One statement per table; the caller owns the
 * transaction and runs this once, after the province and the demo accounts exist.
 */
export async function seedCourses(manager: EntityManager): Promise<SeededCourseCounts> {
  const rows = courseRows();
  const trainer = DEMO_ACCOUNTS.trainer.userId;
  await manager.query(
    `INSERT INTO courses (id, owner_unit_id, created_by, created_at, updated_at)
     SELECT id, $2, $3, $4, $4 FROM unnest($1::uuid[]) AS c(id)`,
    [rows.courses.map((c) => c.id), DEMO_IDS.province, trainer, SEEDED_COURSES_PUBLISHED_AT],
  );
  const versions = rows.versions;
  await manager.query(
    `INSERT INTO course_versions (id, course_id, version_no, status, title, title_search, summary, language, category,
                                  estimated_minutes, created_at, updated_at, published_at, published_by, title_en)
     SELECT v.id, v.course_id, $9, 'published', v.title, v.title_search, v.summary, 'vi', v.category,
            v.estimated_minutes, $10, $10, $10, $11, v.title_en
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[])
            AS v(id, course_id, title, title_search, summary, category, estimated_minutes, title_en)`,
    [
      versions.map((v) => v.id),
      versions.map((v) => v.courseId),
      versions.map((v) => v.title),
      versions.map((v) => v.titleSearch),
      versions.map((v) => v.summary),
      versions.map((v) => v.category),
      versions.map((v) => v.estimatedMinutes),
      versions.map((v) => v.titleEn),
      VERSION_NO,
      SEEDED_COURSES_PUBLISHED_AT,
      trainer,
    ],
  );
  await manager.query(
    `INSERT INTO course_modules (id, version_id, module_key, position, title, title_en)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::text[], $6::text[])`,
    [
      rows.modules.map((m) => m.id),
      rows.modules.map((m) => m.versionId),
      rows.modules.map((m) => m.moduleKey),
      rows.modules.map((m) => m.position),
      rows.modules.map((m) => m.title),
      rows.modules.map((m) => m.titleEn),
    ],
  );
  await manager.query(
    `INSERT INTO lessons (id, module_id, lesson_key, position, title, body_html, video_url, completion, estimated_minutes,
                          title_en)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[],
                          $10::text[])`,
    [
      rows.lessons.map((l) => l.id),
      rows.lessons.map((l) => l.moduleId),
      rows.lessons.map((l) => l.lessonKey),
      rows.lessons.map((l) => l.position),
      rows.lessons.map((l) => l.title),
      rows.lessons.map((l) => l.bodyHtml),
      rows.lessons.map((l) => l.videoUrl),
      rows.lessons.map((l) => l.completion),
      rows.lessons.map((l) => l.estimatedMinutes),
      rows.lessons.map((l) => l.titleEn),
    ],
  );
  return { courses: rows.courses.length, modules: rows.modules.length, lessons: rows.lessons.length };
}
