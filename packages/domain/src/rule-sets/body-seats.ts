import type { BodyType, Confidence } from '../vocabulary/codes.js';

/** How many members (ketua included) a body of one type has. */
export interface SeatRule {
  readonly seats: number;
  readonly confidence: Confidence;
  readonly basis: string;
}

export type BodySeats = { readonly [T in BodyType]: SeatRule };

/**
 * Members per body for Pemilu 2024 (regulation.md, "Members per body"). Pantarlih is one per TPS, two
 * where a TPS has more than 400 voters (Pilkada 2024, [M]); voter counts are not on record, so the
 * default is one and a rule set (or a later election's) may change it.
 */
export const DEFAULT_BODY_SEATS: BodySeats = {
  ppk: { seats: 5, confidence: 'high', basis: 'Members per body, regulation.md [S61][S62][S34]' },
  pps: { seats: 3, confidence: 'high', basis: 'Members per body, regulation.md [S61][S62][S34]' },
  kpps: { seats: 7, confidence: 'high', basis: 'Members per body (per TPS), regulation.md [S61][S62][S34]' },
  pantarlih: {
    seats: 1,
    confidence: 'medium',
    basis: 'Pilkada 2024 practice: 1 per TPS, 2 above 400 voters (regulation.md [S66])',
  },
};
