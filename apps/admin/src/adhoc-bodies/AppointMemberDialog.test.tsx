import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../providers/graphql-client';
import { officerOf, renderInAdmin } from '../test/render-in-admin';
import { AppointMemberDialog } from './AppointMemberDialog';

const body = {
  id: 'pps-35.26.01.2001',
  version: 1,
  name: 'PPS Desa Satu',
  type: 'pps',
  regionCode: '35.26.01.2001',
  commissionId: 'kpu-35.26',
};

const getList = vi.fn().mockResolvedValue({ data: [], total: 0 });

function renderDialog(appointMember: ReturnType<typeof vi.fn>, record: Record<string, unknown> = body) {
  return renderInAdmin(
    <RecordContextProvider value={record}>
      <AppointMemberDialog />
    </RecordContextProvider>,
    { permissions: officerOf(), dataProvider: { appointMember, getList } },
  );
}

async function fillNewPerson(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Angkat anggota' }));
  await user.type(screen.getByLabelText(/NIK/), '3526014507900001');
  await user.type(screen.getByLabelText(/^Nama/), 'Siti Aminah');
  await user.clear(screen.getByLabelText(/Tanggal pengangkatan/));
  await user.type(screen.getByLabelText(/Tanggal pengangkatan/), '2026-03-02');
  await user.clear(screen.getByLabelText(/Tanggal sumpah/));
  await user.type(screen.getByLabelText(/Tanggal sumpah/), '2026-03-01');
  await user.clear(screen.getByLabelText(/pakta integritas/));
  await user.type(screen.getByLabelText(/pakta integritas/), '2026-03-01');
  await user.type(screen.getByLabelText(/Nomor SK pengangkatan/), 'SK-12/2026');
}

describe('AppointMemberDialog', () => {
  it('appoints a new person with the dates as days in WIB and the decree', async () => {
    const appointMember = vi.fn().mockResolvedValue({ id: 'm-9', status: 'active' });
    const user = userEvent.setup();
    renderDialog(appointMember);
    await fillNewPerson(user);
    await user.click(screen.getByRole('button', { name: 'Angkat' }));
    await waitFor(() => expect(appointMember).toHaveBeenCalledTimes(1));
    expect(appointMember).toHaveBeenCalledWith({
      bodyId: 'pps-35.26.01.2001',
      person: expect.objectContaining({ nik: '3526014507900001', name: 'Siti Aminah' }),
      position: 'member',
      appointedAt: '2026-03-01T17:00:00.000Z',
      oathTakenAt: '2026-02-28T17:00:00.000Z',
      integrityPactSignedAt: '2026-02-28T17:00:00.000Z',
      reference: 'SK-12/2026',
    });
  });

  it('says plainly that every seat is taken, with the seats', async () => {
    const appointMember = vi.fn().mockRejectedValue(new ApiError('SEATS_FULL', { seats: 3, taken: 3 }));
    const user = userEvent.setup();
    renderDialog(appointMember);
    await fillNewPerson(user);
    await user.click(screen.getByRole('button', { name: 'Angkat' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Semua 3 kursi badan ini sudah terisi (3 anggota aktif)',
    );
  });

  it('asks to confirm a person dismissed permanently before, then resends with the confirmation', async () => {
    const appointMember = vi
      .fn()
      .mockRejectedValueOnce(new ApiError('PREVIOUSLY_DISMISSED', {}))
      .mockResolvedValueOnce({ id: 'm-9', status: 'active' });
    const user = userEvent.setup();
    renderDialog(appointMember);
    await fillNewPerson(user);
    await user.click(screen.getByRole('button', { name: 'Angkat' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Pernah diberhentikan dengan tidak hormat');
    expect(appointMember.mock.calls[0]![0]).not.toHaveProperty('confirmPreviousDismissal');
    await user.click(screen.getByRole('button', { name: 'Tetap angkat' }));
    await waitFor(() => expect(appointMember).toHaveBeenCalledTimes(2));
    expect(appointMember.mock.calls[1]![0]).toMatchObject({ confirmPreviousDismissal: true });
  });

  it('shows a taken NIK at the NIK field', async () => {
    const appointMember = vi.fn().mockRejectedValue(new ApiError('NIK_TAKEN', {}));
    const user = userEvent.setup();
    renderDialog(appointMember);
    await fillNewPerson(user);
    await user.click(screen.getByRole('button', { name: 'Angkat' }));
    expect(await screen.findByText('NIK sudah tercatat untuk orang lain')).toBeInTheDocument();
    expect(screen.getByLabelText(/NIK/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('is not offered on a dissolved body', async () => {
    renderDialog(vi.fn(), { ...body, dissolvedAt: '2026-01-01T00:00:00Z' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: 'Angkat anggota' })).toBeNull();
  });
});
