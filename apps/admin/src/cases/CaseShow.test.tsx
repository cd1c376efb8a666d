import { screen, within } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { LABELS, MESSAGE_LABELS } from '@etik/domain';
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
    {
      seq: 2,
      at: '2024-02-21T02:00:00.000Z',
      action: 'deadlinesRecomputed',
      actorRole: 'nationalAdmin',
      fromStatus: 'received',
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
    expect(within(timeline).getByText(LABELS.caseAuditAction.deadlinesRecomputed.id)).toBeInTheDocument();
  });

  it('lists the evidence files with their SHA-256', async () => {
    const getOne = vi.fn().mockResolvedValue({
      data: {
        ...detailed,
        evidence: [
          {
            id: 'ev-1',
            kind: 'witnessStatement',
            fileName: 'saksi.pdf',
            mediaType: 'application/pdf',
            size: 100,
            sha256: 'ab'.repeat(32),
            uploadedBy: 'u',
            uploadedAt: '2024-02-21T02:00:00.000Z',
            downloadPath: '/files/evidence/ev-1',
          },
        ],
      },
    });
    renderInAdmin(
      <ResourceContextProvider value="cases">
        <CaseShow id="case-1" />
      </ResourceContextProvider>,
      { dataProvider: { getOne } },
    );
    const section = await screen.findByRole('region', { name: 'Berkas alat bukti' });
    expect(within(section).getByText('ab'.repeat(32))).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Unduh saksi.pdf' })).toBeInTheDocument();
  });
});

describe('case page after the decision', () => {
  const decided = aCase({
    status: 'decreeIssued',
    availableCommands: ['recordDelivery'],
    decision: {
      decidedBy: 'commission',
      decidedAt: '2024-03-05T02:00:00.000Z',
      plenary: { heldAt: '2024-03-05T01:00:00.000Z', commissionersPresent: 5, commissionSize: 5 },
      outcomes: [
        { membershipId: 'm-kpps-1', finding: 'proven', outcome: 'warning', principlesViolated: ['mandiri'] },
        { membershipId: 'm-kpps-2', finding: 'notProven', outcome: 'strongWarning' },
      ],
    },
    decree: { number: 'SK/1/2024', signedAt: '2024-03-06T02:00:00.000Z' },
    deliveries: [{ recipient: 'respondent', deliveredAt: '2024-03-07T02:00:00.000Z', channel: 'Langsung' }],
    // As the API derives them from the rule set: a public complaint's decree, the respondent served.
    decreeRecipientsRequired: ['respondent', 'complainant', 'superiorBody', 'provincialCommission'],
    decreeRecipientsOwed: ['complainant', 'superiorBody', 'provincialCommission'],
    seatsStillOpen: [],
  });

  function renderDecided() {
    renderInAdmin(
      <ResourceContextProvider value="cases">
        <CaseShow id="case-1" />
      </ResourceContextProvider>,
      {
        dataProvider: {
          getOne: vi.fn().mockResolvedValue({ data: decided }),
          priorOutcomes: vi.fn().mockResolvedValue({}),
        },
      },
    );
  }

  it('shows one outcome per respondent and the sanction guidance on the decision as recorded', async () => {
    renderDecided();
    const section = await screen.findByRole('region', { name: 'Putusan' });
    const outcomes = within(section).getByRole('list', { name: 'Putusan' });
    expect(
      within(outcomes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining(`Siti Aminah: ${LABELS.finding.proven.id} — ${LABELS.outcome.warning.id}`),
      expect.stringContaining(
        `Budi Santoso: ${LABELS.finding.notProven.id} — ${LABELS.outcome.strongWarning.id}`,
      ),
    ]);
    expect(within(outcomes).getByText(new RegExp(LABELS.principle.independent.id))).toBeInTheDocument();
    const guidance = within(section).getByRole('status', { name: 'Pedoman sanksi' });
    expect(guidance).toHaveTextContent(`Budi Santoso: ${MESSAGE_LABELS.SANCTION_WITHOUT_PROOF!.id}`);
  });

  it('names the recipients the rule set requires that have not received the decree', async () => {
    renderDecided();
    const section = await screen.findByRole('region', { name: 'Keputusan dan penyampaian' });
    const owed = within(section).getByRole('list', { name: 'Belum disampaikan kepada' });
    const expected = (['complainant', 'superiorBody', 'provincialCommission'] as const).map(
      (recipient) => LABELS.deliveryRecipient[recipient].id,
    );
    expect(
      within(owed)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(expected);
    expect(within(section).getByRole('list', { name: 'Penyampaian' })).toHaveTextContent(
      LABELS.deliveryRecipient.respondent.id,
    );
  });
});

describe('case page in examination', () => {
  it('names the examination team from the team candidates, and shows an unlisted person by id', async () => {
    const examined = aCase({
      status: 'examination',
      availableCommands: [],
      examinationTeam: {
        chairPersonId: 'p-dewi',
        memberPersonIds: ['p-agus', 'p-gone'],
        formedAt: '2024-03-01T02:00:00.000Z',
      },
    } as never);
    const examinationTeamCandidates = vi.fn().mockResolvedValue([
      { personId: 'p-dewi', name: 'Dewi Lestari', role: 'examiner', commissionName: 'KPU', conflicts: [] },
      { personId: 'p-agus', name: 'Agus Salim', role: 'examiner', commissionName: 'KPU', conflicts: [] },
    ]);
    renderInAdmin(
      <ResourceContextProvider value="cases">
        <CaseShow id="case-1" />
      </ResourceContextProvider>,
      { dataProvider: { getOne: vi.fn().mockResolvedValue({ data: examined }), examinationTeamCandidates } },
    );
    const section = await screen.findByRole('region', { name: 'Pemeriksaan' });
    expect(await within(section).findByText(/Ketua: Dewi Lestari/)).toBeTruthy();
    expect(within(section).getByText(/Anggota: Agus Salim, p-gone/)).toBeTruthy();
    expect(examinationTeamCandidates).toHaveBeenCalledWith('case-1');
  });
});
