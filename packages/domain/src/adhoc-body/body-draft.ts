// What makes an ad hoc body well formed, before it is stored: a PPK serves a kecamatan, a PPS a
// desa/kelurahan, a KPPS and a Pantarlih one TPS of a desa/kelurahan; and the region lies in the regency
// of the KPU Kabupaten/Kota that forms it. Region codes nest ("35.08" → "35.08.01" → "35.08.01.2001"),
// so both checks need only the codes and the region's level.
import { err, ok, type Result } from '../shared/result.js';
import type { BodyType } from '../vocabulary/codes.js';

/** Kemendagri region levels a body can serve. */
export type BodyRegionLevel = 'province' | 'regency' | 'district' | 'village';

export const TPS_NUMBER_RANGE = { min: 1, max: 999 } as const;

/** Bodies formed per polling station (TPS): their drafts carry a TPS number. */
export const PER_TPS_BODY_TYPES: readonly BodyType[] = ['kpps', 'pantarlih'];

/** The level of region each type of body serves. */
export const BODY_REGION_LEVEL: { readonly [T in BodyType]: BodyRegionLevel } = {
  ppk: 'district',
  pps: 'village',
  kpps: 'village',
  pantarlih: 'village',
};

export interface BodyDraft {
  readonly type: BodyType;
  readonly name: string;
  readonly region: { readonly code: string; readonly level: BodyRegionLevel };
  readonly tpsNumber?: number | undefined;
  /** The regency (or city) of the forming KPU Kabupaten/Kota. */
  readonly commissionRegionCode: string;
}

export const BODY_DRAFT_ERROR_CODES = [
  'BODY_NAME_REQUIRED',
  'REGION_LEVEL_MISMATCH',
  'TPS_NUMBER_REQUIRED',
  'TPS_NUMBER_UNEXPECTED',
  'INVALID_TPS_NUMBER',
  'REGION_OUTSIDE_COMMISSION',
] as const;
export type BodyDraftErrorCode = (typeof BODY_DRAFT_ERROR_CODES)[number];

export type BodyDraftError =
  | { readonly code: 'BODY_NAME_REQUIRED' }
  | {
      readonly code: 'REGION_LEVEL_MISMATCH';
      readonly type: BodyType;
      readonly expectedLevel: BodyRegionLevel;
      readonly regionLevel: BodyRegionLevel;
    }
  | { readonly code: 'TPS_NUMBER_REQUIRED'; readonly type: BodyType }
  | { readonly code: 'TPS_NUMBER_UNEXPECTED'; readonly type: BodyType }
  | {
      readonly code: 'INVALID_TPS_NUMBER';
      readonly tpsNumber: number;
      readonly min: number;
      readonly max: number;
    }
  | {
      readonly code: 'REGION_OUTSIDE_COMMISSION';
      readonly regionCode: string;
      readonly commissionRegionCode: string;
    };

/** Every problem of a draft, in a stable order (name, region, TPS, jurisdiction); or the draft, name trimmed. */
export function checkBodyDraft(draft: BodyDraft): Result<BodyDraft, readonly BodyDraftError[]> {
  const errors: BodyDraftError[] = [];
  const name = draft.name.trim();
  if (name === '') errors.push({ code: 'BODY_NAME_REQUIRED' });
  const expectedLevel = BODY_REGION_LEVEL[draft.type];
  if (draft.region.level !== expectedLevel) {
    errors.push({
      code: 'REGION_LEVEL_MISMATCH',
      type: draft.type,
      expectedLevel,
      regionLevel: draft.region.level,
    });
  }
  const perTps = PER_TPS_BODY_TYPES.includes(draft.type);
  if (draft.tpsNumber === undefined) {
    if (perTps) errors.push({ code: 'TPS_NUMBER_REQUIRED', type: draft.type });
  } else if (!perTps) {
    errors.push({ code: 'TPS_NUMBER_UNEXPECTED', type: draft.type });
  } else if (!isTpsNumber(draft.tpsNumber)) {
    errors.push({ code: 'INVALID_TPS_NUMBER', tpsNumber: draft.tpsNumber, ...TPS_NUMBER_RANGE });
  }
  if (!liesWithin(draft.region.code, draft.commissionRegionCode)) {
    errors.push({
      code: 'REGION_OUTSIDE_COMMISSION',
      regionCode: draft.region.code,
      commissionRegionCode: draft.commissionRegionCode,
    });
  }
  return errors.length > 0 ? err(errors) : ok({ ...draft, name });
}

