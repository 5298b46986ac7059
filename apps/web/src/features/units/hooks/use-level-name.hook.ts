import { useCallback } from 'react';
import type { UnitSummary } from '@sen/contracts';
import { useLocale } from '../../../i18n/use-locale.hook';

type NamedLevel = Pick<UnitSummary['level'], 'nameVi' | 'nameEn'>;

/** Level names are data, stored in both languages. */
export function useLevelName(): (level: NamedLevel) => string {
  const locale = useLocale();
  return useCallback((level: NamedLevel) => (locale === 'vi' ? level.nameVi : level.nameEn), [locale]);
}
