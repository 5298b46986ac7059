import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@sen/contracts';
import { defaultDictionary, loadDictionary, loadStaffDictionary } from './dictionaries';

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

const loads = new Map<string, Promise<void>>();

/** Runs a dictionary load once; a failed one (offline before it was ever cached) is tried again next time. */
function once(key: string, load: () => Promise<void>): Promise<void> {
  let pending = loads.get(key);
  if (!pending) {
    pending = load();
    loads.set(key, pending);
    pending.catch(() => loads.delete(key));
  }
  return pending;
}

// Merged deeply into the language's one namespace: the two parts share no top-level key.
const addBundle = (locale: Locale, texts: object) => void i18n.addResourceBundle(locale, NAMESPACE, texts, true, true);

function addTexts(locale: Locale): Promise<void> {
  // The default language's texts come with the app (see i18nReady).
  if (locale === DEFAULT_LOCALE) return Promise.resolve();
  return once(locale, async () => addBundle(locale, await loadDictionary(locale)));
}

const staffLoaded = new Set<Locale>();
let staffWanted = false;

/** Whether the staff screens' texts of this language are in. */
export function hasStaffTexts(locale: Locale): boolean {
  return staffLoaded.has(locale);
}

/**
 * Adds the staff screens' texts of a language (a chunk of their own, see dictionaries.ts); from then on
 * a language switch fetches the new language's staff texts too before switching.
 */
export function loadStaffTexts(locale: Locale): Promise<void> {
  staffWanted = true;
  return once(`${locale}.staff`, async () => {
    addBundle(locale, await loadStaffDictionary(locale));
    staffLoaded.add(locale);
  });
}

/** Switches the UI language and remembers it on this device. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // See storedLocale.
  }
  if (currentLocale() === locale) return;
  // i18next would otherwise switch to a language it has no texts for and show the fallback's, and a
  // staff screen would drop to a loader (losing what was typed) while its texts arrive.
  await Promise.all([addTexts(locale), staffWanted ? loadStaffTexts(locale) : undefined]);
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
