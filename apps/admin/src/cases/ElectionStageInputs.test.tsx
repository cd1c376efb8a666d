import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { renderInAdmin } from '../test/render-in-admin';
import { ElectionStageInputs } from './ElectionStageInputs';
import { fileCaseInputOf } from './filing';

const elections = [
  {
    id: 'el-1',
    version: 1,
    kind: 'general',
    name: 'Pemilu 2029',
    startsOn: '2028-06-01',
    endsOn: '2029-10-20',
    stages: [
      { id: 'st-1', name: 'Kampanye', startsOn: '2028-11-01', endsOn: '2029-02-10' },
      { id: 'st-2', name: 'Pemungutan suara', startsOn: '2029-02-14', endsOn: '2029-02-14' },
    ],
  },
  {
    id: 'el-2',
    version: 1,
    kind: 'regional',
    name: 'Pilkada 2029',
    startsOn: '2029-01-01',
    endsOn: '2029-12-31',
    stages: [{ id: 'st-9', name: 'Pencalonan', startsOn: '2029-08-01', endsOn: '2029-09-01' }],
  },
];

describe('ElectionStageInputs', () => {
  it('offers the stages of the election chosen, and forgets a stage when the election changes', async () => {
    const getList = vi.fn().mockResolvedValue({ data: elections, total: elections.length });
    const user = userEvent.setup();
    let submitted: Record<string, unknown> | undefined;
    renderInAdmin(
      <Form
        onSubmit={(values: Record<string, unknown>) => {
          submitted = values;
        }}
      >
        <ElectionStageInputs />
        <button type="submit">kirim</button>
      </Form>,
      { dataProvider: { getList } },
    );
    await user.click(await screen.findByRole('combobox', { name: 'Pemilihan' }));
    await user.click(await screen.findByRole('option', { name: 'Pemilu 2029' }));
    await user.click(screen.getByRole('combobox', { name: 'Tahapan' }));
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByRole('option', { name: /Kampanye/ })).toBeInTheDocument();
    expect(within(listbox).queryByRole('option', { name: /Pencalonan/ })).toBeNull();
    await user.click(within(listbox).getByRole('option', { name: /Pemungutan suara/ }));

    await user.click(screen.getByRole('combobox', { name: 'Pemilihan' }));
    await user.click(await screen.findByRole('option', { name: 'Pilkada 2029' }));
    await user.click(screen.getByRole('button', { name: 'kirim' }));
    expect(submitted).toMatchObject({ electionId: 'el-2', stageId: null });
  });

  it('files the election and stage chosen, and never a stage without its election', () => {
    const base = { source: 'publicComplaint' as const, receivedAt: '2029-02-20T10:00', respondents: [] };
    expect(fileCaseInputOf({ ...base, electionId: 'el-1', stageId: 'st-2' })).toMatchObject({
      electionId: 'el-1',
      stageId: 'st-2',
    });
    const without = fileCaseInputOf({ ...base, electionId: null, stageId: 'st-2' });
    expect(without).not.toHaveProperty('electionId');
    expect(without).not.toHaveProperty('stageId');
  });
});
