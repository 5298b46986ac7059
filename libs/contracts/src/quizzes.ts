import { z } from 'zod';
import { IsoDateTime, PageQueryFields, SearchText, UuidSchema, pageOf } from './common';

export const QUESTION_TYPES = ['single_choice', 'multiple_choice', 'true_false', 'short_text', 'ordering'] as const;
export const QuestionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

const MAX_OPTIONS = 10;

/** Rich text (HTML); the server keeps only the lesson allowlist and refuses what is empty after that. */
const RichText = z.string().trim().min(1).max(20_000);
/** Feedback is rich text too; blank or null means none. */
const Feedback = z
  .string()
  .trim()
  .max(5_000)
  .nullable()
  .transform((text) => text || null);
const CategoryName = z.string().trim().min(1).max(80);
/** One line: the CSV template puts a question's tags (and accepted answers) one per line of a cell. */
const OneLine = /^[^\r\n]*$/;
const TagName = z.string().trim().min(1).max(40).regex(OneLine, 'One line only');
/** Plain text a trainee types; compared after normalisation (see the grading engine). */
const AcceptedAnswer = z.string().trim().min(1).max(200).regex(OneLine, 'One line only');

/** Ids of options: kept when an author sends them back, made by the server for new ones (never hinting at the key). */
const OptionIdInput = UuidSchema.optional();

const ChoiceOptionInput = z.strictObject({
  id: OptionIdInput,
  text: RichText,
  correct: z.boolean(),
  feedback: Feedback.optional(),
});
const OrderingItemInput = z.strictObject({ id: OptionIdInput, text: RichText });

const CommonInput = {
  stem: RichText,
  points: z.number().int().min(1).max(100).default(1),
  /** Shown after the attempt whatever the answer was, when the quiz allows review. */
  feedback: Feedback.optional(),
  /** One of the bank's categories, or none. */
  category: CategoryName.nullable().optional(),
  tags: z.array(TagName).max(20).default([]),
};

function distinctIds(items: { id?: string | undefined }[], ctx: z.RefinementCtx, field: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (item.id === undefined) return;
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: 'Each id only once' });
    seen.add(item.id);
  });
}

const SingleChoiceInput = z
  .strictObject({
    type: z.literal('single_choice'),
    ...CommonInput,
    options: z.array(ChoiceOptionInput).min(2).max(MAX_OPTIONS),
  })
  .superRefine((q, ctx) => {
    distinctIds(q.options, ctx, 'options');
    if (q.options.filter((o) => o.correct).length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Mark exactly one option correct' });
    }
  });

const MultipleChoiceInput = z
  .strictObject({
    type: z.literal('multiple_choice'),
    ...CommonInput,
    options: z.array(ChoiceOptionInput).min(2).max(MAX_OPTIONS),
    /** False: all or nothing. True: see `gradeQuestion` for the partial-credit rule. */
    partialCredit: z.boolean().default(true),
  })
  .superRefine((q, ctx) => {
    distinctIds(q.options, ctx, 'options');
    if (!q.options.some((o) => o.correct)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Mark at least one option correct' });
    }
  });

const TrueFalseInput = z.strictObject({
  type: z.literal('true_false'),
  ...CommonInput,
  answer: z.boolean(),
  /** Feedback for a trainee who answered "true" / "false". */
  trueFeedback: Feedback.optional(),
  falseFeedback: Feedback.optional(),
});

const ShortTextInput = z
  .strictObject({
    type: z.literal('short_text'),
    ...CommonInput,
    acceptedAnswers: z.array(AcceptedAnswer).min(1).max(20),
    /** When true, "Ha Noi" is accepted for "Hà Nội"; by default diacritics count. */
    diacriticsInsensitive: z.boolean().default(false),
  })
  .superRefine((q, ctx) => {
    if (new Set(q.acceptedAnswers.map((a) => a.normalize('NFC'))).size !== q.acceptedAnswers.length) {
      ctx.addIssue({ code: 'custom', path: ['acceptedAnswers'], message: 'Each accepted answer only once' });
    }
  });

