import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, zonedInputToIso } from './time';

describe('dates in the commission’s zone', () => {
  // 23:59:59 WITA on 6 March 2024 is 15:59:59 UTC, 22:59 in Jakarta and already the 7th in Jayapura.
  const due = '2024-03-06T15:59:59.999Z';

  it('shows a deadline at the local time of its zone, named after it, whatever the browser’s zone', () => {
    expect(formatDateTime(due, 'en', 'WITA')).toBe('6 Mar 2024, 23:59 WITA');
    expect(formatDateTime(due, 'en', 'WIB')).toBe('6 Mar 2024, 22:59 WIB');
    expect(formatDateTime(due, 'id', 'WIT')).toMatch(/^7 Mar 2024.*00\.59 WIT$/);
  });

  it('gives the calendar day of the zone', () => {
    expect(formatDate(due, 'en', 'WITA')).toBe('6 Mar 2024');
    expect(formatDate(due, 'en', 'WIT')).toBe('7 Mar 2024');
  });

  it('reads a typed time as the wall clock of the zone', () => {
    expect(zonedInputToIso('2024-03-06T23:59', 'WITA')).toBe('2024-03-06T15:59:00.000Z');
    expect(zonedInputToIso('2024-03-06T08:00', 'WIT')).toBe('2024-03-05T23:00:00.000Z');
    expect(zonedInputToIso('', 'WIB')).toBeUndefined();
    expect(zonedInputToIso('kemarin', 'WIB')).toBeUndefined();
  });
});
