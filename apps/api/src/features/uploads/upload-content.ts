import { IMAGE_VARIANT_WIDTHS, type UploadKind } from '@sen/contracts';
import { fileTypeFromFile } from 'file-type';
import sharp from 'sharp';

/** What the server accepts, by the MIME type read from the content; the name and the client's header are ignored. */
const ACCEPTED: Record<string, UploadKind> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'video/mp4': 'video',
  'application/pdf': 'document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'document',
};

export interface DetectedType {
  kind: UploadKind;
  mimeType: string;
  extension: string;
}

/** Reads the file's signature (and, for Office files, the zip's entries); null when it is not an accepted type. */
export async function detectType(path: string): Promise<DetectedType | null> {
  const found = await fileTypeFromFile(path);
  const kind = found ? ACCEPTED[found.mime] : undefined;
  return found && kind ? { kind, mimeType: found.mime, extension: found.ext } : null;
}

export interface ProcessedImage {
  width: number;
  height: number;
  sizeBytes: number;
  variantWidths: number[];
}

/** Thrown when bytes with an image signature do not decode as an image. */
export class UnreadableImageError extends Error {}

/**
 * Re-encodes an image in its own format without metadata (phone photos carry GPS positions), turned
 * upright from its EXIF orientation, and writes WebP copies at the variant widths narrower than it —
 * never enlarged.
 */
export async function processImage(
  source: string,
  mimeType: string,
  target: string,
  variantTarget: (width: number) => Promise<string>,
): Promise<ProcessedImage> {
  // Refuse decompression bombs early: 40 megapixels is beyond any phone photo.
  const input = () => sharp(source, { limitInputPixels: 40_000_000, failOn: 'error' }).rotate();
  let original: sharp.OutputInfo;
  try {
    const encoder = input();
    if (mimeType === 'image/png') encoder.png({ compressionLevel: 9 });
    else if (mimeType === 'image/webp') encoder.webp({ quality: 85 });
    else encoder.jpeg({ quality: 85, mozjpeg: true });
    original = await encoder.toFile(target);
  } catch (error) {
    throw new UnreadableImageError(error instanceof Error ? error.message : String(error));
  }
  const variantWidths = IMAGE_VARIANT_WIDTHS.filter((w) => w < original.width);
  for (const width of variantWidths) {
    await input()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toFile(await variantTarget(width));
  }
  return { width: original.width, height: original.height, sizeBytes: original.size, variantWidths };
}
