import { z } from 'zod';
import {
  EmailSchema,
  IsoDateTime,
  PageQueryFields,
  PasswordSchema,
  PhoneSchema,
  Ref,
  SearchText,
  UuidSchema,
  pageOf,
  LocaleSchema,
  RoleSchema,
} from './common';
import { RoleGrantView } from './auth';

export const RoleGrant = z.strictObject({ role: RoleSchema, unitId: UuidSchema });
export type RoleGrant = z.infer<typeof RoleGrant>;

export const UserView = z.object({
  id: z.uuid(),
  person: Ref,
  unit: Ref,
  email: z.string().nullable(),
  phone: z.string().nullable(),
  locale: LocaleSchema,
  roles: z.array(RoleGrantView),
  disabled: z.boolean(),
  lockedUntil: IsoDateTime.nullable(),
  lastSignInAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
});
export type UserView = z.infer<typeof UserView>;
export const UserPage = pageOf(UserView);
export type UserPage = z.infer<typeof UserPage>;

export const UserListQuery = z.strictObject({
  unitId: UuidSchema.optional(),
  search: SearchText.optional(),
  ...PageQueryFields,
});

const RoleGrants = z
  .array(RoleGrant)
  .min(1, 'Give at least one role')
  .max(20)
  .refine(
    (grants) => new Set(grants.map((g) => `${g.role}:${g.unitId}`)).size === grants.length,
    'The same role is granted twice on one unit',
  );

export const CreateUserBody = z
  .strictObject({
    personId: UuidSchema,
    email: EmailSchema.optional(),
    phone: PhoneSchema.optional(),
    password: PasswordSchema,
    locale: LocaleSchema.default('vi'),
    roles: RoleGrants,
  })
  .refine((b) => b.email !== undefined || b.phone !== undefined, {
    message: 'Give an e-mail address or a phone number to sign in with',
    path: ['email'],
  });
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const SetRolesBody = z.strictObject({ roles: RoleGrants });
export type SetRolesBody = z.infer<typeof SetRolesBody>;
export const ResetPasswordBody = z.strictObject({ password: PasswordSchema });
