import { foldForSearch } from '@sen/contracts';

/** What a course search matches: both titles folded, so a search in either language finds the course. */
export function titleSearch(title: string, titleEn: string | null): string {
  return foldForSearch(titleEn ? `${title} ${titleEn}` : title);
}
