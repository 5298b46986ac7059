import { z } from 'zod';
import { Ref, IsoDateTime, LocaleSchema, PasswordSchema, RoleSchema } from './common';

export const SignInBody = z.strictObject({
  /** An e-mail address or a phone number. */
  identifier: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(128),
});
export type SignInBody = z.infer<typeof SignInBody>;

export const RoleGrantView = z.object({ role: RoleSchema, unit: Ref });
export type RoleGrantView = z.infer<typeof RoleGrantView>;

export const SessionView = z.object({
  user: z.object({
    id: z.uuid(),
    personId: z.uuid(),
    fullName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    locale: LocaleSchema,
    unit: Ref,
    roles: z.array(RoleGrantView),
  }),
  /** Echo this in the `X-CSRF-Token` header of every state-changing request. */
  csrfToken: z.string(),
  /** An admin whose grant is at the root unit: may open the queue dashboard (operations are province-wide). */
  canOperateQueues: z.boolean(),
  expiresAt: IsoDateTime,
  idleTimeoutSeconds: z.number().int(),
});
export type SessionView = z.infer<typeof SessionView>;

export const UpdateMeBody = z.strictObject({ locale: LocaleSchema });
export type UpdateMeBody = z.infer<typeof UpdateMeBody>;

export const ChangeOwnPasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: PasswordSchema,
});
