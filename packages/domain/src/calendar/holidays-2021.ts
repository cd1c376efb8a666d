/**
 * 2021: SKB Menag, Menaker, MenPAN-RB No. 642/2020, 4/2020, 4/2020, as amended by SKB No. 712/2021,
 * 1/2021, 3/2021 (June 2021), which moved Islamic New Year to 11 August and the Prophet's Birthday to
 * 20 October and cancelled the Christmas cuti bersama. Compiled from the decrees as reported at the time;
 * cuti bersama checked against vacanza/holidays.
 */
import { cutiBersama, nationalHoliday, type HolidayYear } from './holiday.js';

const AMENDED = 'SKB No. 712/2021, 1/2021, 3/2021 (June 2021)';

export const HOLIDAYS_2021: HolidayYear = {
  year: 2021,
  decree:
    'SKB Menag, Menaker, MenPAN-RB No. 642/2020, 4/2020, 4/2020, as amended by SKB No. 712/2021, 1/2021, 3/2021',
  confidence: 'medium',
  holidays: [
    nationalHoliday('2021-01-01', 'Tahun Baru 2021 Masehi', "New Year's Day 2021"),
    nationalHoliday('2021-02-12', 'Tahun Baru Imlek 2572 Kongzili', 'Chinese New Year 2572'),
    nationalHoliday('2021-03-11', 'Isra Mikraj Nabi Muhammad SAW', "Isra and Mi'raj of the Prophet Muhammad"),
    nationalHoliday(
      '2021-03-14',
      'Hari Suci Nyepi Tahun Baru Saka 1943',
      'Day of Silence (Saka New Year 1943)',
    ),
    nationalHoliday('2021-04-02', 'Wafat Isa Almasih', 'Good Friday'),
    nationalHoliday('2021-05-01', 'Hari Buruh Internasional', 'International Labour Day'),
    cutiBersama(
      '2021-05-12',
      'Cuti bersama Idul Fitri 1442 Hijriah',
      'Collective leave: Eid al-Fitr 1442 AH',
    ),
    // Two holidays fell on one day; the calendar keeps one entry per kind and day.
    nationalHoliday(
      '2021-05-13',
      'Hari Raya Idul Fitri 1442 Hijriah dan Kenaikan Isa Almasih',
      'Eid al-Fitr 1442 AH and Ascension of Jesus Christ',
    ),
    nationalHoliday(
      '2021-05-14',
      'Hari Raya Idul Fitri 1442 Hijriah (hari kedua)',
      'Eid al-Fitr 1442 AH (second day)',
    ),
    nationalHoliday('2021-05-26', 'Hari Raya Waisak 2565 BE', 'Vesak 2565 BE'),
    nationalHoliday('2021-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'),
    nationalHoliday('2021-07-20', 'Hari Raya Idul Adha 1442 Hijriah', 'Eid al-Adha 1442 AH'),
    nationalHoliday('2021-08-11', 'Tahun Baru Islam 1443 Hijriah', 'Islamic New Year 1443 AH', AMENDED),
    nationalHoliday('2021-08-17', 'Hari Kemerdekaan Republik Indonesia', 'Independence Day'),
    nationalHoliday('2021-10-20', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday", AMENDED),
    nationalHoliday('2021-12-25', 'Hari Raya Natal', 'Christmas Day'),
  ],
};
