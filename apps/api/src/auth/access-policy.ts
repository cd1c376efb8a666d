// Who sees what. Commands are authorised by the domain (`transition` refuses with a coded error); this
// file decides visibility: jurisdiction by commission path, examiners by team, and what is masked.
import type { Role } from '@etik/domain';
import type { CurrentUser } from './current-user.js';
import { NotSignedInError } from '../errors/coded-error.js';

/** Roles that work with people's identity numbers, addresses and phone numbers. */
const PERSONAL_DATA_ROLES: readonly Role[] = ['nationalAdmin', 'commissioner', 'officer', 'examiner'];

/** Roles that may see a confidential complainant's identity, in the handling commission only. */
const CONFIDENTIAL_IDENTITY_ROLES: readonly Role[] = ['officer', 'commissioner'];

/** Roles that may file cases: the domain's list, checked here before a transaction is opened. */
export { FILING_ROLES } from '@etik/domain';

/**
 * The signed-in user, or a thrown NotSignedInError (answered as UNAUTHENTICATED). It throws rather than
 * returning a Result because every field checks sign-in for itself (no schema-wide guard) and dozens of
 * callers, case services included, take its value directly.
 */
export const requireUser = (user: CurrentUser | undefined): CurrentUser => {
  if (!user) throw new NotSignedInError();
  return user;
};

export const seesPersonalData = (user: CurrentUser): boolean => PERSONAL_DATA_ROLES.includes(user.role);

export const seesConfidentialIdentity = (user: CurrentUser, caseCommissionId: string): boolean =>
  CONFIDENTIAL_IDENTITY_ROLES.includes(user.role) && user.commissionId === caseCommissionId;

/**
 * Whether this viewer sees who the complainant of a case is (name, person, anything naming them): always,
 * unless the complainant asked for confidentiality. Every value that identifies a complainant goes through
 * here; when it answers true for a confidential case the read must be audited (`auditConfidentialRead`).
 */
export const seesComplainantIdentity = (
  user: CurrentUser,
  ethicsCase: { readonly confidential: boolean; readonly commissionId: string },
): boolean => !ethicsCase.confidential || seesConfidentialIdentity(user, ethicsCase.commissionId);

/**
 * Whether this viewer may list and download an evidence file. A file marked confidential (an identity
 * document, or any file of a confidential complainant's case unless its uploader said otherwise) is for
 * those who may see a confidential identity, and each such read is audited.
 */
export const seesEvidence = (
  user: CurrentUser,
  evidence: { readonly confidential: boolean },
  caseCommissionId: string,
): boolean => !evidence.confidential || seesConfidentialIdentity(user, caseCommissionId);

/** A commission path is inside the caller's jurisdiction when it starts with the caller's own path. */
export const isWithinJurisdiction = (user: CurrentUser, commissionPath: string): boolean =>
  commissionPath.startsWith(user.commissionPath);

/** LIKE pattern for "this path and everything under it"; paths contain no LIKE wildcards (ids are checked). */
export const descendantsPattern = (path: string): string => `${path}%`;
