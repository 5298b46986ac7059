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

/**
 * The texts of staff-only screens (courses, banks, people, audit…), split from each language by whole
 * top-level keys: a trainee never sees them, so they are chunks of their own that only a signed-in
 * staff member's shell loads, keeping them out of what a trainee downloads to open a lesson.
 */
const staffLoaders: Record<Locale, () => Promise<object>> = {
  vi: async () => (await import('./vi.staff.json')).default,
  en: async () => (await import('./en.staff.json')).default,
};

export function loadStaffDictionary(locale: Locale): Promise<object> {
  return staffLoaders[locale]();
}
