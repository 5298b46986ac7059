import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Courses are written in Vietnamese; an optional English title lets the English interface name a course,
 * module or lesson in English while the content stays Vietnamese. `title_search` of a version folds both
 * titles, so a search in either language finds the course. Existing rows have no English title, so their
 * `title_search` stays as it is.
 */
export class EnglishTitles1764500000000 implements MigrationInterface {
  name = 'EnglishTitles1764500000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const table of ['course_versions', 'course_modules', 'lessons']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN title_en text`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['lessons', 'course_modules', 'course_versions']) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN title_en`);
    }
  }
}
