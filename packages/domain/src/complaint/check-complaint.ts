import type { ComplaintRules } from '../rule-sets/rule-set.js';
import { invariant } from '../shared/invariant.js';
import type { DayUnit } from '../vocabulary/codes.js';
import { isInstitutionalSource, type ComplaintDraft, type ComplainantDraft } from './complaint-draft.js';
import type { Deficiency, FormalDeficiencyCode, MaterialDeficiencyCode } from './deficiency.js';

/** Days between two moments in the given unit; the caller passes the holiday-aware calendar. */
export type CountDays = (from: Date, to: Date, unit: DayUnit) => number;

export interface ComplaintCheckContext {
  /** When the complaint was received: the "now" the event date and the filing window are judged against. */
  readonly receivedAt: Date;
  readonly countDays: CountDays;
}

export interface ComplaintCheck {
  readonly complete: boolean;
  readonly formal: readonly Deficiency[];
  readonly material: readonly Deficiency[];
  /** Formal then material: everything the complainant must correct, in one notice. */
  readonly deficiencies: readonly Deficiency[];
}

/** Fewer letters and digits than this cannot say who did what; it is a placeholder, not a chronology. */
export const MINIMUM_CHRONOLOGY_LENGTH = 20;

/**
 * Screens a complaint against the formal and material requirements (regulation.md §4.1). Reports every
 * deficiency at once, so one correction notice (BMS) can list them all.
 */
export function checkComplaint(
  draft: ComplaintDraft,
  rules: ComplaintRules,
  at: ComplaintCheckContext,
): ComplaintCheck {
  invariant(isValidDate(at.receivedAt), 'checkComplaint: receivedAt must be a valid date');
  invariant(
    Number.isInteger(rules.minimumEvidence) && rules.minimumEvidence >= 0,
    'checkComplaint: minimumEvidence must be a non-negative integer',
  );
  const formal = [
    ...complainantDeficiencies(draft),
    ...respondentDeficiencies(draft),
    ...timelinessDeficiencies(draft, rules, at),
    ...sourceReferenceDeficiencies(draft),
  ];
  const material = [
    ...eventDateDeficiencies(draft, at.receivedAt),
    ...(hasText(draft.eventPlace) ? [] : [materialGap('EVENT_PLACE_MISSING', 'eventPlace')]),
    ...chronologyDeficiencies(draft.chronology),
    ...evidenceDeficiencies(draft, rules),
  ];
  const deficiencies = [...formal, ...material];
  return { complete: deficiencies.length === 0, formal, material, deficiencies };
}

function complainantDeficiencies(draft: ComplaintDraft): Deficiency[] {
  // The institution itself complains; its letter is the identity (see sourceReferenceDeficiencies).
  if (isInstitutionalSource(draft.source)) return [];
  const complainant: ComplainantDraft = draft.complainant ?? {};
  const gaps: Deficiency[] = [];
  if (!hasText(complainant.name)) gaps.push(formalGap('COMPLAINANT_NAME_MISSING', 'complainant.name'));
  if (!hasText(complainant.idNumber)) gaps.push(formalGap('COMPLAINANT_ID_MISSING', 'complainant.idNumber'));
  // Any one of address, phone or e-mail will do, so the path names the group rather than one field.
  if (![complainant.address, complainant.phone, complainant.email].some(hasText)) {
    gaps.push(formalGap('COMPLAINANT_CONTACT_MISSING', 'complainant'));
  }
  return gaps;
}

function respondentDeficiencies(draft: ComplaintDraft): Deficiency[] {
  const respondents = draft.respondents ?? [];
  if (respondents.length === 0) return [formalGap('RESPONDENT_MISSING', 'respondents')];
  return respondents.flatMap((respondent, index) => {
    const path = `respondents[${index}]`;
    const gaps: Deficiency[] = [];
    if (!hasText(respondent.name)) gaps.push(formalGap('RESPONDENT_NAME_MISSING', `${path}.name`));
    // "Anggota PPS Desa X": the body type and the position together say which office is complained of.
    if (respondent.bodyType === undefined) {
      gaps.push(formalGap('RESPONDENT_POSITION_MISSING', `${path}.bodyType`));
    }
    if (respondent.position === undefined) {
      gaps.push(formalGap('RESPONDENT_POSITION_MISSING', `${path}.position`));
    }
    return gaps;
  });
}

