import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aCase } from '../test/fixtures';
import { renderInAdmin } from '../test/render-in-admin';
import { ApiError } from '../providers/graphql-client';
import { Dashboard } from './Dashboard';

const stats = {
  total: 5,
  byStatus: { received: 2, examination: 1, closed: 2 },
  byBodyType: { ppk: 1, pps: 0, kpps: 4, pantarlih: 0 },
};

describe('dashboard', () => {
  it('puts overdue deadlines before those due soon', async () => {
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
    const late = aCase({ id: 'late', registerNumber: '0001/ETIK/3526/2024' });
    renderInAdmin(<Dashboard />, {
      dataProvider: {
        caseStats: vi.fn().mockResolvedValue(stats),
        openCases: vi.fn().mockResolvedValue([soon, late]),
      },
    });
    const section = await screen.findByRole('region', { name: 'Batas waktu yang perlu perhatian' });
    const items = await within(section).findAllByRole('link');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('0001/ETIK/3526/2024 — Putusan pleno'),
      expect.stringContaining('0002/ETIK/3526/2024 — Pemeriksaan'),
    ]);
  });

  it('charts cases by status with the domain’s status names', async () => {
    renderInAdmin(<Dashboard />, {
      dataProvider: { caseStats: vi.fn().mockResolvedValue(stats), openCases: vi.fn().mockResolvedValue([]) },
    });
    const chart = await screen.findByRole('list', { name: 'Grafik batang: Perkara menurut status' });
    expect(within(chart).getByRole('link', { name: 'Diterima' })).toBeInTheDocument();
    expect(within(chart).getAllByRole('listitem')).toHaveLength(17);
  });

  it('says why when the figures cannot be read', async () => {
    renderInAdmin(<Dashboard />, {
      dataProvider: {
        caseStats: vi.fn().mockRejectedValue(new ApiError('NETWORK_ERROR')),
        openCases: vi.fn().mockResolvedValue([]),
      },
    });
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Server tidak dapat dihubungi.',
    );
  });
});
