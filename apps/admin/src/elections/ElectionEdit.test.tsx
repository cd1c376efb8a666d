import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { withFieldErrors, type ElectionRecord } from '../providers/election-provider';
import { ApiError } from '../providers/graphql-client';
import { renderInAdmin } from '../test/render-in-admin';
import { ElectionEdit } from './ElectionEdit';

const election: ElectionRecord = {
  id: 'el-1',
  version: 2,
  kind: 'general',
  name: 'Pemilu 2029',
  startsOn: '2028-06-01',
  endsOn: '2029-10-20',
  stages: [{ id: 'st-1', name: 'Kampanye', startsOn: '2028-11-01', endsOn: '2029-02-10' }],
};
const admin = {
  role: 'nationalAdmin' as const,
  commissionId: 'kpu-ri',
  commissionLevel: 'national' as const,
  commissionName: 'KPU RI',
};

describe('changing an election', () => {
  it('sends the version last read and keeps the stage’s id, and shows a stage problem at its field', async () => {
    const user = userEvent.setup();
    const getOne = vi.fn().mockResolvedValue({ data: election });
    const update = vi.fn().mockRejectedValue(
      withFieldErrors(
        new ApiError('STAGE_OUTSIDE_ELECTION', {
          errors: [
            { code: 'STAGE_OUTSIDE_ELECTION', stage: 0, startsOn: '2028-11-01', endsOn: '2029-02-10' },
          ],
        }),
      ),
    );
    renderInAdmin(<ElectionEdit id="el-1" />, { dataProvider: { getOne, update }, permissions: admin });
    const name = await screen.findByLabelText(/Nama pemilihan/);
    await user.clear(name);
    await user.type(name, 'Pemilu Serentak 2029');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(
      await screen.findByText('Tahapan harus berada dalam rentang tanggal pemilihan'),
    ).toBeInTheDocument();
    expect(update).toHaveBeenCalledWith(
      'elections',
      expect.objectContaining({
        id: 'el-1',
        previousData: expect.objectContaining({ version: 2 }),
        data: expect.objectContaining({
          name: 'Pemilu Serentak 2029',
          stages: [expect.objectContaining({ id: 'st-1', name: 'Kampanye' })],
        }),
      }),
    );
  });

  it('offers to reload when someone else changed it meanwhile (CONFLICT)', async () => {
    const user = userEvent.setup();
    const getOne = vi.fn().mockResolvedValue({ data: election });
    const update = vi.fn().mockRejectedValue(new ApiError('CONFLICT', { currentVersion: 3 }));
    renderInAdmin(<ElectionEdit id="el-1" />, { dataProvider: { getOne, update }, permissions: admin });
    // Save is offered once something changed.
    await user.type(await screen.findByDisplayValue('Pemilu 2029'), ' (revisi)');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await user.click(await screen.findByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(getOne.mock.calls.length).toBeGreaterThan(1));
  });
});
