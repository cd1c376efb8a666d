/**
 * 2023: SKB Menag, Menaker, MenPAN-RB No. 1066/2022, 3/2022, 3/2022, as amended in 2023 (two more
 * Idul Fitri cuti bersama days, 19 and 25 April, and two for Idul Adha, 28 and 30 June). Compiled from
 * the decrees as reported at the time; cuti bersama checked against vacanza/holidays.
 */
import { cutiBersama, nationalHoliday, type HolidayYear } from './holiday.js';

const AMENDED = 'Amending SKB of 2023';

export const HOLIDAYS_2023: HolidayYear = {
  year: 2023,
  decree: 'SKB Menag, Menaker, MenPAN-RB No. 1066/2022, 3/2022, 3/2022, as amended in 2023',
  confidence: 'medium',
  holidays: [
    nationalHoliday('2023-01-01', 'Tahun Baru 2023 Masehi', "New Year's Day 2023"),
    nationalHoliday('2023-01-22', 'Tahun Baru Imlek 2574 Kongzili', 'Chinese New Year 2574'),
    cutiBersama('2023-01-23', 'Cuti bersama Tahun Baru Imlek', 'Collective leave: Chinese New Year'),
    nationalHoliday('2023-02-18', 'Isra Mikraj Nabi Muhammad SAW', "Isra and Mi'raj of the Prophet Muhammad"),
    nationalHoliday(
      '2023-03-22',
      'Hari Suci Nyepi Tahun Baru Saka 1945',
      'Day of Silence (Saka New Year 1945)',
    ),
    cutiBersama('2023-03-23', 'Cuti bersama Hari Suci Nyepi', 'Collective leave: Day of Silence'),
    nationalHoliday('2023-04-07', 'Wafat Isa Almasih', 'Good Friday'),
    cutiBersama(
      '2023-04-19',
      'Cuti bersama Idul Fitri 1444 Hijriah',
      'Collective leave: Eid al-Fitr 1444 AH',
      AMENDED,
    ),
    cutiBersama(
      '2023-04-20',
      'Cuti bersama Idul Fitri 1444 Hijriah',
      'Collective leave: Eid al-Fitr 1444 AH',
    ),
    cutiBersama(
      '2023-04-21',
      'Cuti bersama Idul Fitri 1444 Hijriah',
      'Collective leave: Eid al-Fitr 1444 AH',
    ),
    nationalHoliday('2023-04-22', 'Hari Raya Idul Fitri 1444 Hijriah', 'Eid al-Fitr 1444 AH'),
    nationalHoliday(
      '2023-04-23',
      'Hari Raya Idul Fitri 1444 Hijriah (hari kedua)',
      'Eid al-Fitr 1444 AH (second day)',
    ),
    cutiBersama(
      '2023-04-24',
      'Cuti bersama Idul Fitri 1444 Hijriah',
      'Collective leave: Eid al-Fitr 1444 AH',
    ),
    cutiBersama(
      '2023-04-25',
      'Cuti bersama Idul Fitri 1444 Hijriah',
      'Collective leave: Eid al-Fitr 1444 AH',
      AMENDED,
    ),
    nationalHoliday('2023-05-01', 'Hari Buruh Internasional', 'International Labour Day'),
    nationalHoliday('2023-05-18', 'Kenaikan Isa Almasih', 'Ascension of Jesus Christ'),
    nationalHoliday('2023-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'),
    cutiBersama('2023-06-02', 'Cuti bersama Hari Raya Waisak', 'Collective leave: Vesak'),
    nationalHoliday('2023-06-04', 'Hari Raya Waisak 2567 BE', 'Vesak 2567 BE'),
    cutiBersama(
      '2023-06-28',
      'Cuti bersama Idul Adha 1444 Hijriah',
      'Collective leave: Eid al-Adha 1444 AH',
      AMENDED,
    ),
    nationalHoliday('2023-06-29', 'Hari Raya Idul Adha 1444 Hijriah', 'Eid al-Adha 1444 AH'),
    cutiBersama(
      '2023-06-30',
      'Cuti bersama Idul Adha 1444 Hijriah',
      'Collective leave: Eid al-Adha 1444 AH',
      AMENDED,
    ),
    nationalHoliday('2023-07-19', 'Tahun Baru Islam 1445 Hijriah', 'Islamic New Year 1445 AH'),
    nationalHoliday('2023-08-17', 'Hari Kemerdekaan Republik Indonesia', 'Independence Day'),
    nationalHoliday('2023-09-28', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday"),
    nationalHoliday('2023-12-25', 'Hari Raya Natal', 'Christmas Day'),
    cutiBersama('2023-12-26', 'Cuti bersama Hari Raya Natal', 'Collective leave: Christmas'),
  ],
};
