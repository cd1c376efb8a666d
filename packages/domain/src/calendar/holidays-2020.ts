/**
 * 2020: SKB Menag, Menaker, MenPAN-RB No. 728/2019, 213/2019, 01/2019, amended twice during the
 * pandemic (the Idul Fitri cuti bersama moved to the year end, then cut to 24 and 31 December), with the
 * voting day of the 2020 regional elections (Keppres 22/2020). Compiled from the decrees as reported at the
 * time; cuti bersama checked against vacanza/holidays.
 */
import { cutiBersama, nationalHoliday, type HolidayYear } from './holiday.js';

const AMENDED = 'SKB of 1 December 2020 amending the 2020 holidays and cuti bersama';

export const HOLIDAYS_2020: HolidayYear = {
  year: 2020,
  decree:
    'SKB Menag, Menaker, MenPAN-RB No. 728/2019, 213/2019, 01/2019, as amended in 2020; voting day: Keppres 22/2020',
  confidence: 'medium',
  holidays: [
    nationalHoliday('2020-01-01', 'Tahun Baru 2020 Masehi', "New Year's Day 2020"),
    nationalHoliday('2020-01-25', 'Tahun Baru Imlek 2571 Kongzili', 'Chinese New Year 2571'),
    nationalHoliday('2020-03-22', 'Isra Mikraj Nabi Muhammad SAW', "Isra and Mi'raj of the Prophet Muhammad"),
    nationalHoliday(
      '2020-03-25',
      'Hari Suci Nyepi Tahun Baru Saka 1942',
      'Day of Silence (Saka New Year 1942)',
    ),
    nationalHoliday('2020-04-10', 'Wafat Isa Almasih', 'Good Friday'),
    nationalHoliday('2020-05-01', 'Hari Buruh Internasional', 'International Labour Day'),
    nationalHoliday('2020-05-07', 'Hari Raya Waisak 2564 BE', 'Vesak 2564 BE'),
    nationalHoliday('2020-05-21', 'Kenaikan Isa Almasih', 'Ascension of Jesus Christ'),
    nationalHoliday('2020-05-24', 'Hari Raya Idul Fitri 1441 Hijriah', 'Eid al-Fitr 1441 AH'),
    nationalHoliday(
      '2020-05-25',
      'Hari Raya Idul Fitri 1441 Hijriah (hari kedua)',
      'Eid al-Fitr 1441 AH (second day)',
    ),
    nationalHoliday('2020-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'),
    nationalHoliday('2020-07-31', 'Hari Raya Idul Adha 1441 Hijriah', 'Eid al-Adha 1441 AH'),
    nationalHoliday('2020-08-17', 'Hari Kemerdekaan Republik Indonesia', 'Independence Day'),
    nationalHoliday('2020-08-20', 'Tahun Baru Islam 1442 Hijriah', 'Islamic New Year 1442 AH'),
    cutiBersama('2020-08-21', 'Cuti bersama Tahun Baru Islam', 'Collective leave: Islamic New Year'),
    cutiBersama(
      '2020-10-28',
      'Cuti bersama Maulid Nabi Muhammad SAW',
      "Collective leave: Prophet's Birthday",
    ),
    nationalHoliday('2020-10-29', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday"),
    cutiBersama(
      '2020-10-30',
      'Cuti bersama Maulid Nabi Muhammad SAW',
      "Collective leave: Prophet's Birthday",
    ),
    nationalHoliday(
      '2020-12-09',
      'Hari pemungutan suara Pemilihan Serentak 2020',
      'Voting day, 2020 regional elections',
      'Keppres 22/2020: voting day of the 2020 regional elections',
    ),
    cutiBersama('2020-12-24', 'Cuti bersama Hari Raya Natal', 'Collective leave: Christmas'),
    nationalHoliday('2020-12-25', 'Hari Raya Natal', 'Christmas Day'),
    cutiBersama(
      '2020-12-31',
      'Cuti bersama pengganti Idul Fitri 1441 Hijriah',
      'Collective leave in place of Eid al-Fitr 1441 AH',
      AMENDED,
    ),
  ],
};
