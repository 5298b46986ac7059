import type { Locale } from '@sen/contracts';

/** Anything authored with a (Vietnamese) title and, optionally, an English one. */
export interface Titled {
  title: string;
  titleEn: string | null;
}

/**
 * The title to show in this interface language: courses are written in Vietnamese, so the English
 * interface shows the English title where the author gave one and the Vietnamese title otherwise.
 */
export function localTitle({ title, titleEn }: Titled, locale: Locale): string {
  return locale === 'en' && titleEn ? titleEn : title;
}