const OrderingInput = z
  .strictObject({
    type: z.literal('ordering'),
    ...CommonInput,
    /** In the correct order. */
    items: z.array(OrderingItemInput).min(2).max(MAX_OPTIONS),
  })
  .superRefine((q, ctx) => distinctIds(q.items, ctx, 'items'));

/** A question as an author writes it, by type. */
export const QuestionBody = z.discriminatedUnion('type', [
  SingleChoiceInput,
  MultipleChoiceInput,
  TrueFalseInput,
  ShortTextInput,
  OrderingInput,
]);
export type QuestionBody = z.infer<typeof QuestionBody>;

const ChoiceOption = z.object({
  id: z.uuid(),
  text: z.string(),
  correct: z.boolean(),
  feedback: z.string().nullable(),
});
export type ChoiceOption = z.infer<typeof ChoiceOption>;
const OrderingItem = z.object({ id: z.uuid(), text: z.string() });

/** The answer key and scoring data of each type, as stored and as an author sees it. */
export const QuestionContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single_choice'), options: z.array(ChoiceOption) }),
  z.object({ type: z.literal('multiple_choice'), options: z.array(ChoiceOption), partialCredit: z.boolean() }),
  z.object({
    type: z.literal('true_false'),
    answer: z.boolean(),
    trueFeedback: z.string().nullable(),
    falseFeedback: z.string().nullable(),
  }),
  z.object({
    type: z.literal('short_text'),
    acceptedAnswers: z.array(z.string()),
    diacriticsInsensitive: z.boolean(),
  }),
  z.object({ type: z.literal('ordering'), items: z.array(OrderingItem) }),
]);
export type QuestionContent = z.infer<typeof QuestionContent>;

/** What grading needs: the content and the points. */
export type GradableQuestion = QuestionContent & { points: number };

/** A question with its answer key: for authors only. */
export const QuestionView = z.object({
  id: z.uuid(),
  bankId: z.uuid(),
  stem: z.string(),
  points: z.number().int(),
  feedback: z.string().nullable(),
  category: z.string().nullable(),
  tags: z.array(z.string()),
  content: QuestionContent,
  updatedAt: IsoDateTime,
});
export type QuestionView = z.infer<typeof QuestionView>;
export const QuestionPage = pageOf(QuestionView);
export type QuestionPage = z.infer<typeof QuestionPage>;

export const QuestionListQuery = z.strictObject({
  category: CategoryName.optional(),
  tag: TagName.optional(),
  type: QuestionTypeSchema.optional(),
  /** Words of the stem, diacritics optional. */
  search: SearchText.optional(),
  ...PageQueryFields,
});
export type QuestionListQuery = z.infer<typeof QuestionListQuery>;

/**
 * What a trainee may see of a question before submitting: built from an allowlist, never the key.
 * Ordering items come in an order unrelated to the answer.
 */
export const TraineeQuestionView = z.object({
  id: z.uuid(),
  type: QuestionTypeSchema,
  stem: z.string(),
  points: z.number().int(),
  /** Choices or items to order; absent for true/false and short text. */
  options: z.array(z.object({ id: z.uuid(), text: z.string() })).optional(),
});
export type TraineeQuestionView = z.infer<typeof TraineeQuestionView>;

/** A trainee's answer to one question, by type. */
export const QuestionAnswer = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single_choice'), optionId: z.uuid() }),
  z.strictObject({ type: z.literal('multiple_choice'), optionIds: z.array(z.uuid()).max(MAX_OPTIONS) }),
  z.strictObject({ type: z.literal('true_false'), answer: z.boolean() }),
  z.strictObject({ type: z.literal('short_text'), text: z.string().max(500) }),
  z.strictObject({ type: z.literal('ordering'), itemIds: z.array(z.uuid()).max(MAX_OPTIONS) }),
]);
export type QuestionAnswer = z.infer<typeof QuestionAnswer>;

/** The most categories a bank lists. */
export const MAX_BANK_CATEGORIES = 50;

