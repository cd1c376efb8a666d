import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aCase } from '../test/fixtures';
import { renderInAdmin } from '../test/render-in-admin';
import { ReplacementSection } from './ReplacementSection';

const replacing = aCase({
  status: 'replacementInProgress',
  decision: {
    decidedBy: 'commission',
    decidedAt: '2024-03-05T02:00:00.000Z',
    plenary: { heldAt: '2024-03-05T01:00:00.000Z', commissionersPresent: 5, commissionSize: 5 },
    outcomes: [
      { membershipId: 'm-kpps-1', finding: 'proven', outcome: 'permanentDismissal', principlesViolated: [] },
      { membershipId: 'm-kpps-2', finding: 'proven', outcome: 'permanentDismissal', principlesViolated: [] },
    ],
  },
  // As the API derives it: both dismissed members' seats wait for a replacement.
  seatsStillOpen: ['m-kpps-1', 'm-kpps-2'],
});

describe('the replacement section', () => {
  it('names, for each open seat, whom the API says the rules take next, or that the PPS may appoint', async () => {
    const replacementCandidates = vi.fn((_caseId: string, membershipId: string) =>
      Promise.resolve(
        membershipId === 'm-kpps-1'
          ? {
              vacatedMembershipId: membershipId,
              seatStillOpen: true,
              candidates: [{ id: 'm-8', selectionRank: 8, person: { name: 'Eko Prasetyo' } }],
              nextCandidateId: 'm-8',
              ppsAppointmentAllowed: false,
            }
          : {
              vacatedMembershipId: membershipId,
              seatStillOpen: true,
              candidates: [],
              nextCandidateId: null,
              ppsAppointmentAllowed: true,
            },
      ),
    );
    renderInAdmin(<ReplacementSection record={replacing} />, { dataProvider: { replacementCandidates } });
    expect(await screen.findByText(/berikutnya adalah Eko Prasetyo \(#8\)/)).toBeInTheDocument();
    expect(await screen.findByText(/PPS dapat mengangkat pengganti/)).toBeInTheDocument();
    expect(replacementCandidates).toHaveBeenCalledWith('case-1', 'm-kpps-2');
  });
});
