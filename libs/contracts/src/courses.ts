import { z } from 'zod';
import { IsoDateTime, LocaleSchema, PageQueryFields, Ref, SearchText, UuidSchema, pageOf } from './common';

export const COURSE_CATEGORIES = ['digital-skills', 'leadership', 'grassroots-work', 'other'] as const;
export const CourseCategorySchema = z.enum(COURSE_CATEGORIES);
export type CourseCategory = z.infer<typeof CourseCategorySchema>;

/** How a lesson counts as done: opened, read to the end, its video watched to ≥ 90 %, or marked done by the trainee. */
export const LESSON_COMPLETIONS = ['opened', 'read_to_end', 'video_watched', 'marked_done'] as const;
export const LessonCompletionSchema = z.enum(LESSON_COMPLETIONS);
export type LessonCompletion = z.infer<typeof LessonCompletionSchema>;

export const VERSION_STATUSES = ['draft', 'published'] as const;
export const VersionStatusSchema = z.enum(VERSION_STATUSES);

const CourseTitle = z.string().trim().min(3).max(200);
const CourseSummaryText = z.string().trim().max(2000);
const Minutes = z.number().int().min(0).max(10_000);

/** YouTube or Vimeo page links only; uploaded videos come with the file store. */
export const VideoUrlSchema = z
  .url({ protocol: /^https$/ })
  .max(500)
  .refine(
    (url) => /^https:\/\/(www\.)?(youtube\.com\/watch\?v=[\w-]{6,}|youtu\.be\/[\w-]{6,}|vimeo\.com\/\d+)/.test(url),
    'Only YouTube or Vimeo links',
  );

export const CourseSummary = z.object({
  id: z.uuid(),
  ownerUnit: Ref,
  title: z.string(),
  summary: z.string(),
  category: CourseCategorySchema,
  language: LocaleSchema,
  estimatedMinutes: z.number().int(),
  /** The newest published version, which new enrolments get. */
  latestPublished: z.object({ versionId: z.uuid(), versionNo: z.number().int(), publishedAt: IsoDateTime }).nullable(),
  draftVersionId: z.uuid().nullable(),
  /** Members of the owner unit's subtree may enrol themselves. */
  openEnrolment: z.boolean(),
  updatedAt: IsoDateTime,
});
export type CourseSummary = z.infer<typeof CourseSummary>;
export const CoursePage = pageOf(CourseSummary);
export type CoursePage = z.infer<typeof CoursePage>;

export const CourseVersionInfo = z.object({
  id: z.uuid(),
  versionNo: z.number().int(),
  status: VersionStatusSchema,
  title: z.string(),
  publishedAt: IsoDateTime.nullable(),
  publishedBy: Ref.nullable(),
});
export const CourseDetail = CourseSummary.extend({ versions: z.array(CourseVersionInfo) });
export type CourseDetail = z.infer<typeof CourseDetail>;

export const CourseListQuery = z.strictObject({
  /** Courses owned by this unit's subtree; without it, by the caller's whole scope. */
  unitId: UuidSchema.optional(),
  search: SearchText.optional(),
  ...PageQueryFields,
});

export const CreateCourseBody = z.strictObject({
  ownerUnitId: UuidSchema,
  title: CourseTitle,
  summary: CourseSummaryText.default(''),
  language: LocaleSchema.default('vi'),
  category: CourseCategorySchema,
  estimatedMinutes: Minutes.default(0),
});
export type CreateCourseBody = z.infer<typeof CreateCourseBody>;

export const UpdateDraftBody = z
  .strictObject({
    title: CourseTitle.optional(),
    summary: CourseSummaryText.optional(),
    language: LocaleSchema.optional(),
    category: CourseCategorySchema.optional(),
    estimatedMinutes: Minutes.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'Change at least one field', path: [] });
export type UpdateDraftBody = z.infer<typeof UpdateDraftBody>;

export const LessonOutline = z.object({
  id: z.uuid(),
  title: z.string(),
  completion: LessonCompletionSchema,
  estimatedMinutes: z.number().int(),
  hasVideo: z.boolean(),
});
export const ModuleOutline = z.object({ id: z.uuid(), title: z.string(), lessons: z.array(LessonOutline) });
export type ModuleOutline = z.infer<typeof ModuleOutline>;

/** One version's content tree, as the editor and the preview see it. */
export const CourseOutline = z.object({
  courseId: z.uuid(),
  versionId: z.uuid(),
  versionNo: z.number().int(),
  status: VersionStatusSchema,
  title: z.string(),
  summary: z.string(),
  category: CourseCategorySchema,
  language: LocaleSchema,
  estimatedMinutes: z.number().int(),
  modules: z.array(ModuleOutline),
});
export type CourseOutline = z.infer<typeof CourseOutline>;

export const ModuleTitleBody = z.strictObject({ title: CourseTitle });

export const ModuleOrderBody = z.strictObject({ moduleIds: z.array(UuidSchema).min(1).max(200) });
export const LessonOrderBody = z.strictObject({ lessonIds: z.array(UuidSchema).min(1).max(500) });

export const CreateLessonBody = z.strictObject({
  title: CourseTitle,
  completion: LessonCompletionSchema.default('read_to_end'),
  estimatedMinutes: z.number().int().min(1).max(600).default(5),
});

export const UpdateLessonBody = z
  .strictObject({
    title: CourseTitle.optional(),
    /** Rich text; the server keeps only an allowlist of tags and attributes. */
    html: z.string().max(500_000).optional(),
    videoUrl: VideoUrlSchema.nullable().optional(),
    completion: LessonCompletionSchema.optional(),
    estimatedMinutes: z.number().int().min(1).max(600).optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'Change at least one field', path: [] })
  .refine((b) => b.completion !== 'video_watched' || b.videoUrl !== null, {
    message: 'A lesson completed by watching needs a video',
    path: ['videoUrl'],
  });
export type UpdateLessonBody = z.infer<typeof UpdateLessonBody>;

export const LessonView = z.object({
  id: z.uuid(),
  courseId: z.uuid(),
  versionId: z.uuid(),
  moduleId: z.uuid(),
  title: z.string(),
  html: z.string(),
  videoUrl: z.string().nullable(),
  completion: LessonCompletionSchema,
  estimatedMinutes: z.number().int(),
  /** False once the version is published: edits then go to a new draft. */
  editable: z.boolean(),
});
export type LessonView = z.infer<typeof LessonView>;
