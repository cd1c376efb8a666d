import { describe, expect, it } from 'vitest';
import { aCase } from '../test/fixtures';
import { planCaseQuery, wibDayStart } from './api-adapter';

describe('case query plan', () => {
  it('sends what the API can filter and sort to the server', () => {
    const plan = planCaseQuery(
      { statuses: ['decided'], source: 'report', receivedTo: '2024-02-29' },
      { field: 'updatedAt', order: 'DESC' },
    );
    expect(plan).toMatchObject({
      serverFilter: { statuses: ['decided'], sources: ['report'], receivedTo: '2024-02-29T17:00:00.000Z' },
      serverSort: 'updatedAtDesc',
    });
    expect(plan.clientSort).toBeUndefined();
  });

  it('sends outcome, principle, overdue and region to the server, nothing to the client', () => {
    const plan = planCaseQuery({
      outcome: 'strongWarning',
      principles: ['honest'],
      principle: 'mandiri',
      overdue: true,
      provinceCode: '35',
      regencyCode: '35.26',
    });
    expect(plan.serverFilter).toEqual({
      outcomes: ['strongWarning'],
      principles: ['independent', 'honest'],
      overdue: true,
      regionCode: '35.26',
    });
    expect(plan).not.toHaveProperty('clientFilter');
    expect(plan.clientSort).toBeUndefined();
  });

  it('sends "due by" a day as CaseFilter.dueBefore, the midnight WIB that ends that day', () => {
    expect(planCaseQuery({ dueBefore: '2024-03-08' }).serverFilter).toEqual({
      dueBefore: '2024-03-08T17:00:00.000Z',
    });
  });

  it('reads the overdue switch turned off as "any case", not as "none overdue"', () => {
    expect(planCaseQuery({ overdue: false }).serverFilter).toEqual({});
  });

  it('sorts on the client what CaseSort cannot express', () => {
    const plan = planCaseQuery({}, { field: 'registerNumber', order: 'ASC' });
    const sorted = [
      aCase({ id: 'b', registerNumber: '0002' }),
      aCase({ id: 'a', registerNumber: '0001' }),
    ].sort(plan.clientSort);
    expect(sorted.map((row) => row.id)).toEqual(['a', 'b']);
  });

  it('reads dates as days in WIB', () => {
    expect(wibDayStart('2024-01-01')).toBe('2023-12-31T17:00:00.000Z');
  });
});