function timelinessDeficiencies(
  draft: ComplaintDraft,
  rules: ComplaintRules,
  { receivedAt, countDays }: ComplaintCheckContext,
): Deficiency[] {
  const eventDate = isValidDate(draft.eventDate) ? draft.eventDate : undefined;
  const knownAt = draft.knownAt;
  const knownAtInRange =
    isValidDate(knownAt) && knownAt <= receivedAt && (eventDate === undefined || knownAt >= eventDate);
  const gaps: Deficiency[] = [];
  if (knownAt !== undefined && !knownAtInRange) gaps.push(formalGap('KNOWN_AT_OUT_OF_RANGE', 'knownAt'));

  // A window binds people who file; an institution's finding, recommendation or verdict is never "late".
  const filingWindow = rules.filingWindow;
  if (filingWindow === undefined || isInstitutionalSource(draft.source)) return gaps;
  const [start, field] = knownAtInRange ? [knownAt, 'knownAt'] : [eventDate, 'eventDate'];
  if (start !== undefined && countDays(start, receivedAt, filingWindow.unit) > filingWindow.amount) {
    gaps.push(formalGap('FILING_WINDOW_PASSED', field));
  }
  return gaps;
}

function sourceReferenceDeficiencies(draft: ComplaintDraft): Deficiency[] {
  if (!isInstitutionalSource(draft.source) || hasText(draft.sourceReference)) return [];
  return [formalGap('SOURCE_REFERENCE_MISSING', 'sourceReference')];
}

function eventDateDeficiencies(draft: ComplaintDraft, receivedAt: Date): Deficiency[] {
  if (!isValidDate(draft.eventDate)) return [materialGap('EVENT_DATE_MISSING', 'eventDate')];
  return draft.eventDate > receivedAt ? [materialGap('EVENT_DATE_IN_FUTURE', 'eventDate')] : [];
}

function chronologyDeficiencies(chronology: string | undefined): Deficiency[] {
  const length = meaningfulLength(chronology, MINIMUM_CHRONOLOGY_LENGTH);
  if (length === 0) return [materialGap('CHRONOLOGY_MISSING', 'chronology')];
  return length < MINIMUM_CHRONOLOGY_LENGTH ? [materialGap('CHRONOLOGY_TOO_SHORT', 'chronology')] : [];
}

function evidenceDeficiencies(draft: ComplaintDraft, rules: ComplaintRules): Deficiency[] {
  const evidence = draft.evidence ?? [];
  const acceptedKinds: readonly string[] = rules.acceptedEvidenceKinds;
  const refused = evidence.flatMap((piece, index) =>
    acceptedKinds.includes(piece.kind)
      ? []
      : [materialGap('EVIDENCE_KIND_NOT_ACCEPTED', `evidence[${index}].kind`)],
  );
  const acceptedCount = evidence.length - refused.length;
  return acceptedCount < rules.minimumEvidence
    ? [...refused, materialGap('EVIDENCE_INSUFFICIENT', 'evidence')]
    : refused;
}

const formalGap = (code: FormalDeficiencyCode, field: string): Deficiency => ({
  code,
  requirement: 'formal',
  field,
});
const materialGap = (code: MaterialDeficiencyCode, field: string): Deficiency => ({
  code,
  requirement: 'material',
  field,
});

/** Letters and digits only: "-", "..." or spaces typed to get past a form field say nothing. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letters and digits in `text`, counted up to `enough`: the check runs on every registration. */
function meaningfulLength(text: string | undefined, enough = Number.POSITIVE_INFINITY): number {
  let count = 0;
  for (const char of text ?? '') {
    const code = char.charCodeAt(0);
    const asciiAlphanumeric =
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (asciiAlphanumeric || (code > 127 && LETTER_OR_DIGIT.test(char))) {
      count += 1;
      if (count >= enough) break;
    }
  }
  return count;
}
const hasText = (text: string | undefined): boolean => meaningfulLength(text, 1) > 0;

const isValidDate = (date: Date | undefined): date is Date =>
  date instanceof Date && !Number.isNaN(date.getTime());
