import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LABELS, MESSAGE_LABELS, OUTCOMES } from '@etik/domain';
import { ApiError } from '../../providers/graphql-client';
import { aCase, NOW } from '../../test/fixtures';
import { renderInAdmin } from '../../test/render-in-admin';
import { CaseActionBar } from '../CaseActionBar';
import { CommandDialog } from './CommandDialog';

const setup = (
  command: Parameters<typeof CommandDialog>[0]['command'],
  transitionCase = vi.fn(),
  priorOutcomes = vi.fn().mockResolvedValue({}),
) => {
  const onClose = vi.fn();
  renderInAdmin(<CommandDialog record={aCase()} command={command} open onClose={onClose} now={() => NOW} />, {
    dataProvider: { transitionCase, priorOutcomes },
  });
  return { transitionCase, onClose, priorOutcomes };
};

async function choose(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, option: string) {
  fireEvent.mouseDown(field);
  const listbox = await screen.findByRole('listbox');
  await user.click(within(listbox).getByRole('option', { name: option }));
}

describe('recordPlenaryDecision form', () => {
  it('asks a finding and an outcome for every respondent, outcomes from the domain labels', async () => {
    setup('recordPlenaryDecision');
    const dialog = await screen.findByRole('dialog', { name: 'Catat putusan pleno' });
    const siti = within(dialog).getByRole('group', { name: 'Teradu: Siti Aminah' });
    const budi = within(dialog).getByRole('group', { name: 'Teradu: Budi Santoso' });
    for (const group of [siti, budi]) {
      expect(within(group).getByLabelText(/^Dugaan/)).toBeInTheDocument();
      expect(within(group).getByLabelText(/^Putusan/)).toBeInTheDocument();
    }
    fireEvent.mouseDown(within(siti).getByLabelText(/^Putusan/));
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(
      OUTCOMES.map((outcome) => LABELS.outcome[outcome].id),
    );
  });

  it('sends the plenary and one outcome per respondent with the version last read', async () => {
    const user = userEvent.setup();
    const transitionCase = vi.fn().mockResolvedValue({ data: aCase({ version: 4 }) });
    const { onClose } = setup('recordPlenaryDecision', transitionCase);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Anggota KPU yang hadir/), '4');
    const siti = within(dialog).getByRole('group', { name: 'Teradu: Siti Aminah' });
    const budi = within(dialog).getByRole('group', { name: 'Teradu: Budi Santoso' });
    await choose(user, within(siti).getByLabelText(/^Dugaan/), 'Terbukti');
    await choose(user, within(siti).getByLabelText(/^Putusan/), 'Peringatan keras');
    await choose(user, within(budi).getByLabelText(/^Dugaan/), 'Tidak terbukti');
    await choose(user, within(budi).getByLabelText(/^Putusan/), 'Rehabilitasi');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));

    await waitFor(() => expect(transitionCase).toHaveBeenCalledTimes(1));
    const [id, command, payload, version] = transitionCase.mock.calls[0]!;
    expect([id, command, version]).toEqual(['case-1', 'recordPlenaryDecision', 3]);
    expect(payload).toMatchObject({
      plenary: { commissionersPresent: 4, commissionSize: 5 },
      outcomes: [
        { membershipId: 'm-kpps-1', finding: 'proven', outcome: 'strongWarning' },
        { membershipId: 'm-kpps-2', finding: 'notProven', outcome: 'rehabilitation' },
      ],
    });
    expect(payload.plenary.heldAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('does not send the decision while an outcome is missing', async () => {
    const user = userEvent.setup();
    const transitionCase = vi.fn();
    setup('recordPlenaryDecision', transitionCase);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Anggota KPU yang hadir/), '5');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(await within(dialog).findAllByText('Wajib diisi')).not.toHaveLength(0);
    expect(transitionCase).not.toHaveBeenCalled();
  });
});

