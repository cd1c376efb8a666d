import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LABELS } from '@etik/domain';
import { ApiError } from '../providers/graphql-client';
import { renderInAdmin } from '../test/render-in-admin';
import { HolidaysPage } from './HolidaysPage';

const year2024 = {
  year: 2024,
  decree: 'SKB 3 Menteri 2023',
  confidence: 'high',
  removedDates: ['2024-02-09'],
  holidays: [
    {
      date: '2024-03-11',
      kind: 'nationalHoliday',
      name: { id: 'Hari Suci Nyepi', en: 'Day of Silence' },
      origin: 'builtIn',
      source: 'SKB',
    },
  ],
};

function setup(
  addHoliday = vi.fn().mockResolvedValue({ change: 'added', date: '2024-03-06', recomputedCases: 3 }),
) {
  const holidays = vi.fn().mockResolvedValue(year2024);
  const changeHoliday = vi
    .fn()
    .mockResolvedValue({ change: 'restored', date: '2024-02-09', recomputedCases: 1 });
  renderInAdmin(<HolidaysPage />, { dataProvider: { holidays, addHoliday, changeHoliday } });
  return { holidays, addHoliday, changeHoliday };
}

describe('the days off of a year', () => {
  it('lists the year’s days off and the built-in days removed, in the domain’s words', async () => {
    setup();
    const table = await screen.findByRole('table', { name: /Hari libur tahun/ });
    const nyepi = await within(table).findByRole('row', { name: /Hari Suci Nyepi/ });
    expect(nyepi).toHaveTextContent(LABELS.holidayKind.nationalHoliday.id);
    expect(nyepi).toHaveTextContent(LABELS.holidayOrigin.builtIn.id);
    expect(within(table).getByRole('button', { name: /Pulihkan/ })).toBeInTheDocument();
  });

  it('adds a day off and says how many open cases had their deadlines recomputed', async () => {
    const user = userEvent.setup();
    const { addHoliday, holidays } = setup();
    await screen.findByRole('row', { name: /Hari Suci Nyepi/ });
    const form = screen.getByRole('form', { name: 'Tambah hari libur' });
    fireEvent.change(within(form).getByLabelText(/^Tanggal/), { target: { value: '2024-03-06' } });
    await user.type(within(form).getByLabelText(/Nama \(Bahasa Indonesia\)/), 'Libur pilkada');
    await user.type(within(form).getByLabelText(/Nama \(Inggris\)/), 'Local election day');
    await user.click(within(form).getByRole('button', { name: 'Tambah' }));
    await waitFor(() =>
      expect(addHoliday).toHaveBeenCalledWith({
        date: '2024-03-06',
        kind: 'nationalHoliday',
        nameId: 'Libur pilkada',
        nameEn: 'Local election day',
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Tenggat 3 perkara yang berjalan dihitung ulang.',
    );
    await waitFor(() => expect(holidays).toHaveBeenCalledTimes(2));
  });

  it('restores a removed built-in day off', async () => {
    const user = userEvent.setup();
    const { changeHoliday } = setup();
    await user.click(await screen.findByRole('button', { name: /Pulihkan/ }));
    expect(changeHoliday).toHaveBeenCalledWith('restore', '2024-02-09');
    expect(await screen.findByRole('status')).toHaveTextContent('Tenggat 1 perkara');
  });

  it('shows the API’s refusal of a day off in words', async () => {
    const user = userEvent.setup();
    setup(vi.fn().mockRejectedValue(new ApiError('FORBIDDEN')));
    const form = await screen.findByRole('form', { name: 'Tambah hari libur' });
    fireEvent.change(within(form).getByLabelText(/^Tanggal/), { target: { value: '2024-03-06' } });
    await user.type(within(form).getByLabelText(/Nama \(Bahasa Indonesia\)/), 'Libur');
    await user.type(within(form).getByLabelText(/Nama \(Inggris\)/), 'Day off');
    await user.click(within(form).getByRole('button', { name: 'Tambah' }));
    expect(await within(form).findByRole('alert')).not.toHaveTextContent('FORBIDDEN');
  });
});
