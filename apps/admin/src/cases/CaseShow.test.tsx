import { screen, within } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { LABELS } from '@etik/domain';
import { aCase } from '../test/fixtures';
import { renderInAdmin } from '../test/render-in-admin';
import { CaseShow } from './CaseShow';

const detailed = aCase({
  status: 'received',
  availableCommands: ['startScreening', 'withdraw'],
  deadlines: [
    {
      key: 'screening',
      state: 'overdue',
      startedAt: '2024-02-20T02:00:00.000Z',
      dueAt: '2024-02-23T16:59:59.999Z',
      amount: 3,
      unit: 'workingDays',
    },
  ],
  complaint: {
    source: 'publicComplaint',
    complainant: { name: null, confidential: true, identityMasked: true, personalDataMasked: true },
    respondents: [{ name: 'Siti Aminah', bodyType: 'kpps', position: 'member' }],
    evidence: [],
    chronology: 'Singkat',
  },
  timeline: [
    {
      seq: 1,
      at: '2024-02-20T02:00:00.000Z',
      action: 'caseReceived',
      actorRole: 'officer',
      toStatus: 'received',
    },
  ],
});

function renderCase() {
  const getOne = vi.fn().mockResolvedValue({ data: detailed });
  renderInAdmin(
    <ResourceContextProvider value="cases">
      <CaseShow id="case-1" />
    </ResourceContextProvider>,
    { dataProvider: { getOne } },
  );
  return getOne;
}

describe('case page', () => {
  it('builds its action bar from the case’s availableCommands', async () => {
    renderCase();
    const toolbar = await screen.findByRole('toolbar', { name: 'Langkah berikutnya' });
    expect(
      within(toolbar)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([LABELS.caseCommand.startScreening.id, LABELS.caseCommand.withdraw.id]);
  });

  it('counts overdue deadlines as overdue, with the deadline named by the domain', async () => {
    renderCase();
    const table = await screen.findByRole('table', { name: 'Batas waktu' });
    expect(within(table).getByText(LABELS.deadline.screening.id)).toBeInTheDocument();
    expect(within(table).getByText(/^terlambat \d+ hari/)).toBeInTheDocument();
  });

  it('hides a confidential complainant and lists what the complaint lacks', async () => {
    renderCase();
    const complaint = await screen.findByRole('region', { name: 'Aduan' });
    expect(within(complaint).getByText('Identitas dirahasiakan')).toBeInTheDocument();
    expect(within(complaint).getByText('Uraian kejadian terlalu singkat')).toBeInTheDocument();
  });

  it('shows the timeline in the domain’s words', async () => {
    renderCase();
    const timeline = await screen.findByRole('list', { name: 'Riwayat' });
    expect(within(timeline).getByText(LABELS.caseEvent.caseReceived.id)).toBeInTheDocument();
  });
});
