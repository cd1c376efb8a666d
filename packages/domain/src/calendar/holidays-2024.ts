/**
 * 2024: SKB Menag, Menaker, MenPAN-RB No. 855/2023, 3/2023, 4/2023, signed 12 September 2023
 * (17 national holidays, 10 cuti bersama), plus two voting days declared national holidays by Keppres.
 * Checked against the list as published by jpnn.com (18 Sep 2023) and the vacanza/holidays data set.
 * Names follow the decree, which predates Keppres 8/2024 (hence "Isa Almasih").
 */
import { cutiBersama, nationalHoliday, type HolidayYear } from './holiday.js';

const KEPPRES_10_2024 = 'Keppres 10/2024 (6 February 2024): voting day of the 2024 general election';
const KEPPRES_33_2024 = 'Keppres 33/2024 (21 November 2024): voting day of the 2024 regional elections';

export const HOLIDAYS_2024: HolidayYear = {
  year: 2024,
  decree: 'SKB Menag, Menaker, MenPAN-RB No. 855/2023, 3/2023, 4/2023; voting days: Keppres 10/2024, 33/2024',
  decreeDate: '2023-09-12',
  confidence: 'high',
  holidays: [
    nationalHoliday('2024-01-01', 'Tahun Baru 2024 Masehi', "New Year's Day 2024"),
    nationalHoliday('2024-02-08', 'Isra Mikraj Nabi Muhammad SAW', "Isra and Mi'raj of the Prophet Muhammad"),
    cutiBersama('2024-02-09', 'Cuti bersama Tahun Baru Imlek', 'Collective leave: Chinese New Year'),
    nationalHoliday('2024-02-10', 'Tahun Baru Imlek 2575 Kongzili', 'Chinese New Year 2575'),
    nationalHoliday(
      '2024-02-14',
      'Hari pemungutan suara Pemilihan Umum 2024',
      'Voting day, 2024 general election',
      KEPPRES_10_2024,
    ),
    nationalHoliday(
      '2024-03-11',
      'Hari Suci Nyepi Tahun Baru Saka 1946',
      'Day of Silence (Saka New Year 1946)',
    ),
    cutiBersama('2024-03-12', 'Cuti bersama Hari Suci Nyepi', 'Collective leave: Day of Silence'),
    nationalHoliday('2024-03-29', 'Wafat Isa Almasih', 'Good Friday'),
    nationalHoliday('2024-03-31', 'Hari Paskah', 'Easter Sunday'),
    cutiBersama(
      '2024-04-08',
      'Cuti bersama Idul Fitri 1445 Hijriah',
      'Collective leave: Eid al-Fitr 1445 AH',
    ),
    cutiBersama(
      '2024-04-09',
      'Cuti bersama Idul Fitri 1445 Hijriah',
      'Collective leave: Eid al-Fitr 1445 AH',
    ),
    nationalHoliday('2024-04-10', 'Hari Raya Idul Fitri 1445 Hijriah', 'Eid al-Fitr 1445 AH'),
    nationalHoliday(
      '2024-04-11',
      'Hari Raya Idul Fitri 1445 Hijriah (hari kedua)',
      'Eid al-Fitr 1445 AH (second day)',
    ),
    cutiBersama(
      '2024-04-12',
      'Cuti bersama Idul Fitri 1445 Hijriah',
      'Collective leave: Eid al-Fitr 1445 AH',
    ),
    cutiBersama(
      '2024-04-15',
      'Cuti bersama Idul Fitri 1445 Hijriah',
      'Collective leave: Eid al-Fitr 1445 AH',
    ),
    nationalHoliday('2024-05-01', 'Hari Buruh Internasional', 'International Labour Day'),
    nationalHoliday('2024-05-09', 'Kenaikan Isa Almasih', 'Ascension of Jesus Christ'),
    cutiBersama('2024-05-10', 'Cuti bersama Kenaikan Isa Almasih', 'Collective leave: Ascension Day'),
    nationalHoliday('2024-05-23', 'Hari Raya Waisak 2568 BE', 'Vesak 2568 BE'),
    cutiBersama('2024-05-24', 'Cuti bersama Hari Raya Waisak', 'Collective leave: Vesak'),
    nationalHoliday('2024-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'),
    nationalHoliday('2024-06-17', 'Hari Raya Idul Adha 1445 Hijriah', 'Eid al-Adha 1445 AH'),
    cutiBersama('2024-06-18', 'Cuti bersama Idul Adha 1445 Hijriah', 'Collective leave: Eid al-Adha 1445 AH'),
    nationalHoliday('2024-07-07', 'Tahun Baru Islam 1446 Hijriah', 'Islamic New Year 1446 AH'),
    nationalHoliday('2024-08-17', 'Hari Kemerdekaan Republik Indonesia', 'Independence Day'),
    nationalHoliday('2024-09-16', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday"),
    nationalHoliday(
      '2024-11-27',
      'Hari pemungutan suara Pemilihan Kepala Daerah Serentak 2024',
      'Voting day, 2024 simultaneous regional elections',
      KEPPRES_33_2024,
    ),
    nationalHoliday('2024-12-25', 'Hari Raya Natal', 'Christmas Day'),
    cutiBersama('2024-12-26', 'Cuti bersama Hari Raya Natal', 'Collective leave: Christmas'),
  ],
};
