import { describe, expect, it } from 'vitest';
import { LABELS, OUTCOMES } from '@etik/domain';
import type { CaseStatistics } from '../providers/api-types';
import { casesBeforeWindow, monthBars, outcomeBars, principleBars, regionBars } from './chart-data';

const label = (kind: keyof typeof LABELS, code: string) =>
  (LABELS[kind] as Record<string, { id: string }>)[code]?.id ?? code;

const months = (counts: Record<string, number>): CaseStatistics => ({
  totalCount: Object.values(counts).reduce((a, b) => a + b, 0),
  groups: Object.entries(counts).map(([month, count]) => ({ count, month })),
});

describe('chart data', () => {
  it('shows the twelve months up to the latest month with a case, empty months included', () => {
    const bars = monthBars(months({ '2024-03': 10, '2024-01': 2, '2023-05': 1 }), (month) => month);
    expect(bars.map((bar) => bar.key)).toEqual([
      '2023-04',
      '2023-05',
      '2023-06',
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
      '2024-03',
    ]);
    expect(bars.map((bar) => bar.value)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 10]);
    expect(decodeURIComponent(bars[11]!.href!)).toBe(
      '#/cases?filter={"receivedFrom":"2024-03-01","receivedTo":"2024-03-31"}',
    );
  });

  it('counts the cases before those months instead of dropping them', () => {
    const stats = months({ '2024-03': 10, '2019-11': 1, '2020-01': 2 });
    expect(casesBeforeWindow(stats)).toMatchObject({ count: 3, firstMonth: '2023-04' });
    expect(decodeURIComponent(casesBeforeWindow(stats)!.href)).toBe(
      '#/cases?filter={"receivedTo":"2023-03-31"}',
    );
    expect(casesBeforeWindow(months({ '2024-03': 1 }))).toBeUndefined();
  });

  it('lists every outcome mildest first with the domain’s words', () => {
    const bars = outcomeBars({ totalCount: 2, groups: [{ count: 2, outcome: 'warning' }] }, label);
    expect(bars.map((bar) => bar.key)).toEqual([...OUTCOMES]);
    expect(bars.find((bar) => bar.key === 'warning')).toMatchObject({
      value: 2,
      label: LABELS.outcome.warning.id,
    });
  });

  it('counts a principle stored as its statute term under the domain’s code', () => {
    const bars = principleBars(
      {
        totalCount: 5,
        groups: [
          { count: 3, principle: 'mandiri' },
          { count: 1, principle: 'independent' },
          { count: 1, principle: 'honest' },
        ],
      },
      label,
    );
    expect(bars).toMatchObject([
      { key: 'independent', value: 4, label: LABELS.principle.independent.id },
      { key: 'honest', value: 1 },
    ]);
  });

  it('names regions as the API does and links a regency with its province', () => {
    const bars = regionBars(
      {
        totalCount: 9,
        groups: [
          { count: 2, regency: { code: '35.28', name: 'Kabupaten Pamekasan' } },
          { count: 7, regency: { code: '35.26', name: 'Kabupaten Bangkalan' } },
        ],
      },
      'regency',
    );
    expect(bars.map((bar) => [bar.label, bar.value])).toEqual([
      ['Kabupaten Bangkalan', 7],
      ['Kabupaten Pamekasan', 2],
    ]);
    expect(decodeURIComponent(bars[0]!.href!)).toContain('{"provinceCode":"35","regencyCode":"35.26"}');
  });
});
