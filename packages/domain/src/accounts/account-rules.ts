import type { LabelsOf } from '../labels/label.js';
import { err, ok, type Result } from '../shared/result.js';
import type { CommissionLevel, Role } from '../vocabulary/codes.js';

/**
 * The commission levels each role may be bound to (domain-model.md, "Roles"): the national administrator
 * sits at KPU RI, a provincial supervisor at a KPU Provinsi, commissioners, officers and examiners at the
 * KPU Kabupaten/Kota that handles cases; an analyst reports at any level.
 */
export const ROLE_COMMISSION_LEVELS = {
  nationalAdmin: ['national'],
  provincialSupervisor: ['provincial'],
  commissioner: ['regency'],
  officer: ['regency'],
  examiner: ['regency'],
  analyst: ['national', 'provincial', 'regency'],
} as const satisfies Record<Role, readonly CommissionLevel[]>;

/** Shorter passwords are refused; there is no composition rule (NIST SP 800-63B prefers length). */
export const PASSWORD_MIN_LENGTH = 12;

/** Lower-case letters, digits, dots, dashes and underscores, 3–64 characters, starting with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export type AccountError =
  | {
      readonly code: 'ROLE_NOT_AT_COMMISSION_LEVEL';
      readonly role: Role;
      readonly level: CommissionLevel;
      readonly allowedLevels: readonly CommissionLevel[];
    }
  | { readonly code: 'PASSWORD_TOO_SHORT'; readonly minLength: number }
  | { readonly code: 'USERNAME_INVALID'; readonly value: string }
  | { readonly code: 'DISPLAY_NAME_MISSING' }
  | { readonly code: 'SELF_DEACTIVATION_REFUSED' }
  | { readonly code: 'SELF_DEMOTION_REFUSED' };
export type AccountErrorCode = AccountError['code'];

export const mayHoldRoleAt = (role: Role, level: CommissionLevel): boolean =>
  (ROLE_COMMISSION_LEVELS[role] as readonly CommissionLevel[]).includes(level);

export function checkRoleLevel(role: Role, level: CommissionLevel): Result<void, AccountError> {
  return mayHoldRoleAt(role, level)
    ? ok(undefined)
    : err({ code: 'ROLE_NOT_AT_COMMISSION_LEVEL', role, level, allowedLevels: ROLE_COMMISSION_LEVELS[role] });
}

/** Counts code points, so a password of emoji is not longer than it looks. */
export function checkPassword(password: string): Result<void, AccountError> {
  return [...password].length >= PASSWORD_MIN_LENGTH
    ? ok(undefined)
    : err({ code: 'PASSWORD_TOO_SHORT', minLength: PASSWORD_MIN_LENGTH });
}

export interface AccountInput {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly commissionLevel: CommissionLevel;
  /** Only when one is being set. */
  readonly password?: string;
}

export interface ValidAccount {
  /** Trimmed and lower-cased, as sign-in looks it up. */
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
}

/** Checks a new or changed account; returns it normalised, or every error found. */
export function validateAccount(input: AccountInput): Result<ValidAccount, AccountError[]> {
  const errors: AccountError[] = [];
  const username = input.username.trim().toLowerCase();
  const displayName = input.displayName.trim();
  if (!USERNAME_PATTERN.test(username)) errors.push({ code: 'USERNAME_INVALID', value: input.username });
  if (displayName === '') errors.push({ code: 'DISPLAY_NAME_MISSING' });
  const level = checkRoleLevel(input.role, input.commissionLevel);
  if (!level.ok) errors.push(level.error);
  if (input.password !== undefined) {
    const password = checkPassword(input.password);
    if (!password.ok) errors.push(password.error);
  }
  return errors.length > 0 ? err(errors) : ok({ username, displayName, role: input.role });
}

export interface AccountChange {
  /** Who makes the change. */
  readonly actorUserId: string;
  readonly userId: string;
  readonly before: { readonly role: Role; readonly active: boolean };
  readonly after: { readonly role: Role; readonly active: boolean };
}

/**
 * Nobody takes their own access away: a user who deactivated or demoted themselves could leave no one to
 * undo it. Others' accounts may be changed freely (within the other rules).
 */
export function checkAccountChange(change: AccountChange): Result<void, AccountError> {
  if (change.actorUserId !== change.userId) return ok(undefined);
  if (change.before.active && !change.after.active) return err({ code: 'SELF_DEACTIVATION_REFUSED' });
  if (change.before.role !== change.after.role) return err({ code: 'SELF_DEMOTION_REFUSED' });
  return ok(undefined);
}

export const ACCOUNT_ERROR_LABELS = {
  ROLE_NOT_AT_COMMISSION_LEVEL: {
    id: 'Peran ini tidak dapat ditempatkan pada tingkat komisi tersebut',
    en: 'This role cannot be held at that level of commission',
  },
  PASSWORD_TOO_SHORT: {
    id: `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter`,
    en: `The password needs at least ${PASSWORD_MIN_LENGTH} characters`,
  },
  USERNAME_INVALID: {
    id: 'Nama pengguna 3–64 karakter: huruf kecil, angka, titik, tanda hubung atau garis bawah',
    en: 'A username has 3–64 characters: lower-case letters, digits, dots, dashes or underscores',
  },
  DISPLAY_NAME_MISSING: { id: 'Nama tampilan belum diisi', en: 'The display name is missing' },
  SELF_DEACTIVATION_REFUSED: {
    id: 'Anda tidak dapat menonaktifkan akun Anda sendiri',
    en: 'You cannot deactivate your own account',
  },
  SELF_DEMOTION_REFUSED: {
    id: 'Anda tidak dapat mengubah peran akun Anda sendiri',
    en: 'You cannot change the role of your own account',
  },
} as const satisfies LabelsOf<AccountErrorCode>;