const isTpsNumber = (value: number): boolean =>
  Number.isInteger(value) && value >= TPS_NUMBER_RANGE.min && value <= TPS_NUMBER_RANGE.max;

/** "35.08.01.2001" lies within "35.08" (and within itself); "35.081" does not. */
export const liesWithin = (regionCode: string, ancestorCode: string): boolean =>
  regionCode === ancestorCode || regionCode.startsWith(`${ancestorCode}.`);

/**
 * The readable id of a body, as the seeds make them: `ppk-35.08.01`, `pps-35.08.01.2001`,
 * `kpps-35.08.01.2001-tps007`. A later body on the same spot (after one was dissolved) gets `-2`, `-3`….
 */
export function bodyIdOf(type: BodyType, regionCode: string, tpsNumber?: number, generation = 1): string {
  const tps = tpsNumber === undefined ? '' : `-tps${String(tpsNumber).padStart(3, '0')}`;
  return `${type}-${regionCode}${tps}${generation > 1 ? `-${generation}` : ''}`;
}

/**
 * Refusals of forming a body that need the database to see: a body of the type already serves the spot,
 * or the forming commission is not a KPU Kabupaten/Kota. The API returns them; their labels live here.
 */
export const BODY_SETUP_REFUSAL_CODES = ['BODY_EXISTS', 'NOT_A_REGENCY_COMMISSION'] as const;
export type BodySetupRefusalCode = (typeof BODY_SETUP_REFUSAL_CODES)[number];

/**
 * Problems of a line of a body import that only the importer sees: no region of that code on record, or a
 * body on the same spot (type, region, TPS) named on an earlier line of the file.
 */
export const BODY_IMPORT_ROW_ERROR_CODES = ['UNKNOWN_REGION', 'DUPLICATE_BODY_IN_FILE'] as const;
export type BodyImportRowErrorCode = (typeof BODY_IMPORT_ROW_ERROR_CODES)[number];

export const DISSOLUTION_ERROR_CODES = [
  'DISSOLUTION_REASON_REQUIRED',
  'DISSOLUTION_IN_FUTURE',
  'DISSOLUTION_BEFORE_FORMATION',
  'BODY_HAS_ACTIVE_MEMBERS',
  'BODY_DISSOLVED',
] as const;
export type DissolutionErrorCode = (typeof DISSOLUTION_ERROR_CODES)[number];

export type DissolutionError =
  | { readonly code: 'DISSOLUTION_REASON_REQUIRED' }
  | { readonly code: 'DISSOLUTION_IN_FUTURE'; readonly dissolvedAt: Date; readonly now: Date }
  | { readonly code: 'DISSOLUTION_BEFORE_FORMATION'; readonly dissolvedAt: Date; readonly formedAt: Date }
  | { readonly code: 'BODY_HAS_ACTIVE_MEMBERS'; readonly activeMembers: number }
  | { readonly code: 'BODY_DISSOLVED'; readonly dissolvedAt: Date };

export interface DissolutionFacts {
  readonly reason: string;
  readonly dissolvedAt: Date;
  readonly now: Date;
  /** Unknown for bodies recorded before formation dates were kept. */
  readonly formedAt?: Date | undefined;
  /** Set when the body was dissolved already. */
  readonly alreadyDissolvedAt?: Date | undefined;
  readonly activeMembers: number;
}

/**
 * Whether a body may be dissolved: once, with a reason, on a date between its formation and now, and only
 * when no member is active any more (their terms end, or they leave, first: a body's history is kept).
 */
export function checkDissolution(facts: DissolutionFacts): Result<{ reason: string }, DissolutionError> {
  if (facts.alreadyDissolvedAt) return err({ code: 'BODY_DISSOLVED', dissolvedAt: facts.alreadyDissolvedAt });
  const reason = facts.reason.trim();
  if (reason === '') return err({ code: 'DISSOLUTION_REASON_REQUIRED' });
  if (facts.dissolvedAt.getTime() > facts.now.getTime()) {
    return err({ code: 'DISSOLUTION_IN_FUTURE', dissolvedAt: facts.dissolvedAt, now: facts.now });
  }
  if (facts.formedAt && facts.dissolvedAt.getTime() < facts.formedAt.getTime()) {
    return err({
      code: 'DISSOLUTION_BEFORE_FORMATION',
      dissolvedAt: facts.dissolvedAt,
      formedAt: facts.formedAt,
    });
  }
  if (facts.activeMembers > 0)
    return err({ code: 'BODY_HAS_ACTIVE_MEMBERS', activeMembers: facts.activeMembers });
  return ok({ reason });
}
