/**
 * 2022: SKB Menag, Menaker, MenPAN-RB No. 963/2021, 3/2021, 4/2021, as amended in 2022 (the Idul Fitri
 * cuti bersama set at 29 April and 4–6 May; no Christmas cuti bersama), and Keppres 4/2022 on the cuti
 * bersama of civil servants. Compiled from the decrees as reported at the time; cuti bersama checked
 * against vacanza/holidays.
 */
import { cutiBersama, nationalHoliday, type HolidayYear } from './holiday.js';

export const HOLIDAYS_2022: HolidayYear = {
  year: 2022,
  decree: 'SKB Menag, Menaker, MenPAN-RB No. 963/2021, 3/2021, 4/2021, as amended in 2022; Keppres 4/2022',
  confidence: 'medium',
  holidays: [
    nationalHoliday('2022-01-01', 'Tahun Baru 2022 Masehi', "New Year's Day 2022"),
    nationalHoliday('2022-02-01', 'Tahun Baru Imlek 2573 Kongzili', 'Chinese New Year 2573'),
    nationalHoliday('2022-02-28', 'Isra Mikraj Nabi Muhammad SAW', "Isra and Mi'raj of the Prophet Muhammad"),
    nationalHoliday(
      '2022-03-03',
      'Hari Suci Nyepi Tahun Baru Saka 1944',
      'Day of Silence (Saka New Year 1944)',
    ),
    nationalHoliday('2022-04-15', 'Wafat Isa Almasih', 'Good Friday'),
    cutiBersama(
      '2022-04-29',
      'Cuti bersama Idul Fitri 1443 Hijriah',
      'Collective leave: Eid al-Fitr 1443 AH',
    ),
    nationalHoliday('2022-05-01', 'Hari Buruh Internasional', 'International Labour Day'),
    nationalHoliday('2022-05-02', 'Hari Raya Idul Fitri 1443 Hijriah', 'Eid al-Fitr 1443 AH'),
    nationalHoliday(
      '2022-05-03',
      'Hari Raya Idul Fitri 1443 Hijriah (hari kedua)',
      'Eid al-Fitr 1443 AH (second day)',
    ),
    cutiBersama(
      '2022-05-04',
      'Cuti bersama Idul Fitri 1443 Hijriah',
      'Collective leave: Eid al-Fitr 1443 AH',
    ),
    cutiBersama(
      '2022-05-05',
      'Cuti bersama Idul Fitri 1443 Hijriah',
      'Collective leave: Eid al-Fitr 1443 AH',
    ),
    cutiBersama(
      '2022-05-06',
      'Cuti bersama Idul Fitri 1443 Hijriah',
      'Collective leave: Eid al-Fitr 1443 AH',
    ),
    nationalHoliday('2022-05-16', 'Hari Raya Waisak 2566 BE', 'Vesak 2566 BE'),
    nationalHoliday('2022-05-26', 'Kenaikan Isa Almasih', 'Ascension of Jesus Christ'),
    nationalHoliday('2022-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'),
    nationalHoliday('2022-07-10', 'Hari Raya Idul Adha 1443 Hijriah', 'Eid al-Adha 1443 AH'),
    nationalHoliday('2022-07-30', 'Tahun Baru Islam 1444 Hijriah', 'Islamic New Year 1444 AH'),
    nationalHoliday('2022-08-17', 'Hari Kemerdekaan Republik Indonesia', 'Independence Day'),
    nationalHoliday('2022-10-08', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday"),
    nationalHoliday('2022-12-25', 'Hari Raya Natal', 'Christmas Day'),
  ],
};