describe('sanction guidance in the plenary decision form', () => {
  it('warns of a sanction on an allegation found not proven before anything is sent', async () => {
    const user = userEvent.setup();
    const transitionCase = vi.fn();
    setup('recordPlenaryDecision', transitionCase);
    const dialog = await screen.findByRole('dialog');
    const siti = within(dialog).getByRole('group', { name: 'Teradu: Siti Aminah' });
    await choose(user, within(siti).getByLabelText(/^Dugaan/), LABELS.finding.notProven.id);
    await choose(user, within(siti).getByLabelText(/^Putusan/), LABELS.outcome.strongWarning.id);
    const guidance = within(dialog).getByRole('status', { name: 'Pedoman sanksi' });
    await waitFor(() => expect(guidance).toHaveTextContent(MESSAGE_LABELS.SANCTION_WITHOUT_PROOF!.id));
    expect(guidance).toHaveTextContent(`Siti Aminah: ${MESSAGE_LABELS.SANCTION_WITHOUT_PROOF!.id}`);
    expect(guidance).toHaveTextContent(`Saran: ${LABELS.outcome.rehabilitation.id}`);
    expect(transitionCase).not.toHaveBeenCalled();

    // Changing the outcome re-runs the guidance: a rehabilitation for a finding not proven is fine.
    await choose(user, within(siti).getByLabelText(/^Putusan/), LABELS.outcome.rehabilitation.id);
    await waitFor(() =>
      expect(guidance).toHaveTextContent(
        'Pedoman sanksi tidak menemukan putusan yang tampak tidak sebanding.',
      ),
    );
  });

  it('weighs what was decided earlier against the same respondent', async () => {
    const user = userEvent.setup();
    const priorOutcomes = vi.fn().mockResolvedValue({ 'm-kpps-1': ['finalStrongWarning'] });
    setup('recordPlenaryDecision', vi.fn(), priorOutcomes);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(priorOutcomes).toHaveBeenCalled());
    const siti = within(dialog).getByRole('group', { name: 'Teradu: Siti Aminah' });
    await choose(user, within(siti).getByLabelText(/^Dugaan/), LABELS.finding.proven.id);
    await choose(user, within(siti).getByLabelText(/^Putusan/), LABELS.outcome.warning.id);
    const guidance = within(dialog).getByRole('status', { name: 'Pedoman sanksi' });
    await waitFor(() => expect(guidance).toHaveTextContent(MESSAGE_LABELS.REPEAT_AFTER_FINAL_WARNING!.id));
    expect(guidance).toHaveTextContent(MESSAGE_LABELS.MILDER_THAN_PREVIOUS_SANCTION!.id);
    expect(guidance).toHaveTextContent(`Saran: ${LABELS.outcome.permanentDismissal.id}`);
  });

  it('flags removal from the chair of a respondent who is not the chair, in English too', async () => {
    const user = userEvent.setup();
    renderInAdmin(
      <CommandDialog
        record={aCase()}
        command="recordPlenaryDecision"
        open
        onClose={vi.fn()}
        now={() => NOW}
      />,
      { dataProvider: { priorOutcomes: vi.fn().mockResolvedValue({}) }, locale: 'en' },
    );
    const dialog = await screen.findByRole('dialog');
    const siti = within(dialog).getByRole('group', { name: 'Respondent: Siti Aminah' });
    await choose(user, within(siti).getByLabelText(/^Finding/), LABELS.finding.proven.en);
    await choose(user, within(siti).getByLabelText(/^Outcome/), LABELS.outcome.removalFromChair.en);
    const guidance = within(dialog).getByRole('status', { name: 'Sanction guidance' });
    await waitFor(() =>
      expect(guidance).toHaveTextContent(MESSAGE_LABELS.REMOVAL_FROM_CHAIR_OF_NON_CHAIR!.en),
    );
  });
});

