import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResourceContextProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { MESSAGE_LABELS } from '@etik/domain';
import { aCase } from '../test/fixtures';
import { renderInAdmin } from '../test/render-in-admin';
import { CaseCreate } from './CaseCreate';

const wizard = (
  <ResourceContextProvider value="cases">
    <CaseCreate />
  </ResourceContextProvider>
);
const emptyList = vi.fn().mockResolvedValue({ data: [], total: 0 });

describe('new case wizard', () => {
  it('walks through source, complainant, respondents, event, chronology and evidence', async () => {
    renderInAdmin(wizard, { dataProvider: { getList: emptyList } });
    const steps = await screen.findAllByRole('button', {
      name: /Sumber|Pengadu|Teradu|Peristiwa|Kronologi|Alat bukti/,
    });
    expect(steps.map((step) => step.textContent?.replace(/^\d+/, ''))).toEqual([
      'Sumber',
      'Pengadu',
      'Teradu',
      'Peristiwa',
      'Kronologi',
      'Alat bukti',
    ]);
  });

  it('shows the completeness check as the clerk types, in the domain’s words', async () => {
    const user = userEvent.setup();
    renderInAdmin(wizard, { dataProvider: { getList: emptyList } });
    expect(await screen.findByText(MESSAGE_LABELS.COMPLAINANT_NAME_MISSING!.id)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Pengadu$/ }));
    await user.type(screen.getByLabelText('Nama pengadu'), 'Rina Marlina');
    await waitFor(() =>
      expect(screen.queryByText(MESSAGE_LABELS.COMPLAINANT_NAME_MISSING!.id)).not.toBeInTheDocument(),
    );
    expect(screen.getByText(MESSAGE_LABELS.EVIDENCE_INSUFFICIENT!.id)).toBeInTheDocument();
  });

  it('files the complaint and shows the completeness check the API returns', async () => {
    const user = userEvent.setup();
    const fileCase = vi.fn().mockResolvedValue({
      data: aCase({ id: 'new-case', status: 'received' }),
      completeness: {
        complete: false,
        deficiencies: [{ code: 'EVENT_PLACE_MISSING', requirement: 'material', field: 'eventPlace' }],
      },
    });
    renderInAdmin(wizard, { dataProvider: { getList: emptyList, fileCase } });
    await user.click(await screen.findByRole('button', { name: /Pengadu$/ }));
    await user.type(screen.getByLabelText('Nama pengadu'), 'Rina Marlina');
    await user.click(screen.getByRole('button', { name: /Kronologi$/ }));
    await user.type(
      screen.getByLabelText('Uraian kejadian'),
      'Teradu membagikan kaos salah satu pasangan calon di TPS.',
    );
    await user.click(screen.getByRole('button', { name: /Alat bukti$/ }));
    await user.click(screen.getByRole('button', { name: 'Catat aduan' }));

    await waitFor(() => expect(fileCase).toHaveBeenCalledTimes(1));
    const input = fileCase.mock.calls[0]![0];
    expect(input).toMatchObject({
      complaint: {
        source: 'publicComplaint',
        complainant: { name: 'Rina Marlina' },
        chronology: 'Teradu membagikan kaos salah satu pasangan calon di TPS.',
      },
    });
    expect(input.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const alert = await screen.findByText(
      'Aduan tercatat dengan kekurangan; mintakan perbaikan saat penelitian berkas.',
    );
    expect(alert).toBeInTheDocument();
    expect(screen.getByText(MESSAGE_LABELS.EVENT_PLACE_MISSING!.id)).toBeInTheDocument();
    expect(within(document.body).getByRole('link', { name: 'Buka perkara' })).toHaveAttribute(
      'href',
      expect.stringContaining('new-case'),
    );
  });
});
