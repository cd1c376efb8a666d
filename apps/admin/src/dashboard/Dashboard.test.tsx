import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LABELS } from '@etik/domain';
import type { CaseStatistics, StatisticsDimension } from '../providers/api-types';
import { ApiError } from '../providers/graphql-client';
import { aCase } from '../test/fixtures';
import { officerOf, renderInAdmin } from '../test/render-in-admin';
import { Dashboard } from './Dashboard';

const STATISTICS: Record<StatisticsDimension, CaseStatistics> = {
  status: {
    totalCount: 5,
    groups: [
      { count: 2, status: 'received' },
      { count: 1, status: 'examination' },
      { count: 2, status: 'closed' },
    ],
  },
  month: {
    totalCount: 5,
    groups: [
      { count: 3, month: '2024-02' },
      { count: 2, month: '2024-03' },
    ],
  },
  bodyType: {
    totalCount: 5,
    groups: [
      { count: 4, bodyType: 'kpps' },
      { count: 1, bodyType: 'ppk' },
    ],
  },
  outcome: { totalCount: 2, groups: [{ count: 2, outcome: 'strongWarning' }] },
  principle: { totalCount: 2, groups: [{ count: 2, principle: 'mandiri' }] },
  province: {
    totalCount: 5,
    groups: [
      { count: 3, province: { code: '35', name: 'Jawa Timur' } },
      { count: 2, province: { code: '11', name: 'Aceh' } },
    ],
  },
  regency: { totalCount: 5, groups: [{ count: 5, regency: { code: '35.26', name: 'Kabupaten Bangkalan' } }] },
};

const late = aCase({ id: 'late', registerNumber: '0001/ETIK/3526/2024' });
const soon = aCase({
  id: 'soon',
  registerNumber: '0002/ETIK/3526/2024',
  deadlines: [
    {
      key: 'examination',
      state: 'dueSoon',
      startedAt: '2024-03-01T00:00:00Z',
      dueAt: '2099-01-01T00:00:00Z',
    },
  ],
});

function provider(overrides: Record<string, unknown> = {}) {
  return {
    caseStatistics: vi.fn(
      async (groupBy: StatisticsDimension[], _filter?: unknown, _unit?: string) => STATISTICS[groupBy[0]!],
    ),
    overdueCases: vi.fn().mockResolvedValue({
      totalCount: 1,
      nodes: [
        {
          dueAt: late.deadlines[0]!.dueAt,
          daysOverdue: 2,
          overdueDeadlines: late.deadlines,
          ethicsCase: late,
        },
      ],
    }),
    openCases: vi.fn().mockResolvedValue([soon, late]),
    stageDurations: vi.fn().mockResolvedValue([
      {
        stage: 'screening',
        from: 'received',
        to: 'screeningConcluded',
        cases: 15,
        medianDays: 2,
        p90Days: 2.5,
      },
      {
        stage: 'correction',
        from: 'correctionRequested',
        to: 'correctionSubmitted',
        cases: 0,
        medianDays: null,
      },
    ]),
    ...overrides,
  };
}

