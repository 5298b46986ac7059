/**
 * Completion rules of a lesson: opened; read to the end (scrolled to 95 %); video watched (90 %); or
 * marked done. A lesson completes at the earliest event that meets its rule. The fold itself runs in SQL
 * (LearningRepository.ingest); apps/api/test/support/reference-lesson-fold.ts is its plain-code model.
 */
export const READ_TO_END = 0.95;
export const VIDEO_WATCHED = 0.9;
