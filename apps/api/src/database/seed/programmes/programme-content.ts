/**
 * Structured course content for the three training programmes of the demo province (see BRIEF.md,
 * "The problem"). Plain data only: the seeder maps it onto courses, modules and lessons.
 */
export type LessonCompletion = 'opened' | 'read_to_end' | 'marked_done' | 'video_watched';

export interface SeedLesson {
  key: string;
  titleVi: string;
  titleEn: string;
  estimatedMinutes: number;
  completion: LessonCompletion;
  /** Sanitisable HTML: h2, h3, p, ul, ol, li, strong, em, a[href], blockquote, table/thead/tbody/tr/th/td only. */
  html: string;
  videoUrl?: string;
}

export interface SeedModule {
  key: string;
  titleVi: string;
  titleEn: string;
  lessons: SeedLesson[];
}

export interface SeedCourse {
  key: string;
  titleVi: string;
  titleEn: string;
  summaryVi: string;
  summaryEn: string;
  category: 'digital-skills' | 'leadership' | 'grassroots-work';
  estimatedMinutes: number;
  /** Position kinds that must take it: president, vice_president, branch_head, branch_vice_head, executive_member, full_time_staff */
  requiredFor: string[];
  includeReserves: boolean;
  modules: SeedModule[];
}

/** A course's estimated time is the sum of its lessons' times, so it never drifts when a lesson changes. */
export function sumLessonMinutes(modules: readonly { lessons: readonly { estimatedMinutes: number }[] }[]): number {
  return modules.reduce((total, m) => total + m.lessons.reduce((sum, l) => sum + l.estimatedMinutes, 0), 0);
}
