import { z } from 'zod';
import { EmailSchema, IsoDateTime, PageQueryFields, PhoneSchema, Ref, SearchText, UuidSchema, pageOf } from './common';

export const UnitLevelView = z.object({
  id: z.uuid(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  /** 0 for the top level; a child unit's level must rank below its parent's. */
  rank: z.number().int(),
});
export type UnitLevelView = z.infer<typeof UnitLevelView>;
export const UnitLevelList = z.object({ items: z.array(UnitLevelView) });
export type UnitLevelList = z.infer<typeof UnitLevelList>;

export const CreateUnitLevelBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9-]{1,39}$/, 'Code must be 2–40 lowercase letters, digits or dashes'),
  nameVi: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
  rank: z.number().int().min(0).max(20),
});

export const UnitName = z.string().trim().min(2).max(200);

export const UnitSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  level: z.object({ id: z.uuid(), code: z.string(), nameVi: z.string(), nameEn: z.string() }),
  childCount: z.number().int(),
  memberCount: z.number().int(),
});
export type UnitSummary = z.infer<typeof UnitSummary>;
export const UnitPage = pageOf(UnitSummary);
export type UnitPage = z.infer<typeof UnitPage>;

export const UnitDetail = UnitSummary.extend({
  /** From the top of the caller's scope down to the parent. */
  ancestors: z.array(Ref),
  validFrom: IsoDateTime,
});
export type UnitDetail = z.infer<typeof UnitDetail>;

export const UnitListQuery = z.strictObject({
  /** Children of this unit; without it, the roots of the caller's scope. */
  parentId: UuidSchema.optional(),
  /** Searches the whole subtree (of `parentId`, or of the caller's scope) by name, diacritics optional. */
  search: SearchText.optional(),
  ...PageQueryFields,
});
export type UnitListQuery = z.infer<typeof UnitListQuery>;

export const CreateUnitBody = z.strictObject({ parentId: UuidSchema, levelId: UuidSchema, name: UnitName });
export type CreateUnitBody = z.infer<typeof CreateUnitBody>;
export const RenameUnitBody = z.strictObject({ name: UnitName });
export const MoveUnitBody = z.strictObject({ newParentId: UuidSchema });

export const GENDERS = ['female', 'male', 'other'] as const;
export const GenderSchema = z.enum(GENDERS);

export const POSITION_KINDS = [
  'president',
  'vice_president',
  'branch_head',
  'branch_vice_head',
  'executive_member',
  'full_time_staff',
] as const;
export const PositionKindSchema = z.enum(POSITION_KINDS);
export type PositionKind = z.infer<typeof PositionKindSchema>;
/** Kinds held by one person at a time in a unit; the others may have several holders. */
export const SINGLE_HOLDER_KINDS: readonly PositionKind[] = ['president', 'branch_head'];
export const MAX_RESERVES = 3;

export const POSITION_ROLES = ['holder', 'reserve'] as const;
export const PositionRoleSchema = z.enum(POSITION_ROLES);
export type PositionRole = z.infer<typeof PositionRoleSchema>;

export const PersonPosition = z.object({
  assignmentId: z.uuid(),
  unit: Ref,
  kind: PositionKindSchema,
  role: PositionRoleSchema,
});

export const PersonView = z.object({
  id: z.uuid(),
  fullName: z.string(),
  gender: GenderSchema.nullable(),
  birthYear: z.number().int().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  unit: Ref,
  positions: z.array(PersonPosition),
  hasAccount: z.boolean(),
});
export type PersonView = z.infer<typeof PersonView>;
export const PersonPage = pageOf(PersonView);
export type PersonPage = z.infer<typeof PersonPage>;

export const PersonListQuery = z.strictObject({
  /** Members of this unit's subtree; without it, of the caller's whole scope. */
  unitId: UuidSchema.optional(),
  search: SearchText.optional(),
  ...PageQueryFields,
});

export const CreatePersonBody = z.strictObject({
  unitId: UuidSchema,
  fullName: z.string().trim().min(2).max(200),
  gender: GenderSchema.optional(),
  birthYear: z.number().int().min(1920).max(2015).optional(),
  email: EmailSchema.optional(),
  phone: PhoneSchema.optional(),
});
export type CreatePersonBody = z.infer<typeof CreatePersonBody>;

export const PositionAssignmentView = z.object({
  id: z.uuid(),
  kind: PositionKindSchema,
  role: PositionRoleSchema,
  person: Ref,
  validFrom: IsoDateTime,
});
export type PositionAssignmentView = z.infer<typeof PositionAssignmentView>;

export const UnitPositions = z.object({
  unitId: z.uuid(),
  positions: z.array(
    z.object({
      kind: PositionKindSchema,
      holders: z.array(PositionAssignmentView),
      reserves: z.array(PositionAssignmentView),
    }),
  ),
});
export type UnitPositions = z.infer<typeof UnitPositions>;

export const AssignPositionBody = z.strictObject({
  kind: PositionKindSchema,
  role: PositionRoleSchema,
  personId: UuidSchema,
});
export type AssignPositionBody = z.infer<typeof AssignPositionBody>;
