import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MESSAGE_LABELS } from '@etik/domain';
import { ApiError } from '../providers/graphql-client';
import { renderInAdmin } from '../test/render-in-admin';
import { StaffPersons } from './StaffPersons';

const staff = [
  {
    userId: 'u-1',
    username: 'commissioner.35.26',
    displayName: 'Hj. Aminah',
    role: 'commissioner',
    active: true,
    personId: 'p-1',
    name: 'Hj. Aminah',
    version: 1,
  },
  {
    userId: 'u-2',
    username: 'examiner9.35.26',
    displayName: 'Budi Pemeriksa',
    role: 'examiner',
    active: true,
    personId: null,
    version: 4,
  },
];

describe('a commission’s accounts and their person records', () => {
  it('lists the staff with their persons and gives one to an account without', async () => {
    const user = userEvent.setup();
    const staffPersons = vi.fn().mockResolvedValue(staff);
    const giveUserPerson = vi.fn().mockResolvedValue({ id: 'u-2' });
    renderInAdmin(<StaffPersons commissionId="kpu-35.26" />, {
      dataProvider: { staffPersons, giveUserPerson },
    });
    const table = await screen.findByRole('table', { name: 'Akun dan data orang' });
    expect(await within(table).findByRole('row', { name: /commissioner\.35\.26/ })).toHaveTextContent(
      'Hj. Aminah (p-1)',
    );
    await user.click(within(table).getByRole('button', { name: 'Beri data orang: examiner9.35.26' }));
    const dialog = await screen.findByRole('dialog', { name: 'Beri data orang: examiner9.35.26' });
    await user.type(within(dialog).getByLabelText(/^NIK/), '3526014101900001');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(giveUserPerson).toHaveBeenCalledWith(expect.objectContaining({ userId: 'u-2', version: 4 }), {
        nik: '3526014101900001',
        name: 'Budi Pemeriksa',
      }),
    );
    await waitFor(() => expect(staffPersons).toHaveBeenCalledTimes(2));
  });

  it('shows the API’s refusal of the NIK in words', async () => {
    const user = userEvent.setup();
    renderInAdmin(<StaffPersons commissionId="kpu-35.26" />, {
      dataProvider: {
        staffPersons: vi.fn().mockResolvedValue(staff),
        giveUserPerson: vi.fn().mockRejectedValue(new ApiError('INVALID_NIK', { field: 'nik' })),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Beri data orang: examiner9.35.26' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^NIK/), '12345');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(MESSAGE_LABELS.INVALID_NIK!.id);
  });
});
