/**
 * 2026: SKB Menag, Menaker, MenPAN-RB No. 1497/2025, 2/2025, 5/2025, signed 19 September 2025
 * (17 national holidays, 8 cuti bersama). Checked against the dated lists in brilio.net, bali.disway.id,
 * lintaspriangan.com and cimahiaktual.com (which quotes the numbers and signing date); no amendment
 * found. The sidang isbat kept Idulfitri on 21 March, as the decree assumed.
 */
import { cutiBersama, nationalHoliday, type HolidayYear } from './holiday.js';

export const HOLIDAYS_2026: HolidayYear = {
  year: 2026,
  decree: 'SKB Menag, Menaker, MenPAN-RB No. 1497/2025, 2/2025, 5/2025',
  decreeDate: '2025-09-19',
  confidence: 'high',
  holidays: [
    nationalHoliday('2026-01-01', 'Tahun Baru 2026 Masehi', "New Year's Day 2026"),
    nationalHoliday('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', "Isra and Mi'raj of the Prophet Muhammad"),
    cutiBersama('2026-02-16', 'Cuti bersama Tahun Baru Imlek', 'Collective leave: Chinese New Year'),
    nationalHoliday('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'Chinese New Year 2577'),
    cutiBersama('2026-03-18', 'Cuti bersama Hari Suci Nyepi', 'Collective leave: Day of Silence'),
    nationalHoliday(
      '2026-03-19',
      'Hari Suci Nyepi (Tahun Baru Saka 1948)',
      'Day of Silence (Saka New Year 1948)',
    ),
    cutiBersama('2026-03-20', 'Cuti bersama Idulfitri 1447 Hijriah', 'Collective leave: Eid al-Fitr 1447 AH'),
    nationalHoliday('2026-03-21', 'Idulfitri 1447 Hijriah', 'Eid al-Fitr 1447 AH'),
    nationalHoliday('2026-03-22', 'Idulfitri 1447 Hijriah (hari kedua)', 'Eid al-Fitr 1447 AH (second day)'),
    cutiBersama('2026-03-23', 'Cuti bersama Idulfitri 1447 Hijriah', 'Collective leave: Eid al-Fitr 1447 AH'),
    cutiBersama('2026-03-24', 'Cuti bersama Idulfitri 1447 Hijriah', 'Collective leave: Eid al-Fitr 1447 AH'),
    nationalHoliday('2026-04-03', 'Wafat Yesus Kristus', 'Good Friday'),
    nationalHoliday('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday'),
    nationalHoliday('2026-05-01', 'Hari Buruh Internasional', 'International Labour Day'),
    nationalHoliday('2026-05-14', 'Kenaikan Yesus Kristus', 'Ascension of Jesus Christ'),
    cutiBersama('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'Collective leave: Ascension Day'),
    nationalHoliday('2026-05-27', 'Iduladha 1447 Hijriah', 'Eid al-Adha 1447 AH'),
    cutiBersama('2026-05-28', 'Cuti bersama Iduladha 1447 Hijriah', 'Collective leave: Eid al-Adha 1447 AH'),
    nationalHoliday('2026-05-31', 'Hari Raya Waisak 2570 BE', 'Vesak 2570 BE'),
    nationalHoliday('2026-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'),
    nationalHoliday('2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah', 'Islamic New Year 1448 AH'),
    nationalHoliday('2026-08-17', 'Proklamasi Kemerdekaan', 'Independence Day'),
    nationalHoliday('2026-08-25', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday"),
    cutiBersama('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 'Collective leave: Christmas'),
    nationalHoliday('2026-12-25', 'Kelahiran Yesus Kristus', 'Christmas Day'),
  ],
};
