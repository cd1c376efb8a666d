import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../providers/graphql-client';
import { officerOf, renderInAdmin } from '../test/render-in-admin';
import { ImportUploadForm } from './ImportUploadForm';

const bangkalan = { id: 'kpu-35.26', level: 'regency', name: 'KPU Kabupaten Bangkalan', regionCode: '35.26' };
const csv = () => new File(['nama\nSiti\n'], 'anggota.csv', { type: 'text/csv' });

describe('uploading a member CSV', () => {
  it("uploads to the officer's own commission, chosen for them", async () => {
    const user = userEvent.setup();
    const uploadMemberImport = vi
      .fn()
      .mockResolvedValue({ memberImport: { id: 'imp-1', status: 'queued' }, ignoredColumns: [] });
    renderInAdmin(<ImportUploadForm />, {
      dataProvider: {
        getList: vi.fn().mockResolvedValue({ data: [bangkalan], total: 1 }),
        uploadMemberImport,
      },
      permissions: officerOf(),
    });
    expect(await screen.findByRole('combobox', { name: /KPU Kabupaten\/Kota/ })).toHaveTextContent(
      bangkalan.name,
    );
    await user.upload(screen.getByLabelText('Pilih berkas CSV'), csv());
    // jsdom's constraint validation does not see a file set by user.upload: submit the form itself.
    fireEvent.submit(screen.getByRole('button', { name: 'Unggah dan impor' }).closest('form')!);
    await waitFor(() =>
      expect(uploadMemberImport).toHaveBeenCalledWith('kpu-35.26', expect.any(File), 'members'),
    );
  });

  it('uploads a CSV of ad hoc bodies when that is what the file holds', async () => {
    const user = userEvent.setup();
    const uploadMemberImport = vi
      .fn()
      .mockResolvedValue({ memberImport: { id: 'imp-2', status: 'queued' }, ignoredColumns: [] });
    renderInAdmin(<ImportUploadForm />, {
      dataProvider: {
        getList: vi.fn().mockResolvedValue({ data: [bangkalan], total: 1 }),
        uploadMemberImport,
      },
      permissions: officerOf(),
    });
    await screen.findByRole('combobox', { name: /KPU Kabupaten\/Kota/ });
    await user.click(screen.getByRole('combobox', { name: /Isi berkas/ }));
    await user.click(await screen.findByRole('option', { name: 'Badan ad hoc' }));
    expect(screen.getByText(/jenis_badan \(PPK, PPS, KPPS, PANTARLIH\)/)).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Pilih berkas CSV'), csv());
    fireEvent.submit(screen.getByRole('button', { name: 'Unggah dan impor' }).closest('form')!);
    await waitFor(() =>
      expect(uploadMemberImport).toHaveBeenCalledWith('kpu-35.26', expect.any(File), 'bodies'),
    );
  });

  it('says which required columns the header lacks, in English too', async () => {
    const user = userEvent.setup();
    const uploadMemberImport = vi
      .fn()
      .mockRejectedValue(
        new ApiError('BAD_USER_INPUT', { reason: 'MISSING_COLUMNS', missing: ['nik', 'jabatan'] }),
      );
    renderInAdmin(<ImportUploadForm />, {
      dataProvider: {
        getList: vi.fn().mockResolvedValue({ data: [bangkalan], total: 1 }),
        uploadMemberImport,
      },
      permissions: officerOf(),
      locale: 'en',
    });
    await screen.findByRole('combobox', { name: /Regency\/city commission/ });
    await user.upload(screen.getByLabelText('Choose a CSV file'), csv());
    fireEvent.submit(screen.getByRole('button', { name: 'Upload and import' }).closest('form')!);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Required columns missing from the header: nik, jabatan.',
    );
  });

  it('is not offered to a commissioner, whom the API would refuse', async () => {
    renderInAdmin(<ImportUploadForm />, {
      dataProvider: { getList: vi.fn().mockResolvedValue({ data: [bangkalan], total: 1 }) },
      permissions: { ...officerOf(), role: 'commissioner' },
    });
    await new Promise((done) => setTimeout(done, 300));
    expect(screen.queryByRole('button', { name: 'Unggah dan impor' })).not.toBeInTheDocument();
  });
});
