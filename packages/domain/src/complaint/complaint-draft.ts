import type { BodyType, CaseSource, EvidenceKind, Position } from '../vocabulary/codes.js';

/** What a clerk has typed so far: every field may still be missing, which is what the check reports. */
export interface ComplaintDraft {
  readonly source: CaseSource;
  readonly complainant?: ComplainantDraft;
  readonly respondents?: readonly RespondentDraft[];
  readonly eventDate?: Date;
  readonly eventPlace?: string;
  readonly chronology?: string;
  /** When the complainant learned of the event; the filing window counts from here when known. */
  readonly knownAt?: Date;
  readonly evidence?: readonly EvidenceDraft[];
  /** Letter number, SIGAPLAPOR number, DKPP case number, or Model PE-1 plenary minutes. */
  readonly sourceReference?: string;
}

export interface ComplainantDraft {
  readonly name?: string;
  /** NIK (KTP) or another identity document number. */
  readonly idNumber?: string;
  readonly address?: string;
  readonly phone?: string;
  readonly email?: string;
  /** Identity withheld from the respondent; it must still be recorded. */
  readonly confidential?: boolean;
}

export interface RespondentDraft {
  readonly name?: string;
  readonly membershipId?: string;
  readonly bodyType?: BodyType;
  readonly position?: Position;
  readonly bodyName?: string;
}

export interface EvidenceDraft {
  /** A plain string too: the form may hold a kind the rule set does not accept, which is reported. */
  readonly kind: EvidenceKind | string;
  readonly description?: string;
}

/**
 * Sources where an institution (KPU itself, Bawaslu, a PPK/PPS, DKPP) is the complainant: no personal
 * identity is asked for, and no filing window applies, but the institution's document must be cited.
 */
export const INSTITUTIONAL_SOURCES = [
  'internalFinding',
  'bawasluRecommendation',
  'adhocBodyReport',
  'dkppVerdict',
] as const satisfies readonly CaseSource[];

export const isInstitutionalSource = (source: CaseSource): boolean =>
  (INSTITUTIONAL_SOURCES as readonly CaseSource[]).includes(source);
