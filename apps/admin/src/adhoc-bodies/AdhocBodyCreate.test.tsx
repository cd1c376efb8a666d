import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResourceContextProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import type { RegionNode } from '../providers/directory-types';
import { officerOf, renderInAdmin } from '../test/render-in-admin';
import { AdhocBodyCreate } from './AdhocBodyCreate';

const node = (code: string, name: string, level: RegionNode['level']): RegionNode => ({
  id: code,
  code,
  name,
  level,
  parentCode: code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null,
  childCount: 1,
  bodyCount: 0,
});

const CHILDREN: Record<string, RegionNode[]> = {
  '': [node('35', 'Jawa Timur', 'province'), node('63', 'Kalimantan Selatan', 'province')],
  '35': [node('35.26', 'Kabupaten Bangkalan', 'regency')],
  '35.26': [node('35.26.01', 'Kamal', 'district'), node('35.26.02', 'Labang', 'district')],
  '35.26.01': [node('35.26.01.2001', 'Banyu Ajuh', 'village')],
};

const commissions = [
  { id: 'kpu-ri', level: 'national', name: 'KPU RI', regionCode: null },
  { id: 'kpu-35.26', level: 'regency', name: 'KPU Kabupaten Bangkalan', regionCode: '35.26' },
];

function setup(permissions = officerOf()) {
  const regionChildren = vi.fn(async (parentCode?: string) => CHILDREN[parentCode ?? ''] ?? []);
  const create = vi.fn(async (_resource: string, { data }: { data: Record<string, unknown> }) => ({
    data: { ...data, id: 'body-1' },
  }));
  renderInAdmin(
    <ResourceContextProvider value="adhoc-bodies">
      <AdhocBodyCreate />
    </ResourceContextProvider>,
    {
      dataProvider: {
        regionChildren,
        create,
        getList: vi.fn(async () => ({ data: commissions, total: commissions.length })),
      } as never,
      permissions,
    },
  );
  return { regionChildren, create };
}

async function pick(user: ReturnType<typeof userEvent.setup>, label: RegExp, typed: string, option: string) {
  const box = await screen.findByRole('combobox', { name: label });
  await waitFor(() => expect(box).toBeEnabled());
  await user.type(box, typed);
  await user.click(await screen.findByRole('option', { name: new RegExp(option) }));
}

describe('forming an ad hoc body', () => {
  it('lets the national administrator pick the village level by level and names the regency’s commission', async () => {
    const user = userEvent.setup();
    const { regionChildren, create } = setup({
      role: 'nationalAdmin',
      commissionId: 'kpu-ri',
      commissionLevel: 'national',
      commissionName: 'KPU RI',
    });
    await user.type(await screen.findByLabelText(/^Nama/), 'PPS Banyu Ajuh');
    await pick(user, /^Provinsi/, 'Jawa', 'Jawa Timur');
    await pick(user, /^Kabupaten\/Kota/, 'Bang', 'Kabupaten Bangkalan');
    await pick(user, /^Kecamatan/, 'Kam', 'Kamal');
    await pick(user, /^Desa\/Kelurahan/, 'Banyu', 'Banyu Ajuh');
    // Each level is read when its parent is chosen, never the whole country at once.
    expect(regionChildren.mock.calls.map(([parent]) => parent ?? '')).toEqual(
      expect.arrayContaining(['', '35', '35.26', '35.26.01']),
    );
    expect(screen.queryByLabelText(/Nomor TPS/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]![1].data).toMatchObject({
      type: 'pps',
      name: 'PPS Banyu Ajuh',
      regionCode: '35.26.01.2001',
      commissionId: 'kpu-35.26',
    });
  });

  it('starts a regency’s officer at their own kecamatan and asks a KPPS for its polling station', async () => {
    const user = userEvent.setup();
    const { regionChildren, create } = setup();
    await user.type(await screen.findByLabelText(/^Nama/), 'KPPS TPS 7 Banyu Ajuh');
    await user.click(screen.getByLabelText(/^Jenis/));
    await user.click(await screen.findByRole('option', { name: /^KPPS/ }));
    const group = await screen.findByRole('group', { name: 'Wilayah tugas' });
    expect(within(group).queryByRole('combobox', { name: /^Provinsi/ })).not.toBeInTheDocument();
    await pick(user, /^Kecamatan/, 'Kam', 'Kamal');
    await pick(user, /^Desa\/Kelurahan/, 'Banyu', 'Banyu Ajuh');
    await user.type(screen.getByLabelText(/Nomor TPS/), '7');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    const { data } = create.mock.calls[0]![1];
    expect(data).toMatchObject({ type: 'kpps', regionCode: '35.26.01.2001', tpsNumber: 7 });
    expect(data).not.toHaveProperty('commissionId');
    expect(regionChildren).not.toHaveBeenCalledWith(undefined);
  });
});
