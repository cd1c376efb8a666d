import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MESSAGE_LABELS } from '@etik/domain';
import { ApiError } from '../providers/graphql-client';
import { aCase, NOW } from '../test/fixtures';
import { renderInAdmin } from '../test/render-in-admin';
import { CommandDialog } from './commands/CommandDialog';

const setup = (transitionCase: ReturnType<typeof vi.fn>) =>
  renderInAdmin(
    <CommandDialog
      record={aCase({ timeZone: 'WITA' })}
      command="startScreening"
      open
      onClose={vi.fn()}
      now={() => NOW}
    />,
    { dataProvider: { transitionCase, priorOutcomes: vi.fn().mockResolvedValue({}) } },
  );

describe('when the act happened, in every command form', () => {
  it('sends nothing of it when left empty', async () => {
    const user = userEvent.setup();
    const transitionCase = vi.fn().mockResolvedValue({ data: aCase({ version: 4 }) });
    setup(transitionCase);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByLabelText(/Alasan pencatatan mundur/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: /Mulai/ }));
    await waitFor(() => expect(transitionCase).toHaveBeenCalledWith('case-1', 'startScreening', {}, 3));
  });

  it('reads the time in the case’s zone and asks a reason once it is filled', async () => {
    const user = userEvent.setup();
    const transitionCase = vi.fn().mockResolvedValue({ data: aCase({ version: 4 }) });
    setup(transitionCase);
    const dialog = await screen.findByRole('dialog');
    const when = within(dialog).getByLabelText(/Waktu kejadian \(WITA\)/);
    await user.type(when, '2024-03-06T09:30');
    await user.type(within(dialog).getByLabelText(/Alasan pencatatan mundur/), 'Berkas baru diterima');
    await user.click(within(dialog).getByRole('button', { name: /Mulai/ }));
    await waitFor(() =>
      expect(transitionCase).toHaveBeenCalledWith(
        'case-1',
        'startScreening',
        { occurredAt: '2024-03-06T01:30:00.000Z', occurredAtReason: 'Berkas baru diterima' },
        3,
      ),
    );
  });

  it('shows the API’s refusal at the field, in the user’s language', async () => {
    const user = userEvent.setup();
    const transitionCase = vi.fn().mockRejectedValue(new ApiError('OCCURRED_IN_FUTURE'));
    setup(transitionCase);
    const dialog = await screen.findByRole('dialog');
    const when = within(dialog).getByLabelText(/Waktu kejadian/);
    await user.type(when, '2030-01-01T08:00');
    await user.click(within(dialog).getByRole('button', { name: /Mulai/ }));
    await waitFor(() => expect(when).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByText(MESSAGE_LABELS.OCCURRED_IN_FUTURE!.id)).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });
});
