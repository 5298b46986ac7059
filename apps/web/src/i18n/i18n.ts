import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@sen/contracts';
import { defaultDictionary, loadDictionary } from './dictionaries';

const STORAGE_KEY = 'sen.locale';
const NAMESPACE = 'translation';

function storedLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Private browsing can forbid storage; the default language still works.
    return DEFAULT_LOCALE;
  }
}

export function currentLocale(): Locale {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/** Switches the UI language and remembers it on this device. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // See storedLocale.
  }
  if (currentLocale() === locale) return;
  // i18next would otherwise switch to a language it has no texts for and show the fallback's.
  if (!i18n.hasResourceBundle(locale, NAMESPACE)) {
    i18n.addResourceBundle(locale, NAMESPACE, await loadDictionary(locale));
  }
  await i18n.changeLanguage(locale);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/** Resolves once the texts of this device's language are in, so the first render is never untranslated. */
export const i18nReady = (async () => {
  await i18n.use(initReactI18next).init({
    resources: { [DEFAULT_LOCALE]: { [NAMESPACE]: defaultDictionary } },
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: LOCALES,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18n.language;
  try {
    await applyLocale(storedLocale());
  } catch {
    // The dictionary could not load (offline before it was ever cached): the default language still works.
  }
})();

export { i18n };
