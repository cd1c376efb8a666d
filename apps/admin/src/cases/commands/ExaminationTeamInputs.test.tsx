import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LABELS, MESSAGE_LABELS } from '@etik/domain';
import { ApiError } from '../../providers/graphql-client';
import type { ExaminationTeamCandidate } from '../../providers/records-types';
import { aCase, NOW } from '../../test/fixtures';
import { renderInAdmin } from '../../test/render-in-admin';
import { CommandDialog } from './CommandDialog';

// Dialogs, debounced searches and refetches take longer than the default second on a loaded machine.
configure({ asyncUtilTimeout: 5000 });

const candidate = (
  personId: string,
  name: string,
  conflicts: ExaminationTeamCandidate['conflicts'] = [],
) => ({
  personId,
  name,
  role: 'examiner' as const,
  commissionName: 'KPU Kabupaten Bangkalan',
  conflicts,
});

const CANDIDATES: ExaminationTeamCandidate[] = [
  candidate('staff-1', 'Rahmat Santoso'),
  candidate('staff-2', 'Lilis Hasanah', [
    { code: 'TEAM_MEMBER_RELATED_TO_PARTY', partyName: 'Siti Aminah', relation: 'sibling' },
  ]),
  candidate('staff-3', 'Wahyu Fauzi'),
  candidate('staff-4', 'Dewi Sari'),
];

function setup(transitionCase = vi.fn().mockResolvedValue({ data: aCase() })) {
  const examinationTeamCandidates = vi.fn().mockResolvedValue(CANDIDATES);
  renderInAdmin(
    <CommandDialog record={aCase()} command="formExaminationTeam" open onClose={vi.fn()} now={() => NOW} />,
    { dataProvider: { transitionCase, examinationTeamCandidates } },
  );
  return { transitionCase, examinationTeamCandidates };
}

async function pick(user: ReturnType<typeof userEvent.setup>, seat: RegExp, name: string) {
  const dialog = screen.getByRole('dialog');
  const input = within(dialog).getByRole('combobox', { name: seat });
  await user.clear(input);
  await user.type(input, name.slice(0, 4));
  await user.click(await screen.findByRole('option', { name: new RegExp(`^${name}`) }));
}

describe('forming the examination team from the candidates', () => {
  it("shows each candidate's conflicts beside the name, under the seat, and warns before sending", async () => {
    const user = userEvent.setup();
    const { transitionCase, examinationTeamCandidates } = setup();
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(examinationTeamCandidates).toHaveBeenCalledWith('case-1'));
    const conflict = `${MESSAGE_LABELS.TEAM_MEMBER_RELATED_TO_PARTY!.id} (${LABELS.familyRelation.sibling.id}, Siti Aminah)`;

    await user.click(await within(dialog).findByRole('combobox', { name: /Ketua tim pemeriksa/ }));
    expect(await screen.findByRole('option', { name: /^Lilis Hasanah/ })).toHaveTextContent(conflict);

    await pick(user, /Ketua tim pemeriksa/, 'Rahmat Santoso');
    await pick(user, /Anggota tim pemeriksa 1/, 'Lilis Hasanah');
    // A person already seated is not offered again.
    await user.click(within(dialog).getByRole('combobox', { name: /Anggota tim pemeriksa 2/ }));
    expect(screen.queryByRole('option', { name: /^Rahmat Santoso/ })).toBeNull();
    await user.click(await screen.findByRole('option', { name: /^Wahyu Fauzi/ }));

    expect(within(dialog).getByRole('list', { name: 'Konflik kepentingan Lilis Hasanah' })).toHaveTextContent(
      conflict,
    );
    expect(within(dialog).getByRole('status')).toHaveTextContent('Konflik kepentingan pada: Lilis Hasanah.');

    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(transitionCase).toHaveBeenCalledWith(
        'case-1',
        'formExaminationTeam',
        { chairPersonId: 'staff-1', memberPersonIds: ['staff-2', 'staff-3'] },
        3,
      ),
    );
  });

  it("shows the API's CONFLICT_OF_INTEREST under the seat of the person concerned", async () => {
    const user = userEvent.setup();
    const transitionCase = vi.fn().mockRejectedValue(
      new ApiError('CONFLICT_OF_INTEREST', {
        violations: [{ code: 'TEAM_MEMBER_IN_RESPONDENT_BODY', personId: 'staff-4', bodyId: 'kpps-1' }],
      }),
    );
    setup(transitionCase);
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('combobox', { name: /Ketua tim pemeriksa/ });
    await pick(user, /Ketua tim pemeriksa/, 'Rahmat Santoso');
    await pick(user, /Anggota tim pemeriksa 1/, 'Wahyu Fauzi');
    await pick(user, /Anggota tim pemeriksa 2/, 'Dewi Sari');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    const underSeat = await within(dialog).findByRole('list', { name: 'Konflik kepentingan Dewi Sari' });
    expect(underSeat).toHaveTextContent(`${MESSAGE_LABELS.TEAM_MEMBER_IN_RESPONDENT_BODY!.id} (kpps-1)`);
    expect(within(dialog).queryByRole('list', { name: 'Konflik kepentingan Wahyu Fauzi' })).toBeNull();
  });
});