const Categories = z
  .array(CategoryName)
  .max(MAX_BANK_CATEGORIES)
  .refine((names) => new Set(names).size === names.length, 'Each category only once');

export const QuestionBankView = z.object({
  id: z.uuid(),
  courseId: z.uuid(),
  name: z.string(),
  categories: z.array(z.string()),
  /** Questions not deleted. */
  questionCount: z.number().int(),
  updatedAt: IsoDateTime,
});
export type QuestionBankView = z.infer<typeof QuestionBankView>;
export const QuestionBankList = z.object({ items: z.array(QuestionBankView) });
export type QuestionBankList = z.infer<typeof QuestionBankList>;

export const CreateQuestionBankBody = z.strictObject({
  name: z.string().trim().min(3).max(200),
  categories: Categories.default([]),
});
export type CreateQuestionBankBody = z.infer<typeof CreateQuestionBankBody>;

export const UpdateQuestionBankBody = z
  .strictObject({
    name: z.string().trim().min(3).max(200).optional(),
    /** Replaces the list; a category that questions still use cannot be removed. */
    categories: Categories.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'Change at least one field', path: [] });
export type UpdateQuestionBankBody = z.infer<typeof UpdateQuestionBankBody>;

/** Limits of one import file; the web checks them before sending, the server enforces them. */
export const QUESTION_IMPORT_LIMITS = {
  /** Bytes of the uploaded file. */
  bytes: 2 * 1024 * 1024,
  /** Question rows (blank rows are not counted). */
  rows: 2_000,
} as const;

export const QUESTION_IMPORT_MODES = ['dry_run', 'apply'] as const;
export type QuestionImportMode = (typeof QUESTION_IMPORT_MODES)[number];

/** The file goes in the multipart field `file`; the options travel in the query string. */
export const QuestionImportQuery = z.strictObject({
  /** `dry_run` (the default) checks the file and reports what would happen; `apply` writes it. */
  mode: z.enum(QUESTION_IMPORT_MODES).default('dry_run'),
  /** Categories the file names that the bank lacks are added to it, instead of being refused. */
  createCategories: z.enum(['true', 'false']).default('false'),
});
export type QuestionImportQuery = z.infer<typeof QuestionImportQuery>;

export const QUESTION_IMPORT_ACTIONS = ['create', 'update', 'unchanged'] as const;

/** What an import did (or, in a dry run, would do). */
export const QuestionImportReport = z.object({
  mode: z.enum(QUESTION_IMPORT_MODES),
  format: z.enum(['csv', 'xlsx']),
  /** Question rows read; blank rows are skipped. */
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  /** Rows naming a question of the bank that they leave as it is. */
  unchanged: z.number().int(),
  /** Categories added to the bank (only with `createCategories=true`). */
  categoriesAdded: z.array(z.string()),
  /** Each row: its number in the file (the header is row 1), what it does, and its question (null: not created yet). */
  items: z.array(
    z.object({
      row: z.number().int(),
      action: z.enum(QUESTION_IMPORT_ACTIONS),
      questionId: z.uuid().nullable(),
    }),
  ),
  /** Rows whose rich text lost unsafe markup on the way in. */
  sanitisedRows: z.array(z.number().int()),
});
export type QuestionImportReport = z.infer<typeof QuestionImportReport>;

/**
 * Codes of the problems an import reports in `error.fields`, besides zod's own issue codes
 * (`too_small`, `too_big`, `custom`…). Paths: `file`, `columns.<header>`, `rows.<row>` or
 * `rows.<row>.<column>`, the row numbered as in the file (the header is row 1).
 */
export const QUESTION_IMPORT_ISSUES = [
  'empty_file',
  'unreadable',
  'no_rows',
  'missing_column',
  'unknown_column',
  'duplicate_column',
  'required',
  'invalid_value',
  'not_used',
  'unknown_category',
  'too_many_categories',
  'duplicate_id',
  'unsafe_markup',
  'more_errors',
] as const;
export type QuestionImportIssue = (typeof QUESTION_IMPORT_ISSUES)[number];
