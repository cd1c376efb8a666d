import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PersonMembership } from '../providers/directory-types';
import { officerOf, renderInAdmin } from '../test/render-in-admin';
import { MembershipActions, mayKeepMembers } from './MembershipActions';

const membership: PersonMembership = {
  id: 'm-1',
  position: 'member',
  status: 'active',
  body: {
    id: 'pps-35.26.01.2001',
    name: 'PPS Desa Satu',
    type: 'pps',
    regionCode: '35.26.01.2001',
    commissionId: 'kpu-35.26',
  },
  statusHistory: [],
};

describe('MembershipActions', () => {
  it('ends a seat for the reason chosen, dated and with its decree', async () => {
    const membershipAct = vi.fn().mockResolvedValue({ id: 'm-1' });
    const user = userEvent.setup();
    renderInAdmin(<MembershipActions membership={membership} />, {
      permissions: officerOf(),
      dataProvider: { membershipAct },
    });
    await user.click(await screen.findByRole('combobox', { name: 'Alasan' }));
    await user.click(await screen.findByRole('option', { name: 'Meninggal dunia' }));
    await user.type(screen.getByLabelText(/Waktu/), '2024-04-01T09:00');
    await user.type(screen.getByLabelText(/Nomor SK atau surat/), 'SK-9/2024');
    await user.click(screen.getByRole('button', { name: 'Catat' }));
    expect(membershipAct).toHaveBeenCalledWith({
      kind: 'endMembership',
      membershipId: 'm-1',
      reason: 'death',
      at: new Date('2024-04-01T09:00').toISOString(),
      reference: 'SK-9/2024',
    });
  });

  it('is offered on seated members only', async () => {
    renderInAdmin(
      <>
        <MembershipActions membership={membership} />
        <MembershipActions membership={{ ...membership, id: 'm-2', status: 'ceased' }} />
      </>,
      { permissions: officerOf() },
    );
    expect(await screen.findAllByRole('button', { name: 'Catat' })).toHaveLength(1);
  });

  it('is for the keepers of bodies: officers, commissioners and the national administrator', () => {
    expect(mayKeepMembers(officerOf())).toBe(true);
    expect(mayKeepMembers({ ...officerOf(), role: 'commissioner' })).toBe(true);
    expect(mayKeepMembers({ ...officerOf(), role: 'examiner' })).toBe(false);
    expect(mayKeepMembers(undefined)).toBe(false);
  });
});
