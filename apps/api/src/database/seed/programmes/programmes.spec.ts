import { POSITION_KINDS } from '@sen/contracts';
import { SEED_COURSES, type SeedCourse, type SeedLesson } from './index';

const ALLOWED_TAGS = new Set([
  'h2',
  'h3',
  'p',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'a',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);
/** Official sites a lesson may link to; anything else is an invented link. */
const ALLOWED_LINK_HOSTS = new Set(['dichvucong.gov.vn', 'hoilhpn.org.vn']);
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VIETNAMESE_DIACRITIC = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const TAG = /<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;

interface ParsedTag {
  closing: boolean;
  name: string;
  attributes: string;
}

function parseTags(html: string): ParsedTag[] {
  return [...html.matchAll(TAG)].map((m) => ({
    closing: m[1] === '/',
    name: (m[2] ?? '').toLowerCase(),
    attributes: (m[3] ?? '').trim(),
  }));
}

function wordCount(html: string): number {
  return html
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0).length;
}

const lessonsOf = (course: SeedCourse): SeedLesson[] => course.modules.flatMap((m) => m.lessons);
const allLessons: [string, SeedLesson][] = SEED_COURSES.flatMap((c) =>
  c.modules.flatMap((m) => m.lessons.map((l): [string, SeedLesson] => [`${c.key}/${m.key}/${l.key}`, l])),
);

function duplicates(keys: readonly string[]): string[] {
  return keys.filter((k, i) => keys.indexOf(k) !== i);
}

