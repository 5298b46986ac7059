import { z } from 'zod';
import { UuidSchema } from './common';

/**
 * What a trainer may upload. The server decides the kind from the file's content, never its name:
 * images (JPEG, PNG, WebP) get phone-sized variants, videos are MP4, documents are PDF, DOCX or XLSX forms.
 */
export const UPLOAD_KINDS = ['image', 'video', 'document'] as const;
export const UploadKindSchema = z.enum(UPLOAD_KINDS);
export type UploadKind = z.infer<typeof UploadKindSchema>;

/** Largest accepted file per kind, in bytes; the server enforces these, the web app warns before sending. */
export const UPLOAD_LIMITS: Record<UploadKind, number> = {
  image: 10 * 1024 * 1024,
  video: 200 * 1024 * 1024,
  document: 20 * 1024 * 1024,
};

/** Widths of the resized copies made for each image; phones get the smallest that fills the screen. */
export const IMAGE_VARIANT_WIDTHS = [480, 960] as const;

export const ImageVariant = z.object({ width: z.number().int(), url: z.string() });

export const UploadView = z.object({
  id: z.uuid(),
  kind: UploadKindSchema,
  /** The name the trainer's file had, shown as the download label; the stored name is generated. */
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  /** Same-origin URL of the original file. */
  url: z.string(),
  /** Resized copies of an image, narrowest first; empty for other kinds. */
  variants: z.array(ImageVariant),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
});
export type UploadView = z.infer<typeof UploadView>;

/** A lesson's downloadable forms, in the order the trainer put them. */
export const AttachmentIds = z.array(UuidSchema).max(20);

/** Path of a stored file (and of its resized copies) under `/api`; the lesson HTML may only point at these. */
export const FILE_PATH_PREFIX = '/api/v1/files/';

export const IMAGE_VARIANTS = IMAGE_VARIANT_WIDTHS.map((w) => `w${w}` as const);
export const FileParams = z.strictObject({ id: UuidSchema });
export const FileVariantParams = z.strictObject({ id: UuidSchema, variant: z.enum(IMAGE_VARIANTS) });

/** The upload is attributed to this course's owner unit, so only its authors can attach it. */
export const UploadQuery = z.strictObject({ courseId: UuidSchema });

/** The multipart form field that carries the file. */
export const UPLOAD_FIELD = 'file';
