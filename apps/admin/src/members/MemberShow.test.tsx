import { screen, within } from '@testing-library/react';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { LABELS } from '@etik/domain';
import type { MemberWithHistory } from '../providers/directory-types';
import { renderInAdmin } from '../test/render-in-admin';
import { MemberHistory } from './MemberShow';

const body = {
  id: 'ppk-35.26.01',
  name: 'PPK Kecamatan Bangkalan',
  type: 'ppk' as const,
  regionCode: '35.26.01',
  commissionId: 'kpu-35.26',
};

const member: MemberWithHistory = {
  id: 'm-1',
  name: 'Siti Aminah',
  bodyId: body.id,
  position: 'chair',
  status: 'temporarilyDismissed',
  body,
  person: {
    id: 'person-1',
    name: 'Siti Aminah',
    nik: null,
    personalDataMasked: true,
    memberships: [
      {
        id: 'm-1',
        position: 'chair',
        status: 'temporarilyDismissed',
        body,
        statusHistory: [
          {
            at: '2023-12-20T02:00:00.000Z',
            reason: 'appoint',
            fromStatus: 'candidate',
            toStatus: 'active',
            reference: 'SK 12/2023',
          },
          {
            at: '2024-03-05T02:00:00.000Z',
            reason: 'suspend',
            fromStatus: 'active',
            toStatus: 'temporarilyDismissed',
            caseId: 'case-demo-004',
          },
        ],
      },
    ],
    respondentCases: [
      {
        membershipId: 'm-1',
        decidedAt: '2024-03-05T02:00:00.000Z',
        decidedBy: 'commission',
        ethicsCase: { id: 'case-demo-004', registerNumber: '004/ETIK/3526/2024', status: 'decided' },
        outcome: { outcome: 'temporaryDismissal', finding: 'proven', principlesViolated: [] },
      },
    ],
    declarations: [],
  },
};

describe("a member's history", () => {
  it('lists each status change with its event, the case behind it and the outcome decided for them', async () => {
    renderInAdmin(
      <RecordContextProvider value={member}>
        <MemberHistory />
      </RecordContextProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Siti Aminah', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Data pribadi disembunyikan untuk peran Anda')).toBeInTheDocument();
    const changes = screen.getByRole('table', { name: /^Perubahan status: PPK Kecamatan Bangkalan/ });
    const rows = within(changes).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(LABELS.membershipEvent.appoint.id);
    expect(rows[1]).toHaveTextContent('SK 12/2023');
    expect(rows[2]).toHaveTextContent(
      `${LABELS.membershipStatus.active.id} → ${LABELS.membershipStatus.temporarilyDismissed.id}`,
    );
    expect(within(rows[2]!).getByRole('link', { name: 'Perkara' })).toHaveAttribute(
      'href',
      '#/cases/case-demo-004/show',
    );
    const cases = screen.getByRole('table', { name: 'Perkara sebagai teradu' });
    expect(within(cases).getByRole('link', { name: '004/ETIK/3526/2024' })).toBeInTheDocument();
    expect(cases).toHaveTextContent(LABELS.outcome.temporaryDismissal.id);
    expect(screen.getByText('Belum ada pernyataan.')).toBeInTheDocument();
  });
});
