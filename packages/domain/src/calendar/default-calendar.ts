/** The holiday data shipped with Etik, one decree per year, and the calendar built from it. */
import { HOLIDAYS_2024 } from './holidays-2024.js';
import { HOLIDAYS_2025 } from './holidays-2025.js';
import { HOLIDAYS_2026 } from './holidays-2026.js';
import { HOLIDAYS_2027 } from './holidays-2027.js';
import type { HolidayYear } from './holiday.js';
import { createWorkingDayCalendar, type WorkingDayCalendar } from './working-day-calendar.js';

export const HOLIDAY_YEARS: readonly HolidayYear[] = [
  HOLIDAYS_2024,
  HOLIDAYS_2025,
  HOLIDAYS_2026,
  HOLIDAYS_2027,
];

export const defaultCalendar: WorkingDayCalendar = createWorkingDayCalendar(HOLIDAY_YEARS);
