import i18next, { type TFunction } from 'i18next';
import type { Locale } from '@sen/contracts';
import vi from './vi.json';
import en from './en.json';
import viStaff from './vi.staff.json';
import enStaff from './en.staff.json';

/**
 * A translator over the app's real dictionaries, for unit tests in Node (the app's own instance
 * reads `window` and `document` when loaded). No fallback language, so a key missing from one
 * dictionary shows up as the bare key instead of the other language's text.
 */
export async function translatorFor(locale: Locale): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { vi: { translation: { ...vi, ...viStaff } }, en: { translation: { ...en, ...enStaff } } },
    lng: locale,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t;
}
