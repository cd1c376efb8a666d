// An election (Pemilu, or Pemilihan serentak of regional heads) and its stages (tahapan): ad hoc bodies
// are formed for one, and a case says in which stage the alleged act took place. Dates are local calendar
// dates (YYYY-MM-DD) as KPU's schedule decrees write them; a stage lies within its election.
import { tryParseLocalDate } from '../calendar/epoch-day.js';
import { err, ok, type Result } from '../shared/result.js';

/** `general`: Pemilu (DPR, DPD, DPRD, President); `regional`: Pemilihan of governors, regents and mayors. */
export const ELECTION_KINDS = ['general', 'regional'] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];

export interface ElectionStageDraft {
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

export interface ElectionDraft {
  readonly kind: ElectionKind;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly stages: readonly ElectionStageDraft[];
}

export const ELECTION_DRAFT_ERROR_CODES = [
  'ELECTION_NAME_REQUIRED',
  'INVALID_ELECTION_DATE',
  'ELECTION_ENDS_BEFORE_START',
  'STAGE_NAME_REQUIRED',
  'INVALID_STAGE_DATE',
  'STAGE_ENDS_BEFORE_START',
  'STAGE_OUTSIDE_ELECTION',
] as const;
export type ElectionDraftErrorCode = (typeof ELECTION_DRAFT_ERROR_CODES)[number];

export type ElectionDraftError =
  | { readonly code: 'ELECTION_NAME_REQUIRED' }
  | { readonly code: 'INVALID_ELECTION_DATE'; readonly field: 'startsOn' | 'endsOn'; readonly value: string }
  | { readonly code: 'ELECTION_ENDS_BEFORE_START'; readonly startsOn: string; readonly endsOn: string }
  | { readonly code: 'STAGE_NAME_REQUIRED'; readonly stage: number }
  | {
      readonly code: 'INVALID_STAGE_DATE';
      readonly stage: number;
      readonly field: 'startsOn' | 'endsOn';
      readonly value: string;
    }
  | {
      readonly code: 'STAGE_ENDS_BEFORE_START';
      readonly stage: number;
      readonly startsOn: string;
      readonly endsOn: string;
    }
  | {
      readonly code: 'STAGE_OUTSIDE_ELECTION';
      readonly stage: number;
      readonly startsOn: string;
      readonly endsOn: string;
      readonly electionStartsOn: string;
      readonly electionEndsOn: string;
    };

/**
 * Refusals that need the stored elections to see: an unknown election, a stage named for another
 * election, a stage a case still refers to being removed, a body's term ending before it starts.
 * The API returns them; their labels live here.
 */
export const ELECTION_REFUSAL_CODES = [
  'UNKNOWN_ELECTION',
  'STAGE_NOT_IN_ELECTION',
  'STAGE_IN_USE',
  'TERM_ENDS_BEFORE_START',
] as const;
export type ElectionRefusalCode = (typeof ELECTION_REFUSAL_CODES)[number];

const isLocalDate = (value: string): boolean => tryParseLocalDate(value).ok;

/**
 * Every problem of a draft, in a stable order (the election's name and dates, then each stage's, by its
 * index from 0); or the draft with names trimmed. YYYY-MM-DD dates compare as text.
 */
export function checkElectionDraft(
  draft: ElectionDraft,
): Result<ElectionDraft, readonly ElectionDraftError[]> {
  const errors: ElectionDraftError[] = [];
  const name = draft.name.trim();
  if (name === '') errors.push({ code: 'ELECTION_NAME_REQUIRED' });
  const datesValid = (['startsOn', 'endsOn'] as const).every((field) => {
    if (isLocalDate(draft[field])) return true;
    errors.push({ code: 'INVALID_ELECTION_DATE', field, value: draft[field] });
    return false;
  });
  if (datesValid && draft.endsOn < draft.startsOn)
    errors.push({ code: 'ELECTION_ENDS_BEFORE_START', startsOn: draft.startsOn, endsOn: draft.endsOn });
  const electionSpan = datesValid && draft.startsOn <= draft.endsOn;
  const stages = draft.stages.map((stage, index) => {
    const stageName = stage.name.trim();
    if (stageName === '') errors.push({ code: 'STAGE_NAME_REQUIRED', stage: index });
    const valid = (['startsOn', 'endsOn'] as const).every((field) => {
      if (isLocalDate(stage[field])) return true;
      errors.push({ code: 'INVALID_STAGE_DATE', stage: index, field, value: stage[field] });
      return false;
    });
    if (valid && stage.endsOn < stage.startsOn) {
      errors.push({
        code: 'STAGE_ENDS_BEFORE_START',
        stage: index,
        startsOn: stage.startsOn,
        endsOn: stage.endsOn,
      });
    } else if (valid && electionSpan && (stage.startsOn < draft.startsOn || stage.endsOn > draft.endsOn)) {
      errors.push({
        code: 'STAGE_OUTSIDE_ELECTION',
        stage: index,
        startsOn: stage.startsOn,
        endsOn: stage.endsOn,
        electionStartsOn: draft.startsOn,
        electionEndsOn: draft.endsOn,
      });
    }
    return { ...stage, name: stageName };
  });
  return errors.length > 0 ? err(errors) : ok({ ...draft, name, stages });
}

/** The first stage (in the order given) whose dates include `date` (YYYY-MM-DD): a default for a case. */
export function stageOn<S extends { readonly startsOn: string; readonly endsOn: string }>(
  election: { readonly stages: readonly S[] },
  date: string,
): S | undefined {
  return election.stages.find((stage) => stage.startsOn <= date && date <= stage.endsOn);
}
