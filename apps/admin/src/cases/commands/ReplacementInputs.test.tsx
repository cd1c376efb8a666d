import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LABELS } from '@etik/domain';
import type { ReplacementCandidates } from '../../providers/records-types';
import { aCase, NOW } from '../../test/fixtures';
import { renderInAdmin } from '../../test/render-in-admin';
import { CommandDialog } from './CommandDialog';
import { passedOver, replacementPayload } from './ReplacementInputs';

configure({ asyncUtilTimeout: 5000 });

const reserve = (id: string, rank: number, name: string) => ({ id, selectionRank: rank, person: { name } });
const RANK_8 = reserve('m-8', 8, 'Eko Prasetyo');
const RANK_9 = reserve('m-9', 9, 'Sari Wulandari');
const FACTS: ReplacementCandidates = {
  vacatedMembershipId: 'm-kpps-1',
  seatStillOpen: true,
  candidates: [RANK_8, RANK_9],
  nextCandidateId: 'm-8',
  ppsAppointmentAllowed: false,
};

describe('the reserves a replacement passes over', () => {
  it('are those ranked before the pick, or every one for an appointment by the PPS', () => {
    expect(passedOver([RANK_8, RANK_9], 'nextRank', 'm-9')).toEqual([RANK_8]);
    expect(passedOver([RANK_8, RANK_9], 'nextRank', 'm-8')).toEqual([]);
    expect(passedOver([RANK_8, RANK_9], 'appointmentByPps', undefined)).toEqual([RANK_8, RANK_9]);
  });

  it('go to the API with their reasons, and a PPS appointee as a new person', () => {
    expect(
      replacementPayload({
        vacatedMembershipId: 'm-kpps-1',
        method: 'appointmentByPps',
        swornAt: '2024-03-04T10:00',
        skipped: ['m-8', 'm-9'],
        skipReasons: ['deceased', 'declined'],
        appointee: { nik: ' 3526014506900002 ', name: 'Siti Aminah' },
      }),
    ).toMatchObject({
      vacatedMembershipId: 'm-kpps-1',
      method: 'appointmentByPps',
      skippedReserves: [
        { membershipId: 'm-8', reason: 'deceased' },
        { membershipId: 'm-9', reason: 'declined' },
      ],
      appointee: { person: { nik: '3526014506900002', name: 'Siti Aminah' } },
    });
  });
});

describe('completing a replacement from the candidates', () => {
  it('offers the reserves of the seat chosen, and asks why a better-ranked one is passed over', async () => {
    const user = userEvent.setup();
    const replacementCandidates = vi.fn().mockResolvedValue(FACTS);
    const transitionCase = vi.fn().mockResolvedValue({ data: aCase() });
    renderInAdmin(
      <CommandDialog
        record={aCase({ status: 'replacementInProgress' })}
        command="completeReplacement"
        open
        onClose={vi.fn()}
        now={() => NOW}
      />,
      { dataProvider: { transitionCase, replacementCandidates } },
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: /Kursi yang dikosongkan/ }));
    await user.click(await screen.findByRole('option', { name: 'Siti Aminah' }));
    await waitFor(() => expect(replacementCandidates).toHaveBeenCalledWith('case-1', 'm-kpps-1'));
    expect(await within(dialog).findByText(/Eko Prasetyo \(#8\)/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('combobox', { name: /Cara penggantian/ }));
    await user.click(await screen.findByRole('option', { name: LABELS.replacementMethod.nextRank.id }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Pengganti/ }));
    await user.click(await screen.findByRole('option', { name: 'Sari Wulandari (#9)' }));
    await user.click(
      await within(dialog).findByRole('combobox', { name: /Alasan Eko Prasetyo \(#8\) dilewati/ }),
    );
    await user.click(await screen.findByRole('option', { name: LABELS.skipReason.declined.id }));
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(transitionCase).toHaveBeenCalledWith(
        'case-1',
        'completeReplacement',
        expect.objectContaining({
          vacatedMembershipId: 'm-kpps-1',
          method: 'nextRank',
          replacementMembershipId: 'm-9',
          skippedReserves: [{ membershipId: 'm-8', reason: 'declined' }],
        }),
        3,
      ),
    );
  });
});
