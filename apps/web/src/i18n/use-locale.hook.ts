import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, LocaleSchema, type Locale } from '@sen/contracts';

/** The active UI language as a contract `Locale`, re-rendering when it changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const parsed = LocaleSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : DEFAULT_LOCALE;
}