describe('dashboard', () => {
  it('lists the overdue cases from overdueCases first, then the deadlines due soon', async () => {
    renderInAdmin(<Dashboard />, { dataProvider: provider() });
    const section = await screen.findByRole('region', { name: 'Batas waktu yang perlu perhatian' });
    const overdue = await within(section).findByRole('list', { name: 'Terlambat (1)' });
    expect(within(overdue).getByRole('link')).toHaveTextContent('0001/ETIK/3526/2024 — Putusan pleno');
    const dueSoon = await within(section).findByRole('list', { name: 'Segera jatuh tempo (1)' });
    expect(within(dueSoon).getByRole('link')).toHaveTextContent('0002/ETIK/3526/2024 — Pemeriksaan');
  });

  it('asks caseStatistics once per chart, one dimension each', async () => {
    const dataProvider = provider();
    renderInAdmin(<Dashboard />, { dataProvider, permissions: officerOf() });
    await screen.findByRole('list', { name: 'Grafik batang: Prinsip yang dilanggar, per teradu' });
    const asked = dataProvider.caseStatistics.mock.calls.map(([groupBy]) => groupBy);
    expect(asked).toEqual(
      expect.arrayContaining([['status'], ['month'], ['bodyType'], ['outcome'], ['principle']]),
    );
    expect(asked.every((groupBy) => groupBy.length === 1)).toBe(true);
    // Outcomes and principles count respondents, the other charts cases.
    const units = Object.fromEntries(
      dataProvider.caseStatistics.mock.calls.map(([groupBy, , unit]) => [groupBy[0], unit ?? 'case']),
    );
    expect(units).toMatchObject({ outcome: 'respondent', principle: 'respondent', status: 'case' });
  });

  it('charts cases by status, month, outcome and principle in the domain’s words', async () => {
    renderInAdmin(<Dashboard />, { dataProvider: provider(), permissions: officerOf() });
    const status = await screen.findByRole('list', { name: 'Grafik batang: Perkara menurut status' });
    expect(within(status).getAllByRole('listitem')).toHaveLength(17);
    expect(within(status).getByRole('link', { name: LABELS.caseStatus.received.id })).toBeInTheDocument();

    const month = await screen.findByRole('list', { name: 'Grafik batang: Perkara per bulan diterima' });
    expect(within(month).getAllByRole('listitem')).toHaveLength(12);
    expect(within(month).getAllByRole('listitem').at(-1)).toHaveTextContent(/2\s*Mar 2024/);

    const outcome = await screen.findByRole('list', { name: 'Grafik batang: Putusan per teradu' });
    const strong = within(outcome).getByRole('link', { name: LABELS.outcome.strongWarning.id });
    expect(strong.closest('li')).toHaveTextContent(/2$/);

    const principle = await screen.findByRole('list', {
      name: 'Grafik batang: Prinsip yang dilanggar, per teradu',
    });
    expect(
      within(principle).getByRole('link', { name: LABELS.principle.independent.id }),
    ).toBeInTheDocument();
  });

  it('charts provinces for a national user and no region chart for a regency', async () => {
    renderInAdmin(<Dashboard />, {
      dataProvider: provider(),
      permissions: { ...officerOf('kpu-ri'), role: 'nationalAdmin', commissionLevel: 'national' },
    });
    const provinces = await screen.findByRole('list', { name: 'Grafik batang: Perkara menurut provinsi' });
    expect(
      within(provinces)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Jawa Timur3', 'Aceh2']);
  });

  it('leaves the region chart out for a regency user, whose body types the other chart shows', async () => {
    const dataProvider = provider();
    renderInAdmin(<Dashboard />, { dataProvider, permissions: officerOf() });
    await screen.findByRole('list', { name: 'Grafik batang: Perkara menurut jenis badan adhoc' });
    expect(screen.queryByRole('heading', { name: /menurut (provinsi|kabupaten)/ })).not.toBeInTheDocument();
    expect(dataProvider.caseStatistics.mock.calls.map(([groupBy]) => groupBy[0])).not.toContain('province');
  });

  it('shows a chart as a table on request, for those who read numbers in rows', async () => {
    const user = userEvent.setup();
    renderInAdmin(<Dashboard />, { dataProvider: provider(), permissions: officerOf() });
    const section = await screen.findByRole('region', { name: 'Putusan per teradu' });
    const toggle = await within(section).findByRole('button', { name: 'Tampilkan sebagai tabel' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    const table = within(section).getByRole('table', { name: 'Putusan per teradu' });
    const row = within(table).getByRole('row', {
      name: new RegExp(`^${LABELS.outcome.strongWarning.id} \\d+$`),
    });
    expect(within(row).getByRole('cell')).toHaveTextContent('2');
    expect(within(section).getByRole('button', { name: 'Tampilkan sebagai grafik' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('tabulates the median and 90th percentile days of each stage', async () => {
    renderInAdmin(<Dashboard />, { dataProvider: provider(), permissions: officerOf() });
    const table = await screen.findByRole('table', { name: 'Lama tiap tahap (hari kalender)' });
    const screening = within(table).getByRole('row', { name: /^Penelitian berkas/ });
    expect(
      within(screening)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['15', '2', '2,5']);
    const correction = within(table).getByRole('row', { name: /^Perbaikan aduan/ });
    expect(within(correction).getAllByRole('cell')[1]).toHaveTextContent('—');
  });

  it('labels the charts in English when English is chosen', async () => {
    renderInAdmin(<Dashboard />, { dataProvider: provider(), permissions: officerOf(), locale: 'en' });
    const outcome = await screen.findByRole('list', { name: 'Bar chart: Outcomes per respondent' });
    expect(within(outcome).getByRole('link', { name: LABELS.outcome.strongWarning.en })).toBeInTheDocument();
  });

  it('says why when the figures cannot be read', async () => {
    renderInAdmin(<Dashboard />, {
      dataProvider: provider({ caseStatistics: vi.fn().mockRejectedValue(new ApiError('NETWORK_ERROR')) }),
    });
    await waitFor(
      () => expect(screen.getByRole('alert')).toHaveTextContent('Server tidak dapat dihubungi.'),
      { timeout: 8000 },
    );
  });
});