describe('focus', () => {
  it('moves focus into the form of a command and gives it back to the button on close', async () => {
    const user = userEvent.setup();
    renderInAdmin(<CaseActionBar record={aCase({ availableCommands: ['withdraw'] })} />);
    const button = await screen.findByRole('button', { name: LABELS.caseCommand.withdraw.id });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: LABELS.caseCommand.withdraw.id });
    await waitFor(() => expect(within(dialog).getByLabelText(/^Alasan/)).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
  });
});

describe('formExaminationTeam form', () => {
  it('without candidates, asks a chair and two members as person ids', async () => {
    const user = userEvent.setup();
    const transitionCase = vi.fn().mockResolvedValue({ data: aCase() });
    setup('formExaminationTeam', transitionCase);
    const dialog = await screen.findByRole('dialog', { name: 'Bentuk tim pemeriksa' });
    // No candidates listed (the query is not stubbed): the form falls back to person ids.
    await user.type(await within(dialog).findByLabelText(/Ketua tim pemeriksa/), 'staff-1');
    await user.type(within(dialog).getByLabelText(/Anggota tim pemeriksa 1/), 'staff-2');
    await user.type(within(dialog).getByLabelText(/Anggota tim pemeriksa 2/), 'staff-3');
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

  it('shows the conflict-of-interest violations the API returns, in Indonesian', async () => {
    const user = userEvent.setup();
    const transitionCase = vi.fn().mockRejectedValue(
      new ApiError('CONFLICT_OF_INTEREST', {
        violations: [
          { code: 'TEAM_MEMBER_IS_PARTY', personId: 'staff-2', role: 'witness' },
          { code: 'TEAM_MEMBER_IN_RESPONDENT_BODY', personId: 'staff-3', bodyId: 'kpps-1' },
        ],
      }),
    );
    setup('formExaminationTeam', transitionCase);
    const dialog = await screen.findByRole('dialog');
    // No candidates listed (the query is not stubbed): the form falls back to person ids.
    await user.type(await within(dialog).findByLabelText(/Ketua tim pemeriksa/), 'staff-1');
    await user.type(within(dialog).getByLabelText(/Anggota tim pemeriksa 1/), 'staff-2');
    await user.type(within(dialog).getByLabelText(/Anggota tim pemeriksa 2/), 'staff-3');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(MESSAGE_LABELS.CONFLICT_OF_INTEREST!.id);
    const list = within(alert).getByRole('list', { name: 'Konflik kepentingan yang ditemukan' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('(staff-2)');
    expect(items[1]).toContain('(staff-3)');
    expect(items.join(' ')).not.toMatch(/TEAM_MEMBER/);
  });
});

describe('a command refused with CONFLICT', () => {
  it('tells the user someone else changed the case and offers a reload', async () => {
    const user = userEvent.setup();
    const transitionCase = vi
      .fn()
      .mockRejectedValue(new ApiError('CONFLICT', { currentVersion: 4, expectedVersion: 3 }));
    const { onClose } = setup('withdraw', transitionCase);
    const dialog = await screen.findByRole('dialog', { name: 'Catat pencabutan' });
    await user.type(within(dialog).getByLabelText(/Alasan/), 'Pengadu mencabut aduannya secara tertulis');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Perkara telah diubah orang lain');
    expect(within(dialog).getByRole('button', { name: 'Simpan' })).toBeDisabled();
    await user.click(within(alert).getByRole('button', { name: 'Muat ulang perkara' }));
    expect(onClose).toHaveBeenCalled();
  });
});

describe('commands without inputs', () => {
  it('asks only for confirmation and sends an empty payload', async () => {
    const user = userEvent.setup();
    const transitionCase = vi.fn().mockResolvedValue({ data: aCase() });
    setup('startScreening', transitionCase);
    const dialog = await screen.findByRole('dialog', { name: 'Mulai penelitian berkas' });
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Mulai penelitian berkas' }));
    await waitFor(() => expect(transitionCase).toHaveBeenCalledWith('case-1', 'startScreening', {}, 3));
  });
});
