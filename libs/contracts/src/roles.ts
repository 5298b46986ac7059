import { z } from 'zod';

export const ROLES = ['trainee', 'trainer', 'reviewer', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const LOCALES = ['vi', 'en'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;
export const DEFAULT_LOCALE: Locale = 'vi';
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
