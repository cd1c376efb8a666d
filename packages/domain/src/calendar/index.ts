export {
  endOfEpochDay,
  epochDayOf,
  formatLocalDate,
  parseLocalDate,
  startOfEpochDay,
  tryParseLocalDate,
  weekdayOf,
  WIB_OFFSET_MINUTES,
  WIT_OFFSET_MINUTES,
  WITA_OFFSET_MINUTES,
  type EpochDay,
  type InvalidDateError,
  type Weekday,
} from './epoch-day.js';
export {
  CASE_AUDIT_ACTION_LABELS,
  CASE_AUDIT_ACTIONS,
  HOLIDAY_ERROR_CODES,
  HOLIDAY_ERROR_LABELS,
  HOLIDAY_KIND_LABELS,
  HOLIDAY_KINDS,
  HOLIDAY_ORIGIN_LABELS,
  HOLIDAY_ORIGINS,
  type CaseAuditAction,
  type HolidayErrorCode,
  type HolidayOrigin,
  type Holiday,
  type HolidayKind,
  type HolidayYear,
} from './holiday.js';
export { createWorkingDayCalendar, type WorkingDayCalendar } from './working-day-calendar.js';
export { defaultCalendar, HOLIDAY_YEARS } from './default-calendar.js';
export {
  TIME_ZONE_LABELS,
  TIME_ZONES,
  timeZoneOfRegion,
  UTC_OFFSET_MINUTES,
  utcOffsetOfRegion,
  type TimeZone,
} from './time-zones.js';