describe('seed programmes', () => {
  it('has the three programmes of the brief', () => {
    expect(SEED_COURSES).toHaveLength(3);
    expect(SEED_COURSES.map((c) => c.key)).toEqual([
      'confidence-digital-leadership',
      'grassroots-leader-skills',
      'it-for-grassroots-presidents',
    ]);
  });

  it('has at least three modules per course and three lessons per module', () => {
    for (const course of SEED_COURSES) {
      expect(course.modules.length).toBeGreaterThanOrEqual(3);
      for (const mod of course.modules) expect(mod.lessons.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses unique kebab-case keys within each parent', () => {
    expect(duplicates(SEED_COURSES.map((c) => c.key))).toEqual([]);
    for (const course of SEED_COURSES) {
      expect(course.key).toMatch(KEBAB);
      expect(duplicates(course.modules.map((m) => m.key))).toEqual([]);
      for (const mod of course.modules) {
        expect(mod.key).toMatch(KEBAB);
        expect(duplicates(mod.lessons.map((l) => l.key))).toEqual([]);
        for (const lesson of mod.lessons) expect(lesson.key).toMatch(KEBAB);
      }
    }
  });

  it('writes every Vietnamese title and summary with diacritics, and gives every English one', () => {
    for (const course of SEED_COURSES) {
      expect(course.titleVi).toMatch(VIETNAMESE_DIACRITIC);
      expect(course.summaryVi).toMatch(VIETNAMESE_DIACRITIC);
      expect(course.titleEn.trim()).not.toBe('');
      expect(course.summaryEn.trim()).not.toBe('');
      for (const mod of course.modules) {
        expect(mod.titleVi).toMatch(VIETNAMESE_DIACRITIC);
        expect(mod.titleEn.trim()).not.toBe('');
        for (const lesson of mod.lessons) {
          expect(lesson.titleVi).toMatch(VIETNAMESE_DIACRITIC);
          expect(lesson.titleEn.trim()).not.toBe('');
        }
      }
    }
  });

  it('requires each course of real position kinds', () => {
    const byKey = new Map(SEED_COURSES.map((c) => [c.key, c]));
    for (const course of SEED_COURSES) {
      expect(course.requiredFor.length).toBeGreaterThan(0);
      for (const kind of course.requiredFor) expect(POSITION_KINDS).toContain(kind);
    }
    expect(byKey.get('confidence-digital-leadership')?.requiredFor).toEqual([
      'president',
      'vice_president',
      'executive_member',
      'full_time_staff',
    ]);
    expect(byKey.get('grassroots-leader-skills')?.requiredFor).toEqual([
      'branch_head',
      'branch_vice_head',
      'president',
    ]);
    expect(byKey.get('it-for-grassroots-presidents')?.requiredFor).toEqual(['president', 'vice_president']);
    expect(SEED_COURSES.map((c) => c.includeReserves)).toEqual([true, true, false]);
  });

  it('estimates each course as the sum of its lessons, each lesson 5 to 15 minutes', () => {
    for (const course of SEED_COURSES) {
      const lessons = lessonsOf(course);
      expect(course.estimatedMinutes).toBe(lessons.reduce((sum, l) => sum + l.estimatedMinutes, 0));
      for (const lesson of lessons) {
        expect(Number.isInteger(lesson.estimatedMinutes)).toBe(true);
        expect(lesson.estimatedMinutes).toBeGreaterThanOrEqual(5);
        expect(lesson.estimatedMinutes).toBeLessThanOrEqual(15);
      }
    }
  });

  it('mostly reads to the end, with practice tasks marked done and no invented video', () => {
    for (const course of SEED_COURSES) {
      const lessons = lessonsOf(course);
      const practice = lessons.filter((l) => l.completion === 'marked_done');
      expect(practice.length).toBeGreaterThan(0);
      expect(lessons.filter((l) => l.completion === 'read_to_end').length).toBeGreaterThan(practice.length);
      for (const lesson of practice) expect(lesson.titleVi.startsWith('Thực hành:')).toBe(true);
      for (const lesson of lessons) {
        expect(['opened', 'read_to_end', 'marked_done', 'video_watched']).toContain(lesson.completion);
        expect(lesson.videoUrl).toBeUndefined();
        expect(lesson.completion).not.toBe('video_watched');
      }
    }
  });

  describe.each(allLessons)('lesson %s', (_path, lesson) => {
    const tags = parseTags(lesson.html);

    it('uses only the allowed tags, attributes only as a[href] to an official site', () => {
      expect(tags.length).toBeGreaterThan(0);
      // Every "<" opens a tag the parser recognised: no stray or malformed markup.
      expect((lesson.html.match(/</g) ?? []).length).toBe(tags.length);
      for (const tag of tags) {
        expect(ALLOWED_TAGS).toContain(tag.name);
        if (tag.closing || tag.name !== 'a') {
          expect(tag.attributes).toBe('');
          continue;
        }
        const href = /^href="([^"]*)"$/.exec(tag.attributes)?.[1];
        expect(href).toBeDefined();
        const url = new URL(href ?? '');
        expect(url.protocol).toBe('https:');
        expect(ALLOWED_LINK_HOSTS).toContain(url.hostname);
      }
    });

    it('nests its tags properly', () => {
      const stack: string[] = [];
      for (const tag of tags) {
        if (!tag.closing) stack.push(tag.name);
        else expect(stack.pop()).toBe(tag.name);
      }
      expect(stack).toEqual([]);
    });

    it('has no script, event handler or javascript: URL', () => {
      expect(lesson.html).not.toMatch(/<\s*script/i);
      expect(lesson.html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(lesson.html).not.toMatch(/javascript:/i);
    });

    it('has 250 to 600 words, opens with a paragraph, an example situation and key points', () => {
      const words = wordCount(lesson.html);
      expect(words).toBeGreaterThanOrEqual(250);
      expect(words).toBeLessThanOrEqual(600);
      // The player shows the title above the text, so the text opens with its first paragraph, not the title again.
      expect(tags[0]?.name).toBe('p');
      expect(lesson.html).not.toContain(lesson.titleVi);
      expect(lesson.html).toContain('<h3>Tình huống</h3>');
      expect(lesson.html).toContain('<h3>Ghi nhớ</h3>');
    });
  });
});
