import { z } from 'zod';
import { IsoDateTime, LocaleSchema, PageQueryFields, Ref, SearchText, UuidSchema, pageOf } from './common';
import { AttachmentIds, UploadView } from './uploads';

export const COURSE_CATEGORIES = ['digital-skills', 'leadership', 'grassroots-work', 'other'] as const;
export const CourseCategorySchema = z.enum(COURSE_CATEGORIES);
export type CourseCategory = z.infer<typeof CourseCategorySchema>;

/**
 * How a lesson counts as done: opened, read to the end, its video watched to ≥ 90 %, marked done by the
 * trainee, or (a quiz step) its quiz passed.
 */
export const LESSON_COMPLETIONS = ['opened', 'read_to_end', 'video_watched', 'marked_done', 'quiz_passed'] as const;
export const LessonCompletionSchema = z.enum(LESSON_COMPLETIONS);
export type LessonCompletion = z.infer<typeof LessonCompletionSchema>;

export const VERSION_STATUSES = ['draft', 'published'] as const;
export const VersionStatusSchema = z.enum(VERSION_STATUSES);

const CourseTitle = z.string().trim().min(3).max(200);
/** The English interface shows it instead of the (Vietnamese) title; blank or null means there is none. */
const EnglishTitle = z
  .string()
  .trim()
  .max(200)
  .nullable()
  .transform((title) => title || null);
/** A title's English form, null when the author gave none. */
const TitleEn = z.string().nullable();
const CourseSummaryText = z.string().trim().max(2000);
const Minutes = z.number().int().min(0).max(10_000);

/** YouTube or Vimeo page links only; an uploaded MP4 is `videoUploadId` instead. */
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
  titleEn: TitleEn,
  summary: z.string(),
  category: CourseCategorySchema,
  language: LocaleSchema,
  estimatedMinutes: z.number().int(),
  /** The newest published version, which new enrolments get. */
  latestPublished: z.object({ versionId: z.uuid(), versionNo: z.number().int(), publishedAt: IsoDateTime }).nullable(),
  draftVersionId: z.uuid().nullable(),
  /** Members of the owner unit's subtree may enrol themselves. */
  openEnrolment: z.boolean(),
  /** The shown version's cover image. */
  cover: UploadView.nullable(),
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
  titleEn: TitleEn,
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
  titleEn: EnglishTitle.optional(),
  summary: CourseSummaryText.default(''),
  language: LocaleSchema.default('vi'),
  category: CourseCategorySchema,
  estimatedMinutes: Minutes.default(0),
});
export type CreateCourseBody = z.infer<typeof CreateCourseBody>;

export const UpdateDraftBody = z
  .strictObject({
    title: CourseTitle.optional(),
    titleEn: EnglishTitle.optional(),
    summary: CourseSummaryText.optional(),
    language: LocaleSchema.optional(),
    category: CourseCategorySchema.optional(),
    estimatedMinutes: Minutes.optional(),
    /** An uploaded image of the course's owner unit; null removes the cover. */
    coverUploadId: UuidSchema.nullable().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'Change at least one field', path: [] });
export type UpdateDraftBody = z.infer<typeof UpdateDraftBody>;

export const LessonOutline = z.object({
  id: z.uuid(),
  title: z.string(),
  titleEn: TitleEn,
  completion: LessonCompletionSchema,
  estimatedMinutes: z.number().int(),
  hasVideo: z.boolean(),
  /** A quiz step whose rules are not set yet: its version cannot be published (`QUIZ_NOT_SET`). */
  quizRulesMissing: z.boolean(),
});
export const ModuleOutline = z.object({
  id: z.uuid(),
  title: z.string(),
  titleEn: TitleEn,
  lessons: z.array(LessonOutline),
});
export type ModuleOutline = z.infer<typeof ModuleOutline>;

/** One version's content tree, as the editor and the preview see it. */
export const CourseOutline = z.object({
  courseId: z.uuid(),
  versionId: z.uuid(),
  versionNo: z.number().int(),
  status: VersionStatusSchema,
  title: z.string(),
  titleEn: TitleEn,
  summary: z.string(),
  category: CourseCategorySchema,
  language: LocaleSchema,
  estimatedMinutes: z.number().int(),
  cover: UploadView.nullable(),
  modules: z.array(ModuleOutline),
});
export type CourseOutline = z.infer<typeof CourseOutline>;

export const ModuleTitleBody = z.strictObject({ title: CourseTitle, titleEn: EnglishTitle.optional() });
export type ModuleTitleBody = z.infer<typeof ModuleTitleBody>;

export const ModuleOrderBody = z.strictObject({ moduleIds: z.array(UuidSchema).min(1).max(200) });
export const LessonOrderBody = z.strictObject({ lessonIds: z.array(UuidSchema).min(1).max(500) });

export const CreateLessonBody = z.strictObject({
  title: CourseTitle,
  titleEn: EnglishTitle.optional(),
  completion: LessonCompletionSchema.default('read_to_end'),
  estimatedMinutes: z.number().int().min(1).max(600).default(5),
});

export const UpdateLessonBody = z
  .strictObject({
    title: CourseTitle.optional(),
    titleEn: EnglishTitle.optional(),
    /** Rich text; the server keeps only an allowlist of tags and attributes. */
    html: z.string().max(500_000).optional(),
    videoUrl: VideoUrlSchema.nullable().optional(),
    /** An uploaded MP4 of the course's owner unit, instead of a link. */
    videoUploadId: UuidSchema.nullable().optional(),
    /** Uploaded documents (PDF, DOCX, XLSX) to download, in this order; replaces the list. */
    attachmentIds: AttachmentIds.optional(),
    completion: LessonCompletionSchema.optional(),
    estimatedMinutes: z.number().int().min(1).max(600).optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'Change at least one field', path: [] })
  .refine((b) => b.completion !== 'video_watched' || b.videoUrl !== null || b.videoUploadId !== null, {
    message: 'A lesson completed by watching needs a video',
    path: ['videoUrl'],
  })
  .refine((b) => !b.videoUrl || !b.videoUploadId, {
    message: 'Choose a video link or an uploaded video, not both',
    path: ['videoUploadId'],
  });
export type UpdateLessonBody = z.infer<typeof UpdateLessonBody>;

export const LessonView = z.object({
  id: z.uuid(),
  courseId: z.uuid(),
  versionId: z.uuid(),
  moduleId: z.uuid(),
  title: z.string(),
  titleEn: TitleEn,
  html: z.string(),
  videoUrl: z.string().nullable(),
  videoUpload: UploadView.nullable(),
  attachments: z.array(UploadView),
  completion: LessonCompletionSchema,
  estimatedMinutes: z.number().int(),
  /** False once the version is published: edits then go to a new draft. */
  editable: z.boolean(),
});
export type LessonView = z.infer<typeof LessonView>;
