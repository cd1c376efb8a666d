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

/**
 * Why a long enough password is still refused (NIST SP 800-63B §5.1.1.2: context-specific words, repetitive
 * or sequential characters, commonly used passwords). `common` is decided by the API, which holds the list.
 */
export const WEAK_PASSWORD_REASONS = ['containsUsername', 'repetitive', 'sequence', 'common'] as const;
export type WeakPasswordReason = (typeof WEAK_PASSWORD_REASONS)[number];

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
  | { readonly code: 'WEAK_PASSWORD'; readonly reason: WeakPasswordReason }
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

/** Runs along a keyboard row, the alphabet or the digits; a password inside one of them (or its reverse) is a sequence. */
const RUNS = ['qwertyuiopasdfghjklzxcvbnm', 'abcdefghijklmnopqrstuvwxyz', '1234567890'].flatMap((run) => {
  const repeated = run.repeat(Math.ceil(256 / run.length) + 1);
  return [repeated, [...repeated].reverse().join('')];
});

/** Few distinct characters ("aaaaaaaaaaab"), or one short unit repeated ("abcabcabcabc"). */
function isRepetitive(chars: readonly string[]): boolean {
  if (new Set(chars).size < 4) return true;
  const text = chars.join('');
  for (let unit = 1; unit <= chars.length / 2; unit += 1) {
    if (
      chars.length % unit === 0 &&
      chars
        .slice(0, unit)
        .join('')
        .repeat(chars.length / unit) === text
    )
      return true;
  }
  return false;
}

/** Every character one step from the previous one in the same direction, or a stretch of a keyboard row. */
function isSequence(chars: readonly string[]): boolean {
  const text = chars.join('');
  if (RUNS.some((run) => run.includes(text))) return true;
  const steps = chars.slice(1).map((char, index) => char.codePointAt(0)! - chars[index]!.codePointAt(0)!);
  return steps.every((step) => step === 1) || steps.every((step) => step === -1);
}

/**
 * Length in code points (a password of emoji is not longer than it looks), then the rules a list is not
 * needed for: not the username nor containing it, not repetitive, not a sequence. Lower case throughout.
 */
export function checkPassword(password: string, username?: string): Result<void, AccountError> {
  const chars = [...password.normalize('NFKC').toLowerCase()];
  if (chars.length < PASSWORD_MIN_LENGTH)
    return err({ code: 'PASSWORD_TOO_SHORT', minLength: PASSWORD_MIN_LENGTH });
  const name = username?.trim().toLowerCase() ?? '';
  if (name !== '' && chars.join('').includes(name))
    return err({ code: 'WEAK_PASSWORD', reason: 'containsUsername' });
  if (isRepetitive(chars)) return err({ code: 'WEAK_PASSWORD', reason: 'repetitive' });
  if (isSequence(chars)) return err({ code: 'WEAK_PASSWORD', reason: 'sequence' });
  return ok(undefined);
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
    const password = checkPassword(input.password, username);
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
  WEAK_PASSWORD: {
    id: 'Kata sandi ini terlalu mudah ditebak; pilih yang lain',
    en: 'This password is too easy to guess; choose another one',
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

/** Refusals when an account is given a person record (the commission's own staff). */
export const STAFF_PERSON_ERROR_LABELS = {
  NIK_TAKEN: {
    id: 'NIK sudah tercatat untuk orang lain',
    en: 'A person with this NIK is already on record',
  },
  USER_HAS_PERSON: {
    id: 'Akun ini sudah terhubung dengan data orang',
    en: 'This account is already linked to a person',
  },
} as const satisfies LabelsOf<'NIK_TAKEN' | 'USER_HAS_PERSON'>;

/** Why a password was refused as weak (`extensions.reason` of WEAK_PASSWORD). */
export const WEAK_PASSWORD_REASON_LABELS = {
  containsUsername: {
    id: 'Kata sandi tidak boleh memuat nama pengguna',
    en: 'The password must not contain the username',
  },
  repetitive: {
    id: 'Kata sandi terdiri dari karakter yang berulang',
    en: 'The password repeats the same characters',
  },
  sequence: {
    id: 'Kata sandi berupa urutan (123456…, abcdef…, qwerty…)',
    en: 'The password is a sequence (123456…, abcdef…, qwerty…)',
  },
  common: {
    id: 'Kata sandi ini termasuk yang paling sering dipakai',
    en: 'This password is one of the most commonly used',
  },
} as const satisfies LabelsOf<WeakPasswordReason>;
