import { describe, expect, it } from 'vitest';
import { dueAfter } from '../ethics-case/case-deadlines.js';
import { defaultCalendar } from './default-calendar.js';
import { timeZoneOfRegion, utcOffsetOfRegion } from './time-zones.js';

describe('timeZoneOfRegion', () => {
  it.each([
    ['35.26', 'WIB'], // Kabupaten Bangkalan, Jawa Timur
    ['11.71', 'WIB'], // Kota Banda Aceh
    ['61.01', 'WIB'], // Kalimantan Barat
    ['62', 'WIB'], // Kalimantan Tengah
    ['63.71', 'WITA'], // Kota Banjarmasin, Kalimantan Selatan
    ['51.71', 'WITA'], // Kota Denpasar, Bali
    ['73.71.01', 'WITA'], // a kecamatan of Kota Makassar
    ['76', 'WITA'], // Sulawesi Barat
    ['81.71', 'WIT'], // Kota Ambon
    ['94.01', 'WIT'], // Papua Tengah, since 2022
    ['96', 'WIT'], // Papua Barat Daya
  ])('puts %s in %s', (code, zone) => {
    expect(timeZoneOfRegion(code)).toBe(zone);
  });

  it('puts the national commission, with no region, in WIB', () => {
    expect(timeZoneOfRegion(null)).toBe('WIB');
    expect(utcOffsetOfRegion(undefined)).toBe(420);
  });
});

describe('a deadline in each zone', () => {
  const rule = { amount: 3, unit: 'workingDays' } as const;
  const received = new Date('2024-03-04T02:00:00.000Z'); // Monday 4 March 2024, morning in every zone

  it('ends at the end of the local day: 23:59:59.999 WIB, WITA or WIT', () => {
    expect(dueAfter(received, rule, defaultCalendar, utcOffsetOfRegion('35.26')).toISOString()).toBe(
      '2024-03-07T16:59:59.999Z',
    );
    expect(dueAfter(received, rule, defaultCalendar, utcOffsetOfRegion('63.71')).toISOString()).toBe(
      '2024-03-07T15:59:59.999Z',
    );
    expect(dueAfter(received, rule, defaultCalendar, utcOffsetOfRegion('81.71')).toISOString()).toBe(
      '2024-03-07T14:59:59.999Z',
    );
  });

  it('counts from the local day an instant falls on: 23:30 WIB is already the next day in WIT', () => {
    const lateEvening = new Date('2024-03-04T16:30:00.000Z'); // 23:30 WIB Monday, 01:30 WIT Tuesday
    expect(dueAfter(lateEvening, rule, defaultCalendar, 420).toISOString()).toBe('2024-03-07T16:59:59.999Z');
    expect(dueAfter(lateEvening, rule, defaultCalendar, 540).toISOString()).toBe('2024-03-08T14:59:59.999Z');
  });
});
