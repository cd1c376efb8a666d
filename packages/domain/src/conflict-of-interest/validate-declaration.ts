import type { LabelsOf } from '../labels/label.js';
import { err, ok, type Result } from '../shared/result.js';
import { invariant } from '../shared/invariant.js';
import { FAMILY_RELATIONS, RELATIVE_ROLES, type FamilyTieDeclaration } from './family-tie-declaration.js';

/** A declaration as typed into the form: relation and role are still free strings. */
export interface DeclarationInput {
  readonly id: string;
  /** Absent for a declaration by the commission's own commissioners and staff. */
  readonly membershipId?: string;
  readonly personId: string;
  readonly relativeName?: string;
  readonly relativePersonId?: string;
  readonly relation: string;
  readonly relativeRole: string;
  readonly declaredAt: Date;
  readonly published: boolean;
  readonly publishedUrl?: string;
}

export type DeclarationError =
  | { readonly code: 'RELATIVE_NAME_MISSING' }
  | { readonly code: 'RELATIVE_IS_DECLARER' }
  | { readonly code: 'RELATION_UNKNOWN'; readonly value: string }
  | { readonly code: 'RELATIVE_ROLE_UNKNOWN'; readonly value: string }
  | { readonly code: 'DECLARED_AT_INVALID' }
  | { readonly code: 'PUBLISHED_URL_MISSING' }
  | { readonly code: 'PUBLISHED_URL_INVALID'; readonly value: string };
export type DeclarationErrorCode = DeclarationError['code'];

/**
 * Checks a declaration and returns it typed and trimmed, or every error found. Ids are created by the
 * application, never typed, so a blank id is a bug and throws.
 */
export function validateDeclaration(
  input: DeclarationInput,
): Result<FamilyTieDeclaration, DeclarationError[]> {
  invariant(
    [input.id, input.personId].every((id) => id.trim() !== '') && input.membershipId?.trim() !== '',
    'validateDeclaration: id and personId must be set, and membershipId if given',
  );
  const errors: DeclarationError[] = [];
  const relativeName = input.relativeName?.trim() ?? '';
  const relativePersonId = input.relativePersonId?.trim() || undefined;
  const publishedUrl = input.publishedUrl?.trim() || undefined;
  const relation = FAMILY_RELATIONS.find((known) => known === input.relation);
  const relativeRole = RELATIVE_ROLES.find((known) => known === input.relativeRole);

  if (relativeName === '') errors.push({ code: 'RELATIVE_NAME_MISSING' });
  if (relativePersonId === input.personId) errors.push({ code: 'RELATIVE_IS_DECLARER' });
  if (relation === undefined) errors.push({ code: 'RELATION_UNKNOWN', value: input.relation });
  if (relativeRole === undefined) errors.push({ code: 'RELATIVE_ROLE_UNKNOWN', value: input.relativeRole });
  if (Number.isNaN(input.declaredAt.getTime())) errors.push({ code: 'DECLARED_AT_INVALID' });
  if (publishedUrl === undefined) {
    // A declaration counts as published only where the public can read it.
    if (input.published) errors.push({ code: 'PUBLISHED_URL_MISSING' });
  } else if (!WEB_ADDRESS.test(publishedUrl)) {
    errors.push({ code: 'PUBLISHED_URL_INVALID', value: publishedUrl });
  }

  if (relation === undefined || relativeRole === undefined || errors.length > 0) return err(errors);
  return ok({
    id: input.id,
    ...(input.membershipId === undefined ? {} : { membershipId: input.membershipId }),
    personId: input.personId,
    relativeName,
    ...(relativePersonId === undefined ? {} : { relativePersonId }),
    relation,
    relativeRole,
    declaredAt: input.declaredAt,
    published: input.published,
    ...(publishedUrl === undefined ? {} : { publishedUrl }),
  });
}

// No URL parser in the domain's ES2023 lib; a scheme and a host are all a link on a KPU page needs.
const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i;

export const DECLARATION_ERROR_LABELS = {
  RELATIVE_NAME_MISSING: { id: 'Nama kerabat belum diisi', en: "The relative's name is missing" },
  RELATIVE_IS_DECLARER: {
    id: 'Kerabat yang dinyatakan adalah pembuat pernyataan sendiri',
    en: 'The declared relative is the declarer',
  },
  RELATION_UNKNOWN: { id: 'Hubungan keluarga tidak dikenal', en: 'Unknown family relation' },
  RELATIVE_ROLE_UNKNOWN: { id: 'Kedudukan kerabat tidak dikenal', en: 'Unknown role of the relative' },
  DECLARED_AT_INVALID: { id: 'Tanggal pernyataan tidak valid', en: 'The declaration date is invalid' },
  PUBLISHED_URL_MISSING: {
    id: 'Pernyataan diumumkan tetapi alamat tautan belum diisi',
    en: 'The declaration is published but has no link',
  },
  PUBLISHED_URL_INVALID: {
    id: 'Alamat tautan pengumuman tidak valid',
    en: 'The publication link is not a valid web address',
  },
} as const satisfies LabelsOf<DeclarationErrorCode>;
