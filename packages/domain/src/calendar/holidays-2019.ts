/**
 * 2019: SKB Menag, Menaker, MenPAN-RB No. 617/2018, 262/2018, 16/2018, with cuti bersama for Idul Fitri
 * confirmed by Keppres 13/2019, and the voting day of the 2019 general election (Keppres 10/2019).
 * Compiled from the decree as reported at the time; cuti bersama checked against vacanza/holidays.
 */
import { cutiBersama, nationalHoliday, type HolidayYear } from './holiday.js';

export const HOLIDAYS_2019: HolidayYear = {
  year: 2019,
  decree: 'SKB Menag, Menaker, MenPAN-RB No. 617/2018, 262/2018, 16/2018; voting day: Keppres 10/2019',
  confidence: 'medium',
  holidays: [
    nationalHoliday('2019-01-01', 'Tahun Baru 2019 Masehi', "New Year's Day 2019"),
    nationalHoliday('2019-02-05', 'Tahun Baru Imlek 2570 Kongzili', 'Chinese New Year 2570'),
    nationalHoliday(
      '2019-03-07',
      'Hari Suci Nyepi Tahun Baru Saka 1941',
      'Day of Silence (Saka New Year 1941)',
    ),
    nationalHoliday('2019-04-03', 'Isra Mikraj Nabi Muhammad SAW', "Isra and Mi'raj of the Prophet Muhammad"),
    nationalHoliday(
      '2019-04-17',
      'Hari pemungutan suara Pemilihan Umum 2019',
      'Voting day, 2019 general election',
      'Keppres 10/2019: voting day of the 2019 general election',
    ),
    nationalHoliday('2019-04-19', 'Wafat Isa Almasih', 'Good Friday'),
    nationalHoliday('2019-05-01', 'Hari Buruh Internasional', 'International Labour Day'),
    nationalHoliday('2019-05-19', 'Hari Raya Waisak 2563 BE', 'Vesak 2563 BE'),
    nationalHoliday('2019-05-30', 'Kenaikan Isa Almasih', 'Ascension of Jesus Christ'),
    nationalHoliday('2019-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'),
    cutiBersama(
      '2019-06-03',
      'Cuti bersama Idul Fitri 1440 Hijriah',
      'Collective leave: Eid al-Fitr 1440 AH',
    ),
    cutiBersama(
      '2019-06-04',
      'Cuti bersama Idul Fitri 1440 Hijriah',
      'Collective leave: Eid al-Fitr 1440 AH',
    ),
    nationalHoliday('2019-06-05', 'Hari Raya Idul Fitri 1440 Hijriah', 'Eid al-Fitr 1440 AH'),
    nationalHoliday(
      '2019-06-06',
      'Hari Raya Idul Fitri 1440 Hijriah (hari kedua)',
      'Eid al-Fitr 1440 AH (second day)',
    ),
    cutiBersama(
      '2019-06-07',
      'Cuti bersama Idul Fitri 1440 Hijriah',
      'Collective leave: Eid al-Fitr 1440 AH',
    ),
    nationalHoliday('2019-08-11', 'Hari Raya Idul Adha 1440 Hijriah', 'Eid al-Adha 1440 AH'),
    nationalHoliday('2019-08-17', 'Hari Kemerdekaan Republik Indonesia', 'Independence Day'),
    nationalHoliday('2019-09-01', 'Tahun Baru Islam 1441 Hijriah', 'Islamic New Year 1441 AH'),
    nationalHoliday('2019-11-09', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday"),
    cutiBersama('2019-12-24', 'Cuti bersama Hari Raya Natal', 'Collective leave: Christmas'),
    nationalHoliday('2019-12-25', 'Hari Raya Natal', 'Christmas Day'),
  ],
};
