import type { Label } from '../labels/label.js';
import type { BodyType, Confidence } from '../vocabulary/codes.js';

/** How many members (ketua included) a body of one type has. */
export interface SeatRule {
  readonly seats: number;
  readonly confidence: Confidence;
  /** What users read: where the number comes from. */
  readonly basis: Label;
}

export type BodySeats = { readonly [T in BodyType]: SeatRule };

/**
 * Members per body for Pemilu 2024 (regulation.md, "Members per body"). Pantarlih is one per TPS, two
 * where a TPS has more than 400 voters (Pilkada 2024, [M]); voter counts are not on record, so the
 * default is one and a rule set (or a later election's) may change it.
 */
// Sources: regulation.md "Members per body" [S61][S62][S34]; Pantarlih [S66].
const FORMED_BY_KPU: Label = {
  id: 'UU 7/2017 tentang Pemilihan Umum dan pedoman teknis pembentukan badan ad hoc KPU',
  en: 'Law 7/2017 on General Elections and the KPU’s technical guidelines on forming ad hoc bodies',
};

export const DEFAULT_BODY_SEATS: BodySeats = {
  ppk: { seats: 5, confidence: 'high', basis: FORMED_BY_KPU },
  pps: { seats: 3, confidence: 'high', basis: FORMED_BY_KPU },
  kpps: { seats: 7, confidence: 'high', basis: FORMED_BY_KPU },
  pantarlih: {
    seats: 1,
    confidence: 'medium',
    basis: {
      id: 'Ketentuan yang dapat diatur komisi: satu Pantarlih per TPS (dua untuk TPS di atas 400 pemilih pada Pilkada 2024).',
      en: 'A setting the commission can configure: one Pantarlih per TPS (two for a TPS above 400 voters in Pilkada 2024).',
    },
  },
};
