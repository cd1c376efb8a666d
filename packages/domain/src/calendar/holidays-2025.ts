/**
 * 2025: SKB Menag, Menaker, MenPAN-RB No. 1017/2024, 2/2024, 2/2024, signed 14 October 2024
 * (17 national holidays, 10 cuti bersama), amended by the SKB signed 7 August 2025 that added cuti
 * bersama on Monday 18 August for the 80th Independence Day. Checked against the list as reproduced
 * from Setkab (prokalteng.co, rasikapekalongan.com), okezone.com (7 Aug 2025) and vacanza/holidays.
 */
import { cutiBersama, nationalHoliday, type HolidayYear } from './holiday.js';

export const HOLIDAYS_2025: HolidayYear = {
  year: 2025,
  decree:
    'SKB Menag, Menaker, MenPAN-RB No. 1017/2024, 2/2024, 2/2024, as amended by the SKB of 7 August 2025',
  decreeDate: '2024-10-14',
  confidence: 'high',
  holidays: [
    nationalHoliday('2025-01-01', 'Tahun Baru 2025 Masehi', "New Year's Day 2025"),
    nationalHoliday('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW', "Isra and Mi'raj of the Prophet Muhammad"),
    cutiBersama('2025-01-28', 'Cuti bersama Tahun Baru Imlek', 'Collective leave: Chinese New Year'),
    nationalHoliday('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', 'Chinese New Year 2576'),
    cutiBersama('2025-03-28', 'Cuti bersama Hari Suci Nyepi', 'Collective leave: Day of Silence'),
    nationalHoliday(
      '2025-03-29',
      'Hari Suci Nyepi (Tahun Baru Saka 1947)',
      'Day of Silence (Saka New Year 1947)',
    ),
    nationalHoliday('2025-03-31', 'Idulfitri 1446 Hijriah', 'Eid al-Fitr 1446 AH'),
    nationalHoliday('2025-04-01', 'Idulfitri 1446 Hijriah (hari kedua)', 'Eid al-Fitr 1446 AH (second day)'),
    cutiBersama('2025-04-02', 'Cuti bersama Idulfitri 1446 Hijriah', 'Collective leave: Eid al-Fitr 1446 AH'),
    cutiBersama('2025-04-03', 'Cuti bersama Idulfitri 1446 Hijriah', 'Collective leave: Eid al-Fitr 1446 AH'),
    cutiBersama('2025-04-04', 'Cuti bersama Idulfitri 1446 Hijriah', 'Collective leave: Eid al-Fitr 1446 AH'),
    cutiBersama('2025-04-07', 'Cuti bersama Idulfitri 1446 Hijriah', 'Collective leave: Eid al-Fitr 1446 AH'),
    nationalHoliday('2025-04-18', 'Wafat Yesus Kristus', 'Good Friday'),
    nationalHoliday('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday'),
    nationalHoliday('2025-05-01', 'Hari Buruh Internasional', 'International Labour Day'),
    nationalHoliday('2025-05-12', 'Hari Raya Waisak 2569 BE', 'Vesak 2569 BE'),
    cutiBersama('2025-05-13', 'Cuti bersama Hari Raya Waisak', 'Collective leave: Vesak'),
    nationalHoliday('2025-05-29', 'Kenaikan Yesus Kristus', 'Ascension of Jesus Christ'),
    cutiBersama('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus', 'Collective leave: Ascension Day'),
    nationalHoliday('2025-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'),
    nationalHoliday('2025-06-06', 'Iduladha 1446 Hijriah', 'Eid al-Adha 1446 AH'),
    cutiBersama('2025-06-09', 'Cuti bersama Iduladha 1446 Hijriah', 'Collective leave: Eid al-Adha 1446 AH'),
    nationalHoliday('2025-06-27', '1 Muharam Tahun Baru Islam 1447 Hijriah', 'Islamic New Year 1447 AH'),
    nationalHoliday('2025-08-17', 'Proklamasi Kemerdekaan', 'Independence Day'),
    cutiBersama(
      '2025-08-18',
      'Cuti bersama HUT ke-80 Kemerdekaan Republik Indonesia',
      'Collective leave: 80th Independence Day',
      'Amending SKB of 7 August 2025',
    ),
    nationalHoliday('2025-09-05', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday"),
    nationalHoliday('2025-12-25', 'Kelahiran Yesus Kristus', 'Christmas Day'),
    cutiBersama('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus', 'Collective leave: Christmas'),
  ],
};
