import type { LabelsOf } from '../labels/label.js';
import { invariant } from '../shared/invariant.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * A case register number: one sequence per handling commission and year, e.g. `0007/ETIK/3507/2024`
 * for the 7th case of 2024 at KPU Kabupaten Malang (Kemendagri code 35.07).
 */
export interface RegisterNumber {
  /** The regency's Kemendagri code, digits only: `3507`. */
  readonly commissionCode: string;
  readonly year: number;
  readonly sequence: number;
}

export type RegisterNumberError = { readonly code: 'INVALID_REGISTER_NUMBER' };
export type RegisterNumberErrorCode = RegisterNumberError['code'];

const SEQUENCE_DIGITS = 4;
const PATTERN = /^(\d+)\/ETIK\/(\d{4})\/(\d{4})$/;

/** Formats a register number; the inputs come from the application's own counter, so bad ones are bugs. */
export function formatRegisterNumber({ commissionCode, year, sequence }: RegisterNumber): string {
  const digits = commissionDigits(commissionCode);
  invariant(isPlausibleYear(year), `formatRegisterNumber: year ${year} is not a four-digit integer`);
  invariant(
    Number.isSafeInteger(sequence) && sequence >= 1,
    `formatRegisterNumber: sequence ${sequence} must be a positive integer`,
  );
  return `${String(sequence).padStart(SEQUENCE_DIGITS, '0')}/ETIK/${digits}/${year}`;
}

/**
 * Reads a register number as typed (spaces around it and letter case do not matter). Only the canonical
 * form is accepted, so that one case never has two spellings: `7/ETIK/3507/2024` is refused.
 */
export function parseRegisterNumber(text: string): Result<RegisterNumber, RegisterNumberError> {
  const canonical = text.trim().toUpperCase();
  const match = PATTERN.exec(canonical);
  if (match === null) return err({ code: 'INVALID_REGISTER_NUMBER' });
  const [, sequenceText = '', commissionCode = '', yearText = ''] = match;
  const parsed = { commissionCode, year: Number(yearText), sequence: Number(sequenceText) };
  const isCanonical =
    isPlausibleYear(parsed.year) &&
    Number.isSafeInteger(parsed.sequence) &&
    parsed.sequence >= 1 &&
    formatRegisterNumber(parsed) === canonical;
  return isCanonical ? ok(parsed) : err({ code: 'INVALID_REGISTER_NUMBER' });
}

/** The number after `lastSequence` (none yet: the first of the year) for this commission and year. */
export function nextRegisterNumber(
  commissionCode: string,
  year: number,
  lastSequence: number | undefined,
): string {
  invariant(
    lastSequence === undefined || (Number.isSafeInteger(lastSequence) && lastSequence >= 0),
    `nextRegisterNumber: lastSequence ${lastSequence} must be a non-negative integer`,
  );
  return formatRegisterNumber({ commissionCode, year, sequence: (lastSequence ?? 0) + 1 });
}

/** `35.07` and `3507` name the same regency: province and regency, two digits each. */
function commissionDigits(commissionCode: string): string {
  invariant(
    /^\d{2}\.?\d{2}$/.test(commissionCode),
    `formatRegisterNumber: ${commissionCode} is not a Kemendagri regency code`,
  );
  return commissionCode.replace('.', '');
}

const isPlausibleYear = (year: number): boolean => Number.isInteger(year) && year >= 1000 && year <= 9999;

export const REGISTER_NUMBER_ERROR_LABELS = {
  INVALID_REGISTER_NUMBER: {
    id: 'Nomor register tidak valid (contoh: 0007/ETIK/3507/2024)',
    en: 'Invalid register number (for example 0007/ETIK/3507/2024)',
  },
} as const satisfies LabelsOf<RegisterNumberErrorCode>;
