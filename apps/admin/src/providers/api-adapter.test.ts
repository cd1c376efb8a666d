import { describe, expect, it } from 'vitest';
import { aCase } from '../test/fixtures';
import { planCaseQuery, resolveRegionFilter, wibDayStart } from './api-adapter';

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
    expect(plan.clientFilter).toBeUndefined();
    expect(plan.clientSort).toBeUndefined();
  });

  it('keeps the outcome filter on the client until the API has one', () => {
    const plan = planCaseQuery({ outcome: 'strongWarning' });
    const decided = aCase({
      decision: {
        decidedBy: 'commission',
        decidedAt: '2024-03-01T00:00:00Z',
        outcomes: [{ membershipId: 'm', finding: 'proven', outcome: 'strongWarning' }],
      },
    });
    expect(plan.clientFilter?.(decided)).toBe(true);
    expect(plan.clientFilter?.(aCase())).toBe(false);
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

  it('keeps the principle filter on the client, reading a statute term as its code', () => {
    const plan = planCaseQuery({ principle: 'independent' });
    const decided = (principlesViolated: string[]) =>
      aCase({
        decision: {
          decidedBy: 'commission',
          decidedAt: '2024-03-01T00:00:00Z',
          outcomes: [{ membershipId: 'm', finding: 'proven', outcome: 'warning', principlesViolated }],
        },
      });
    expect(plan.clientFilter?.(decided(['independent']))).toBe(true);
    expect(plan.clientFilter?.(decided(['mandiri']))).toBe(true);
    expect(plan.clientFilter?.(decided(['honest']))).toBe(false);
  });
});

const COMMISSIONS = [
  { id: 'kpu-ri', level: 'national', regionCode: null, parentId: null },
  { id: 'kpu-35', level: 'provincial', regionCode: '35', parentId: 'kpu-ri' },
  { id: 'kpu-35.26', level: 'regency', regionCode: '35.26', parentId: 'kpu-35' },
  { id: 'kpu-35.28', level: 'regency', regionCode: '35.28', parentId: 'kpu-35' },
];

describe('region filter while the API has none', () => {
  it('narrows a chosen commission to the regency inside it', () => {
    expect(resolveRegionFilter({ commissionId: 'kpu-35', regencyCode: '35.26' }, COMMISSIONS)).toEqual({
      commissionId: 'kpu-35.26',
    });
  });

  it('keeps a chosen commission that lies inside the region', () => {
    expect(resolveRegionFilter({ commissionId: 'kpu-35.28', provinceCode: '35' }, COMMISSIONS)).toEqual({
      commissionId: 'kpu-35.28',
    });
  });

  it('matches nothing when the commission and the region do not overlap', () => {
    expect(
      resolveRegionFilter({ commissionId: 'kpu-35.28', regencyCode: '35.26' }, COMMISSIONS),
    ).toBeUndefined();
  });
});
