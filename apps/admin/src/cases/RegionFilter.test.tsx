import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, ResourceContextProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import type { RegionChoices } from '../providers/data-provider';
import { aCase } from '../test/fixtures';
import { renderInAdmin } from '../test/render-in-admin';
import { CaseList } from './CaseList';
import { ProvinceFilterInput, RegencyFilterInput } from './RegionFilter';

const REGIONS: RegionChoices = {
  provinces: [
    { code: '11', name: 'Aceh', parentCode: null, commissionId: 'kip-11' },
    { code: '35', name: 'Jawa Timur', parentCode: null, commissionId: 'kpu-35' },
  ],
  regencies: [
    { code: '11.71', name: 'Kota Banda Aceh', parentCode: '11', commissionId: 'kip-11.71' },
    { code: '35.26', name: 'Kabupaten Bangkalan', parentCode: '35', commissionId: 'kpu-35.26' },
    { code: '35.28', name: 'Kabupaten Pamekasan', parentCode: '35', commissionId: 'kpu-35.28' },
  ],
};

async function choose(user: ReturnType<typeof userEvent.setup>, name: string, option: string) {
  fireEvent.mouseDown(await screen.findByRole('combobox', { name }, { timeout: 5000 }));
  await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: option }));
  await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
}

const optionsOf = async (name: string) => {
  fireEvent.mouseDown(screen.getByRole('combobox', { name }));
  const names = within(await screen.findByRole('listbox'))
    .getAllByRole('option')
    .map((option) => option.textContent?.trim())
    .filter(Boolean);
  fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
  return names;
};

function renderCascade() {
  renderInAdmin(
    <Form>
      <ProvinceFilterInput source="provinceCode" provinces={REGIONS.provinces} />
      <RegencyFilterInput source="regencyCode" regencies={REGIONS.regencies} provinces={REGIONS.provinces} />
    </Form>,
  );
}

describe('region filter: province, then regency', () => {
  it('asks for a province before offering regencies', async () => {
    renderCascade();
    const regency = await screen.findByRole('combobox', { name: 'Kabupaten/Kota' });
    expect(regency).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('Pilih provinsi dahulu.')).toBeInTheDocument();
  });

  it('offers the regencies of the chosen province only, and clears one that is not in the next', async () => {
    const user = userEvent.setup();
    renderCascade();
    await screen.findByRole('combobox', { name: 'Provinsi' });
    await choose(user, 'Provinsi', 'Jawa Timur');
    expect(await optionsOf('Kabupaten/Kota')).toEqual(['Kabupaten Bangkalan', 'Kabupaten Pamekasan']);
    await choose(user, 'Kabupaten/Kota', 'Kabupaten Bangkalan');
    expect(screen.getByRole('combobox', { name: 'Kabupaten/Kota' })).toHaveTextContent('Kabupaten Bangkalan');

    await choose(user, 'Provinsi', 'Aceh');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Kabupaten/Kota' })).not.toHaveTextContent('Bangkalan'),
    );
    expect(await optionsOf('Kabupaten/Kota')).toEqual(['Kota Banda Aceh']);
  });

  it('filters the cases list by the province chosen', async () => {
    const user = userEvent.setup();
    const getList = vi.fn().mockResolvedValue({ data: [aCase()], total: 1 });
    renderInAdmin(
      <ResourceContextProvider value="cases">
        <CaseList />
      </ResourceContextProvider>,
      { dataProvider: { getList, regionChoices: vi.fn().mockResolvedValue(REGIONS) } },
    );
    await user.click(await screen.findByRole('button', { name: 'Tambah filter' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Provinsi' }));
    await choose(user, 'Provinsi', 'Jawa Timur');
    await waitFor(
      () =>
        expect(getList).toHaveBeenLastCalledWith(
          'cases',
          expect.objectContaining({ filter: expect.objectContaining({ provinceCode: '35' }) }),
        ),
      { timeout: 5000 },
    );
  });
});
