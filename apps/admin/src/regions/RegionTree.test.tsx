import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RegionNode } from '../providers/directory-types';
import { renderInAdmin } from '../test/render-in-admin';
import { RegionTree } from './RegionTree';

const region = (code: string, name: string, level: RegionNode['level'], childCount: number): RegionNode => ({
  id: code,
  code,
  name,
  level,
  parentCode: code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null,
  childCount,
  bodyCount: 0,
});

describe('the region tree', () => {
  it('reads the regencies of a province only when it is opened, from the keyboard', async () => {
    const user = userEvent.setup();
    const regionChildren = vi.fn(async (parentCode?: string) =>
      parentCode === '35'
        ? [region('35.26', 'Kabupaten Bangkalan', 'regency', 18)]
        : [region('35', 'Jawa Timur', 'province', 38)],
    );
    renderInAdmin(<RegionTree />, { dataProvider: { regionChildren } });
    const province = await screen.findByRole('button', { name: 'Jawa Timur' });
    expect(province).toHaveAttribute('aria-expanded', 'false');
    expect(regionChildren).toHaveBeenCalledTimes(1);

    province.focus();
    await user.keyboard('{Enter}');
    expect(province).toHaveAttribute('aria-expanded', 'true');
    const group = await screen.findByRole('group', { name: 'Wilayah di bawah Jawa Timur' });
    expect(within(group).getByRole('button', { name: 'Kabupaten Bangkalan' })).toBeInTheDocument();
    expect(regionChildren).toHaveBeenLastCalledWith('35');

    await user.keyboard(' ');
    expect(province).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Wilayah di bawah Jawa Timur' })).not.toBeInTheDocument();
  });
});
