import { FILE_PATH_PREFIX } from '@sen/contracts';

/**
 * The contract's `UploadView` built in SQL from an `uploads` row aliased `alias`, so lesson, course and
 * player queries return uploads in one round trip. Variant URLs are ordered narrowest first.
 */
export function uploadViewSql(alias: string): string {
  return `json_build_object(
    'id', ${alias}.id, 'kind', ${alias}.kind, 'fileName', ${alias}.file_name, 'mimeType', ${alias}.mime_type,
    'sizeBytes', ${alias}.size_bytes, 'url', '${FILE_PATH_PREFIX}' || ${alias}.id,
    'variants', (SELECT COALESCE(json_agg(json_build_object(
                   'width', (v.value->>'width')::int,
                   'url', '${FILE_PATH_PREFIX}' || ${alias}.id || '/w' || (v.value->>'width'))
                   ORDER BY (v.value->>'width')::int), '[]')
                   FROM jsonb_array_elements(${alias}.variants) v),
    'width', ${alias}.width, 'height', ${alias}.height)`;
}

/** One upload by id as `UploadView`, or NULL. */
export function uploadByIdSql(idExpression: string): string {
  return `(SELECT ${uploadViewSql('up')} FROM uploads up WHERE up.id = ${idExpression})`;
}

/** A lesson's attachments as a JSON array of `UploadView`, in the trainer's order. */
export function lessonAttachmentsSql(lessonIdExpression: string): string {
  return `COALESCE((SELECT json_agg(${uploadViewSql('up')} ORDER BY la.position)
                      FROM lesson_attachments la JOIN uploads up ON up.id = la.upload_id
                     WHERE la.lesson_id = ${lessonIdExpression}), '[]')`;
}
