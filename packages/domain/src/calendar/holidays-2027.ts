/**
 * 2027: PROVISIONAL. No SKB for 2027 was found as of 2026-11-23, so this is the Keppres 8/2024 list of
 * national holidays with fixed or projected dates, and no cuti bersama (that is policy; it cannot be
 * projected). Replace the whole file when the decree is published.
 *
 * - Fixed dates: 1 Jan, 1 May, 1 Jun, 17 Aug, 25 Dec.
 * - Computed: Good Friday, Easter, Ascension (Gregorian computus: Easter is 28 March 2027).
 * - Chinese New Year 2578: 6 Feb. Vesak 2571: full moon of 20 May (date-holidays data set).
 * - Nyepi Saka 1949: 9 March per Wikipedia, officeholidays.com and date-holidays; vacanza/holidays and
 *   kalenderbali.org say 8 March. PHDI decides.
 * - Hijri dates: MABIMS criteria (altitude ≥ 3°, elongation ≥ 6.4° at sunset in Aceh), the criteria behind
 *   the Kemenag calendar, computed with a low-precision lunar model that reproduces all fifteen 2024–2026
 *   decree dates. 1 Rajab 1448 is borderline (altitude 3.0° on 9 Dec 2026): Isra Mikraj may be 6 Jan.
 */
import { nationalHoliday, type HolidayYear } from './holiday.js';

const PROJECTED_HIJRI = 'Projected: MABIMS hisab; the sidang isbat or the 2027 SKB may move it by a day';
const PROJECTED_NYEPI = 'Projected: Balinese Saka calendar; sources differ between 8 and 9 March';
const PROJECTED_VESAK = 'Projected: full moon of May 2027';

export const HOLIDAYS_2027: HolidayYear = {
  year: 2027,
  decree:
    'Provisional: no SKB for 2027 found as of 2026-11-23; Keppres 8/2024 holidays on fixed and projected dates, no cuti bersama',
  confidence: 'low',
  holidays: [
    nationalHoliday('2027-01-01', 'Tahun Baru 2027 Masehi', "New Year's Day 2027"),
    nationalHoliday(
      '2027-01-05',
      'Isra Mikraj Nabi Muhammad SAW',
      "Isra and Mi'raj of the Prophet Muhammad",
      PROJECTED_HIJRI,
    ),
    nationalHoliday('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili', 'Chinese New Year 2578'),
    nationalHoliday(
      '2027-03-09',
      'Hari Suci Nyepi (Tahun Baru Saka 1949)',
      'Day of Silence (Saka New Year 1949)',
      PROJECTED_NYEPI,
    ),
    nationalHoliday('2027-03-10', 'Idulfitri 1448 Hijriah', 'Eid al-Fitr 1448 AH', PROJECTED_HIJRI),
    nationalHoliday(
      '2027-03-11',
      'Idulfitri 1448 Hijriah (hari kedua)',
      'Eid al-Fitr 1448 AH (second day)',
      PROJECTED_HIJRI,
    ),
    nationalHoliday('2027-03-26', 'Wafat Yesus Kristus', 'Good Friday'),
    nationalHoliday('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday'),
    nationalHoliday('2027-05-01', 'Hari Buruh Internasional', 'International Labour Day'),
    nationalHoliday('2027-05-06', 'Kenaikan Yesus Kristus', 'Ascension of Jesus Christ'),
    nationalHoliday('2027-05-17', 'Iduladha 1448 Hijriah', 'Eid al-Adha 1448 AH', PROJECTED_HIJRI),
    nationalHoliday('2027-05-20', 'Hari Raya Waisak 2571 BE', 'Vesak 2571 BE', PROJECTED_VESAK),
    nationalHoliday('2027-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'),
    nationalHoliday(
      '2027-06-06',
      '1 Muharam Tahun Baru Islam 1449 Hijriah',
      'Islamic New Year 1449 AH',
      PROJECTED_HIJRI,
    ),
    nationalHoliday('2027-08-15', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday", PROJECTED_HIJRI),
    nationalHoliday('2027-08-17', 'Proklamasi Kemerdekaan', 'Independence Day'),
    nationalHoliday('2027-12-25', 'Kelahiran Yesus Kristus', 'Christmas Day'),
  ],
};
