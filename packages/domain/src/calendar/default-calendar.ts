/** The holiday data shipped with Etik, one decree per year, and the calendar built from it. */
import { HOLIDAYS_2019 } from './holidays-2019.js';
import { HOLIDAYS_2020 } from './holidays-2020.js';
import { HOLIDAYS_2021 } from './holidays-2021.js';
import { HOLIDAYS_2022 } from './holidays-2022.js';
import { HOLIDAYS_2023 } from './holidays-2023.js';
import { HOLIDAYS_2024 } from './holidays-2024.js';
import { HOLIDAYS_2025 } from './holidays-2025.js';
import { HOLIDAYS_2026 } from './holidays-2026.js';
import { HOLIDAYS_2027 } from './holidays-2027.js';
import type { HolidayYear } from './holiday.js';
import { createWorkingDayCalendar, type WorkingDayCalendar } from './working-day-calendar.js';

export const HOLIDAY_YEARS: readonly HolidayYear[] = [
  HOLIDAYS_2019,
  HOLIDAYS_2020,
  HOLIDAYS_2021,
  HOLIDAYS_2022,
  HOLIDAYS_2023,
  HOLIDAYS_2024,
  HOLIDAYS_2025,
  HOLIDAYS_2026,
  HOLIDAYS_2027,
];

export const defaultCalendar: WorkingDayCalendar = createWorkingDayCalendar(HOLIDAY_YEARS);
