import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { officerOf, renderInAdmin } from '../test/render-in-admin';
import { DeclarerInputs, declarerKindsFor, declarerValues } from './DeclarerInputs';

const commissioner = { ...officerOf(), role: 'commissioner' as const, personId: 'person-c1' };

describe('who may declare for whom', () => {
  it('lets an officer declare for a member or for the commission’s staff, and a commissioner only their own', () => {
    expect(declarerKindsFor(officerOf())).toEqual(['member', 'staff']);
    expect(declarerKindsFor({ ...officerOf(), personId: 'person-o1' })).toEqual(['member', 'staff', 'own']);
    expect(declarerKindsFor(commissioner)).toEqual(['own']);
    expect(declarerKindsFor({ ...officerOf(), role: 'examiner' })).toEqual([]);
  });

  it('sends only the declarer chosen: a seat, a staff person, or the signed-in person', () => {
    const form = {
      relativeName: 'Budi',
      membershipId: 'm-1',
      personId: 'person-s1',
      staffCommissionId: 'kpu-35.26',
      electionId: 'el-1',
    };
    expect(declarerValues({ ...form, declarerKind: 'member' }, officerOf())).toEqual({
      relativeName: 'Budi',
      membershipId: 'm-1',
      electionId: 'el-1',
    });
    expect(declarerValues({ ...form, declarerKind: 'staff' }, officerOf())).toEqual({
      relativeName: 'Budi',
      personId: 'person-s1',
      electionId: 'el-1',
    });
    expect(declarerValues({ ...form, declarerKind: 'own' }, commissioner)).toEqual({
      relativeName: 'Budi',
      personId: 'person-c1',
      electionId: 'el-1',
    });
  });
});

describe('choosing a commissioner or staff member as the declarer', () => {
  it('lists the commission’s people who have a person record, from staffPersons', async () => {
    const user = userEvent.setup();
    const staffPersons = vi.fn().mockResolvedValue([
      {
        userId: 'u-1',
        username: 'commissioner.35.26',
        displayName: 'Komisioner',
        role: 'commissioner',
        active: true,
        personId: 'person-c1',
        name: 'Ahmad Komisioner',
      },
      {
        userId: 'u-2',
        username: 'staf.35.26',
        displayName: 'Staf tanpa data',
        role: 'officer',
        active: true,
        personId: null,
        name: null,
      },
    ]);
    const getList = vi.fn().mockResolvedValue({ data: [], total: 0 });
    let submitted: Record<string, unknown> | undefined;
    renderInAdmin(
      <Form
        defaultValues={{ declarerKind: 'member' }}
        onSubmit={(values: Record<string, unknown>) => {
          submitted = declarerValues(values, officerOf());
        }}
      >
        <DeclarerInputs />
        <button type="submit">kirim</button>
      </Form>,
      { dataProvider: { staffPersons, getList }, permissions: officerOf() },
    );
    await user.click(await screen.findByRole('radio', { name: 'Komisioner/staf komisi' }));
    await user.click(await screen.findByRole('combobox', { name: /Komisioner\/staf/ }));
    expect(staffPersons).toHaveBeenCalledWith('kpu-35.26');
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).queryByRole('option', { name: /Staf tanpa data/ })).toBeNull();
    await user.click(within(listbox).getByRole('option', { name: 'Ahmad Komisioner (commissioner.35.26)' }));
    await user.click(screen.getByRole('button', { name: 'kirim' }));
    await waitFor(() => expect(submitted).toEqual({ personId: 'person-c1' }));
  });
});
