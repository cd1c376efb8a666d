/**
 * Indonesia's three time zones (Keppres 41/1987) and the provinces in each, by Kemendagri code, so that a
 * commission counts its deadlines to the end of its own local day. No DST: a zone is a fixed offset.
 */
import type { LabelsOf } from '../labels/label.js';
import { WIB_OFFSET_MINUTES, WIT_OFFSET_MINUTES, WITA_OFFSET_MINUTES } from './epoch-day.js';

export const TIME_ZONES = ['WIB', 'WITA', 'WIT'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];

export const TIME_ZONE_LABELS = {
  WIB: { id: 'WIB (UTC+7)', en: 'WIB (UTC+7)' },
  WITA: { id: 'WITA (UTC+8)', en: 'WITA (UTC+8)' },
  WIT: { id: 'WIT (UTC+9)', en: 'WIT (UTC+9)' },
} as const satisfies LabelsOf<TimeZone>;

export const UTC_OFFSET_MINUTES: Readonly<Record<TimeZone, number>> = {
  WIB: WIB_OFFSET_MINUTES,
  WITA: WITA_OFFSET_MINUTES,
  WIT: WIT_OFFSET_MINUTES,
};

/** Bali, Nusa Tenggara, South, East and North Kalimantan, and every Sulawesi province. */
const WITA_PROVINCES: ReadonlySet<string> = new Set([
  '51',
  '52',
  '53',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
]);
/** Maluku, North Maluku and the Papua provinces (91–96 since the 2022 division). */
const WIT_PROVINCES: ReadonlySet<string> = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);

/**
 * The zone of a region by its Kemendagri code ("63", "63.71", "63.71.01"…): its province's. A national
 * body, or a code of no known province, works in WIB, the capital's zone.
 */
export function timeZoneOfRegion(regionCode: string | null | undefined): TimeZone {
  const province = regionCode?.slice(0, 2) ?? '';
  if (WITA_PROVINCES.has(province)) return 'WITA';
  if (WIT_PROVINCES.has(province)) return 'WIT';
  return 'WIB';
}

/** Minutes ahead of UTC of a region's zone: 420, 480 or 540. */
export const utcOffsetOfRegion = (regionCode: string | null | undefined): number =>
  UTC_OFFSET_MINUTES[timeZoneOfRegion(regionCode)];
