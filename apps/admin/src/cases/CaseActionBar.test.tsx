import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LABELS } from '@etik/domain';
import { aCase } from '../test/fixtures';
import { renderInAdmin } from '../test/render-in-admin';
import { CaseActionBar } from './CaseActionBar';

describe('CaseActionBar', () => {
  it('shows only the commands the API offers, labelled in Indonesian from the domain', () => {
    renderInAdmin(
      <CaseActionBar record={aCase({ availableCommands: ['register', 'requestCorrection', 'reject'] })} />,
    );
    const toolbar = screen.getByRole('toolbar', { name: 'Langkah berikutnya' });
    const names = within(toolbar)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(names).toEqual([
      LABELS.caseCommand.register.id,
      LABELS.caseCommand.requestCorrection.id,
      LABELS.caseCommand.reject.id,
    ]);
    expect(names).toEqual(['Registrasi', 'Minta perbaikan', 'Nyatakan tidak dapat ditindaklanjuti']);
  });

  it('labels the commands in English when the locale is English', () => {
    renderInAdmin(<CaseActionBar record={aCase({ availableCommands: ['close'] })} />, { locale: 'en' });
    expect(screen.getByRole('button', { name: 'Close case' })).toBeInTheDocument();
  });

  it('says there is nothing to do when the API offers no command', () => {
    renderInAdmin(<CaseActionBar record={aCase({ availableCommands: [] })} />);
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
    expect(screen.getByText('Tidak ada langkah yang dapat Anda lakukan pada tahap ini.')).toBeInTheDocument();
  });

  it('opens the form of the command that was clicked', async () => {
    const user = userEvent.setup();
    renderInAdmin(<CaseActionBar record={aCase({ availableCommands: ['submitExaminationReport'] })} />);
    await user.click(screen.getByRole('button', { name: 'Serahkan laporan pemeriksaan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Serahkan laporan pemeriksaan' });
    expect(within(dialog).getByLabelText(/Ringkasan laporan pemeriksaan/)).toBeInTheDocument();
  });

  it('moves between its buttons with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    renderInAdmin(
      <CaseActionBar record={aCase({ availableCommands: ['register', 'requestCorrection', 'reject'] })} />,
    );
    const [first, second, third] = within(screen.getByRole('toolbar')).getAllByRole('button');
    await user.tab();
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(second).toHaveFocus();
    await user.keyboard('{End}');
    expect(third).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(third).toHaveFocus();
    await user.keyboard('{Home}');
    expect(first).toHaveFocus();
  });
});
