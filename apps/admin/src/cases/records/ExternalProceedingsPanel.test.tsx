import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LABELS } from '@etik/domain';
import type { ExternalProceeding } from '../../providers/records-types';
import { aCase } from '../../test/fixtures';
import { officerOf, renderInAdmin } from '../../test/render-in-admin';
import { CaseRecordsSections } from './CaseRecordsSections';
import { someRecords } from './records-fixtures';

// Dialogs, debounced searches and refetches take longer than the default second on a loaded machine.
configure({ asyncUtilTimeout: 5000 });

const atPtun: ExternalProceeding = {
  id: 'p-1',
  forum: 'ptun',
  kind: 'proceeding',
  status: 'filed',
  filedAt: '2024-04-10T03:00:00.000Z',
  externalNumber: '31/G/2024/PTUN.SBY',
  recordedAt: '2024-04-11T03:00:00.000Z',
};

const catalogue = {
  typicalViolations: vi.fn().mockResolvedValue([]),
  catalogueBehaviours: vi.fn().mockResolvedValue([]),
};

async function choose(dialog: HTMLElement, name: RegExp, option: string) {
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name }));
  await userEvent.click(within(await screen.findByRole('listbox')).getByRole('option', { name: option }));
}

describe('proceedings elsewhere on the case page', () => {
  it('records a referral to Gakkumdu only with a reason', async () => {
    const user = userEvent.setup();
    const caseRecords = vi
      .fn()
      .mockResolvedValue(someRecords({ availableRecordActions: [{ action: 'recordExternalProceeding' }] }));
    const recordCaseAction = vi.fn().mockResolvedValue(someRecords());
    renderInAdmin(<CaseRecordsSections record={aCase()} />, {
      dataProvider: { caseRecords, recordCaseAction, ...catalogue },
      permissions: officerOf(),
    });
    await user.click(await screen.findByRole('button', { name: 'Catat proses di lembaga lain' }));
    const dialog = await screen.findByRole('dialog');
    await choose(dialog, /^Lembaga/, LABELS.externalForum.gakkumdu.id);
    await choose(dialog, /^Jenis/, LABELS.externalProceedingKind.referral.id);
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(recordCaseAction).not.toHaveBeenCalled();
    await user.type(within(dialog).getByLabelText(/^Alasan pelimpahan/), 'Dugaan politik uang');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(recordCaseAction).toHaveBeenCalledTimes(1));
    expect(recordCaseAction.mock.calls[0]!.slice(0, 3)).toEqual(['recordExternalProceeding', 'case-1', 3]);
    expect(recordCaseAction.mock.calls[0]![3]).toMatchObject({
      forum: 'gakkumdu',
      kind: 'referral',
      status: 'filed',
      reason: 'Dugaan politik uang',
    });
  });

  it('updates the status and result of a proceeding where the API allows it', async () => {
    const user = userEvent.setup();
    const caseRecords = vi.fn().mockResolvedValue(
      someRecords({
        externalProceedings: [atPtun],
        availableRecordActions: [{ action: 'updateExternalProceeding', targetId: 'p-1' }],
      }),
    );
    const recordCaseAction = vi.fn().mockResolvedValue(someRecords({ externalProceedings: [atPtun] }));
    renderInAdmin(<CaseRecordsSections record={aCase()} />, {
      dataProvider: { caseRecords, recordCaseAction, ...catalogue },
      permissions: officerOf(),
    });
    const item = await screen.findByRole('listitem', {
      name: `${LABELS.externalForum.ptun.id} — ${LABELS.externalProceedingKind.proceeding.id}`,
    });
    expect(item).toHaveTextContent('31/G/2024/PTUN.SBY');
    await user.click(within(item).getByRole('button', { name: /^Perbarui/ }));
    const dialog = await screen.findByRole('dialog');
    await choose(dialog, /^Status/, LABELS.externalProceedingStatus.decided.id);
    await user.type(within(dialog).getByLabelText('Hasil'), 'Gugatan ditolak');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(recordCaseAction).toHaveBeenCalledWith('updateExternalProceeding', 'case-1', 3, {
        proceedingId: 'p-1',
        status: 'decided',
        externalNumber: '31/G/2024/PTUN.SBY',
        result: 'Gugatan ditolak',
      }),
    );
  });

  it('takes focus into the form and gives it back to its button on Escape', async () => {
    const user = userEvent.setup();
    const caseRecords = vi
      .fn()
      .mockResolvedValue(someRecords({ availableRecordActions: [{ action: 'recordExternalProceeding' }] }));
    renderInAdmin(<CaseRecordsSections record={aCase()} />, {
      dataProvider: { caseRecords, ...catalogue },
      permissions: officerOf(),
    });
    const button = await screen.findByRole('button', { name: 'Catat proses di lembaga lain' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Catat proses di lembaga lain' });
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /^Lembaga/ })).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
  });

  it('speaks English when the user does', async () => {
    const caseRecords = vi.fn().mockResolvedValue(someRecords({ externalProceedings: [atPtun] }));
    renderInAdmin(<CaseRecordsSections record={aCase()} />, {
      dataProvider: { caseRecords, ...catalogue },
      permissions: officerOf(),
      locale: 'en',
    });
    expect(await screen.findByRole('region', { name: 'Proceedings elsewhere' })).toBeInTheDocument();
    expect(
      await screen.findByRole('listitem', {
        name: `${LABELS.externalForum.ptun.en} — ${LABELS.externalProceedingKind.proceeding.en}`,
      }),
    ).toHaveTextContent(LABELS.externalProceedingStatus.filed.en);
    expect(screen.getByRole('region', { name: 'Allegations' })).toHaveTextContent(
      'No allegation recorded yet.',
    );
  });
});
