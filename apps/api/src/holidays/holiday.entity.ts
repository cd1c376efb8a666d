import { EntitySchema } from '@mikro-orm/core';

/**
 * The national administrator's correction of one date of the built-in holiday list (@etik/domain): a day
 * off `added` (or corrected: it replaces whatever the built-in list has on that date), or a built-in day
 * `removed`. Restoring a date deletes its row, so the built-in list speaks again. The calendar the API
 * counts on is built-in days + added − removed (holiday-calendar.ts). Every change is audited on the
 * national chain.
 */
export class HolidayOverride {
  /** YYYY-MM-DD, a local calendar date. */
  date!: string;
  change!: 'added' | 'removed';
  /** nationalHoliday or cutiBersama; null for a removed day. */
  kind!: string | null;
  nameId!: string | null;
  nameEn!: string | null;
  changedAt!: Date;
  changedBy!: string | null;
}

export const HolidayOverrideSchema = new EntitySchema<HolidayOverride>({
  class: HolidayOverride,
  tableName: 'holiday',
  properties: {
    date: { type: 'string', length: 10, primary: true },
    change: { type: 'string', length: 16 },
    kind: { type: 'string', length: 32, nullable: true },
    nameId: { type: 'string', length: 200, nullable: true },
    nameEn: { type: 'string', length: 200, nullable: true },
    changedAt: { type: 'datetime' },
    changedBy: { type: 'string', length: 64, nullable: true },
  },
});
