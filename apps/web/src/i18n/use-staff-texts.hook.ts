import { useQuery } from '@tanstack/react-query';
import { hasStaffTexts, loadStaffTexts } from './i18n';
import { useLocale } from './use-locale.hook';

/**
 * The staff screens' texts of the language on screen, loaded when `wanted` (a staff member is signed
 * in). Already-loaded texts are there at once, so a language switch (which fetches them first, see
 * applyLocale) never drops the screen to a loader.
 */
export function useStaffTexts(wanted: boolean) {
  const locale = useLocale();
  return useQuery({
    queryKey: ['i18n', 'staff', locale],
    queryFn: async () => {
      await loadStaffTexts(locale);
      return true;
    },
    enabled: wanted,
    initialData: () => (hasStaffTexts(locale) ? true : undefined),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
