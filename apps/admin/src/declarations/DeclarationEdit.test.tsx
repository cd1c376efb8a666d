import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DeclarationRecord } from '../providers/directory-types';
import { ApiError } from '../providers/graphql-client';
import { officerOf, renderInAdmin } from '../test/render-in-admin';
import { DeclarationEdit } from './DeclarationEdit';

const declaration: DeclarationRecord = {
  id: 'd-1',
  version: 2,
  membershipId: 'm-1',
  relativeName: 'H. Abdul Karim',
  relation: 'sibling',
  relativeRole: 'campaignTeam',
  declaredAt: '2024-01-10T02:00:00.000Z',
  published: false,
  withdrawn: false,
  person: { id: 'person-1', name: 'Siti Aminah' },
  membership: { id: 'm-1', body: { id: 'ppk-1', name: 'PPK Kecamatan Bangkalan' } },
};

describe('a conflict-of-interest declaration', () => {
  it('publishes it with its URL and the version last read', async () => {
    const user = userEvent.setup();
    const getOne = vi.fn().mockResolvedValue({ data: declaration });
    const publishDeclaration = vi.fn().mockResolvedValue({ ...declaration, version: 3, published: true });
    renderInAdmin(<DeclarationEdit id="d-1" />, {
      dataProvider: { getOne, publishDeclaration },
      permissions: officerOf(),
    });
    await user.click(await screen.findByRole('switch', { name: 'Umumkan kepada publik' }));
    await user.type(screen.getByLabelText(/Alamat halaman pengumuman/), 'https://kpu.go.id/a');
    await user.click(screen.getByRole('button', { name: 'Simpan pengumuman' }));
    await waitFor(() =>
      expect(publishDeclaration).toHaveBeenCalledWith(
        expect.objectContaining({ id: 'd-1', version: 2 }),
        true,
        'https://kpu.go.id/a',
      ),
    );
    // Then the page reads the declaration again, for its new version.
    await waitFor(() => expect(getOne.mock.calls.length).toBeGreaterThan(1));
  });

  it('offers to reload when someone else changed it meanwhile (CONFLICT)', async () => {
    const user = userEvent.setup();
    const getOne = vi
      .fn()
      .mockResolvedValueOnce({ data: declaration })
      .mockResolvedValue({ data: { ...declaration, version: 3, relativeName: 'Hj. Karimah' } });
    const withdrawDeclaration = vi
      .fn()
      .mockRejectedValue(new ApiError('CONFLICT', { currentVersion: 3, expectedVersion: 2 }));
    renderInAdmin(<DeclarationEdit id="d-1" />, {
      dataProvider: { getOne, withdrawDeclaration },
      permissions: officerOf(),
    });
    await user.type(await screen.findByLabelText(/Alasan penarikan/), 'Kerabat mundur');
    await user.click(screen.getByRole('button', { name: 'Tarik pernyataan' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data telah diubah orang lain');
    await user.click(screen.getByRole('button', { name: 'Muat ulang' }));
    expect(await screen.findByText(/versi 3/)).toBeInTheDocument();
    expect(screen.queryByText('Data telah diubah orang lain')).not.toBeInTheDocument();
  });

  it('shows a withdrawn declaration read-only, with the reason', async () => {
    const getOne = vi.fn().mockResolvedValue({
      data: {
        ...declaration,
        withdrawn: true,
        withdrawnAt: '2024-02-01T02:00:00.000Z',
        withdrawalReason: 'Mundur',
      },
    });
    renderInAdmin(<DeclarationEdit id="d-1" />, { dataProvider: { getOne }, permissions: officerOf() });
    expect(await screen.findByText(/Ditarik pada .*: Mundur\./)).toBeInTheDocument();
    expect(screen.getByLabelText(/Nama kerabat/)).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Simpan' })).not.toBeInTheDocument();
  });
});
