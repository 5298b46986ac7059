import 'i18next';
import type vi from './vi.json';
import type viStaff from './vi.staff.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Both parts of a language: components look keys up the same way whichever chunk holds them.
    resources: { translation: typeof vi & typeof viStaff };
  }
}
