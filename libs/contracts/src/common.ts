import { z } from 'zod';
import { LOCALES, ROLES } from './roles';

export const RoleSchema = z.enum(ROLES);
export const LocaleSchema = z.enum(LOCALES);

export const UuidSchema = z.uuid();
export const IdParams = z.strictObject({ id: UuidSchema });

export const PageQueryFields = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const SearchText = z.string().trim().min(1).max(100);

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const Ref = z.object({ id: UuidSchema, name: z.string() });
export type Ref = z.infer<typeof Ref>;

export const IsoDateTime = z.iso.datetime({ offset: true });

/** Stored phone numbers use the domestic form 0xxxxxxxxx, so +84 and 0 spellings find the same account. */
export function normalizePhone(phone: string): string {
  const compact = phone.replace(/[\s.-]/g, '');
  return compact.startsWith('+84') ? `0${compact.slice(3)}` : compact;
}

/** Vietnamese mobile numbers: 0xxxxxxxxx or +84xxxxxxxxx, stored as 0xxxxxxxxx. */
export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^(0|\+84)\d{9}$/, 'Phone must be 10 digits starting with 0, or +84 followed by 9 digits')
  .transform(normalizePhone);
export const EmailSchema = z.email().trim().toLowerCase().max(254);

export const PasswordSchema = z
  .string()
  .min(8, 'Password must have at least 8 characters')
  .max(128)
  .regex(/[A-Za-z]/, 'Password must contain a letter')
  .regex(/\d/, 'Password must contain a digit');
