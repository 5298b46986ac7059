import type { Locale } from '@sen/contracts';
import vi from './vi.json';

/**
 * Vietnamese is the default and the fallback language, so it ships with the app; every other
 * dictionary is its own chunk, fetched on first use, so a phone does not download languages it does
 * not show.
 */
export const defaultDictionary = vi;

const loaders: Record<Exclude<Locale, 'vi'>, () => Promise<object>> = {
  en: async () => (await import('./en.json')).default,
};

export async function loadDictionary(locale: Locale): Promise<object> {
  return locale === 'vi' ? defaultDictionary : loaders[locale]();
}
