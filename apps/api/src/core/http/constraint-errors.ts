import type { ErrorCode } from '@sen/contracts';
import { AppError } from './app-error';

/**
 * Services check uniqueness before writing, but two concurrent requests can both pass the check;
 * the named constraint is then the final guard, and its violation is the same conflict, not a 500.
 */
const BY_CONSTRAINT: Record<string, [ErrorCode, string, string]> = {
  uq_users_email: ['EMAIL_TAKEN', 'body.email', 'Another account uses this e-mail address'],
  uq_users_phone: ['PHONE_TAKEN', 'body.phone', 'Another account uses this phone number'],
  uq_users_person: ['PERSON_HAS_ACCOUNT', 'body.personId', 'This person already has an account'],
  uq_position_assignments_single_holder: ['POSITION_HOLDER_TAKEN', 'body.kind', 'This position already has a holder'],
  uq_position_assignments_current_person: [
    'POSITION_ALREADY_ASSIGNED',
    'body.personId',
    'The person already holds or is reserve for this position',
  ],
  uq_unit_levels_code: ['CONFLICT', 'body.code', 'This code is taken'],
  uq_unit_levels_rank: ['CONFLICT', 'body.rank', 'Another level has this rank'],
  uq_question_banks_course_name: [
    'QUESTION_BANK_NAME_TAKEN',
    'body.name',
    'This course already has a question bank with this name',
  ],
  uq_committee_recipients_email: [
    'RECIPIENT_EMAIL_TAKEN',
    'body.email',
    'Another recipient of this committee has this e-mail address',
  ],
  uq_role_grants_user_role_unit: ['VALIDATION_FAILED', 'body.roles', 'The same role is granted twice on one unit'],
};

const UNIQUE_VIOLATION = '23505';

export function fromConstraintViolation(error: unknown): AppError | null {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError;
  if (driverError?.code !== UNIQUE_VIOLATION || !driverError.constraint) return null;
  const known = BY_CONSTRAINT[driverError.constraint];
  return known
    ? AppError.field(known[0], known[1], known[2])
    : new AppError('CONFLICT', 'This conflicts with existing data');
}
