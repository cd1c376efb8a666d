import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LABELS } from '@etik/domain';
import { ApiError } from '../../providers/graphql-client';
import type { CaseSession } from '../../providers/records-types';
import { aCase } from '../../test/fixtures';
import { officerOf, renderInAdmin } from '../../test/render-in-admin';
import { CaseRecordsSections } from './CaseRecordsSections';
import { someRecords } from './records-fixtures';

// Dialogs, debounced searches and refetches take longer than the default second on a loaded machine.
configure({ asyncUtilTimeout: 5000 });

const session: CaseSession = {
  id: 's-1',
  kind: 'clarification',
  scheduledAt: '2024-04-22T02:00:00.000Z',
  place: 'Ruang rapat KPU Kabupaten Bangkalan',
  agenda: 'Klarifikasi teradu',
  recordedAt: '2024-04-10T02:00:00.000Z',
  summons: [
    {
      party: { role: 'respondent', membershipId: 'm-kpps-1', name: 'Siti Aminah', identityMasked: false },
      method: 'letter',
      sentAt: '2024-04-15T03:00:00.000Z',
      reference: '012/PP.04/3526/2024',
    },
    {
      party: { role: 'complainant', identityMasked: true },
      method: 'messaging',
      sentAt: '2024-04-15T03:00:00.000Z',
    },
  ],
  attendance: [],
  minutes: null,
};

const catalogue = {
  typicalViolations: vi.fn().mockResolvedValue([]),
  catalogueBehaviours: vi.fn().mockResolvedValue([]),
};

describe('sessions on the case page', () => {
  it('schedules a clarification session, asking for a place or an online link', async () => {
    const user = userEvent.setup();
    const scheduled = someRecords({ version: 4, sessions: [{ ...session, summons: [] }] });
    const caseRecords = vi
      .fn()
      .mockResolvedValueOnce(
        someRecords({
          availableRecordActions: [{ action: 'scheduleSession', sessionKind: 'clarification' }],
        }),
      )
      .mockResolvedValue(scheduled);
    const recordCaseAction = vi.fn().mockResolvedValue(scheduled);
    renderInAdmin(<CaseRecordsSections record={aCase()} />, {
      dataProvider: { caseRecords, recordCaseAction, ...catalogue },
      permissions: officerOf(),
    });
    // The kinds offered are those availableRecordActions names: no examination here.
    expect(screen.queryByRole('button', { name: /Jadwalkan pemeriksaan/ })).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Jadwalkan klarifikasi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Jadwalkan klarifikasi' });
    fireEvent.change(within(dialog).getByLabelText(/^Waktu(?! kejadian)/), {
      target: { value: '2024-04-22T09:00' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(recordCaseAction).not.toHaveBeenCalled();
    expect(within(dialog).getByText('Isi tempat atau tautan daring (salah satu wajib).')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Tempat'), 'Ruang rapat KPU Kabupaten Bangkalan');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(recordCaseAction).toHaveBeenCalledTimes(1));
    const [action, caseId, version, args] = recordCaseAction.mock.calls[0]!;
    expect([action, caseId, version]).toEqual(['scheduleSession', 'case-1', 3]);
    expect(args).toEqual({
      kind: 'clarification',
      scheduledAt: new Date('2024-04-22T09:00').toISOString(),
      place: 'Ruang rapat KPU Kabupaten Bangkalan',
    });
    expect(await screen.findByRole('listitem', { name: /^Klarifikasi,/ })).toHaveTextContent(
      'Klarifikasi teradu',
    );
  });

  it('lists summons per party, masking a confidential complainant, and records attendance of a summoned one', async () => {
    const user = userEvent.setup();
    const caseRecords = vi.fn().mockResolvedValue(
      someRecords({
        sessions: [session],
        availableRecordActions: [{ action: 'recordAttendance', targetId: 's-1' }],
      }),
    );
    const recordCaseAction = vi.fn().mockResolvedValue(someRecords({ sessions: [session] }));
    renderInAdmin(<CaseRecordsSections record={aCase()} />, {
      dataProvider: { caseRecords, recordCaseAction, ...catalogue },
      permissions: officerOf(),
    });
    const summons = await screen.findByRole('list', { name: 'Panggilan' });
    expect(summons).toHaveTextContent(
      `${LABELS.partyRole.respondent.id}: Siti Aminah · ${LABELS.summonsMethod.letter.id}`,
    );
    expect(summons).toHaveTextContent('012/PP.04/3526/2024');
    expect(summons).toHaveTextContent(`${LABELS.partyRole.complainant.id} (Identitas dirahasiakan)`);
    expect(screen.queryByRole('button', { name: /Catat panggilan/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: /^Catat kehadiran: Klarifikasi/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /^Pihak/ }));
    await user.click(
      within(await screen.findByRole('listbox')).getByRole('option', {
        name: `${LABELS.partyRole.complainant.id} (Identitas dirahasiakan)`,
      }),
    );
    await user.click(within(dialog).getByRole('radio', { name: LABELS.attendanceStatus.represented.id }));
    await user.type(within(dialog).getByLabelText('Catatan'), 'Diwakili kuasa');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(recordCaseAction).toHaveBeenCalledWith('recordAttendance', 'case-1', 3, {
        sessionId: 's-1',
        party: { role: 'complainant' },
        status: 'represented',
        note: 'Diwakili kuasa',
      }),
    );
  });

  it('says when a summons went out too late, with the latest time allowed', async () => {
    const user = userEvent.setup();
    const caseRecords = vi.fn().mockResolvedValue(
      someRecords({
        sessions: [{ ...session, summons: [] }],
        availableRecordActions: [{ action: 'recordSummons', targetId: 's-1' }],
      }),
    );
    const recordCaseAction = vi
      .fn()
      .mockRejectedValue(new ApiError('SUMMONS_TOO_LATE', { latestAt: '2024-04-17T02:00:00.000Z' }));
    renderInAdmin(<CaseRecordsSections record={aCase()} />, {
      dataProvider: { caseRecords, recordCaseAction, ...catalogue },
      permissions: officerOf(),
    });
    await user.click(await screen.findByRole('button', { name: /^Catat panggilan: Klarifikasi/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /^Pihak/ }));
    await user.click(
      within(await screen.findByRole('listbox')).getByRole('option', {
        name: `${LABELS.partyRole.respondent.id}: Budi Santoso`,
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(recordCaseAction).toHaveBeenCalledTimes(1));
    expect(recordCaseAction.mock.calls[0]![3]).toMatchObject({
      sessionId: 's-1',
      party: { role: 'respondent', membershipId: 'm-kpps-2' },
      method: 'letter',
    });
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Panggilan dikirim terlalu dekat dengan jadwal sidang.');
    expect(alert).toHaveTextContent('Panggilan paling lambat dikirim');
  });
});
