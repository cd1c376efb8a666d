import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LABELS } from '@etik/domain';
import { ApiError } from '../../providers/graphql-client';
import type { Allegation } from '../../providers/records-types';
import { aCase } from '../../test/fixtures';
import { officerOf, renderInAdmin } from '../../test/render-in-admin';
import { CaseRecordsSections } from './CaseRecordsSections';
import { CAMPAIGN, someRecords } from './records-fixtures';

// Dialogs, debounced searches and refetches take longer than the default second on a loaded machine.
configure({ asyncUtilTimeout: 5000 });

const recorded: Allegation = {
  id: 'al-1',
  respondentMembershipId: 'm-kpps-1',
  category: 'codeOfEthics',
  principle: 'independent',
  behaviour: 'noCampaignInvolvement',
  description: 'Hadir di kampanye paslon.',
  finding: null,
  recordedAt: '2024-03-01T02:00:00.000Z',
  legalReferences: [
    {
      citation: 'Peraturan DKPP 2/2017 Pasal 8 huruf j',
      instrument: 'Peraturan DKPP 2/2017',
      confidence: 'high',
    },
  ],
};

const catalogue = {
  typicalViolations: vi.fn().mockResolvedValue([CAMPAIGN]),
  catalogueBehaviours: vi.fn().mockResolvedValue(CAMPAIGN.behaviours),
};

describe('allegations on the case page', () => {
  it('lists an allegation with its principle, behaviour, legal reference and the missing finding', async () => {
    const caseRecords = vi.fn().mockResolvedValue(someRecords({ allegations: [recorded] }));
    renderInAdmin(<CaseRecordsSections record={aCase()} />, {
      dataProvider: { caseRecords, ...catalogue },
      permissions: officerOf(),
    });
    const item = await screen.findByRole('listitem', { name: 'Dugaan 1 — Siti Aminah' });
    expect(item).toHaveTextContent(LABELS.principle.independent.id);
    expect(item).toHaveTextContent(LABELS.behaviour.noCampaignInvolvement.id);
    expect(item).toHaveTextContent(LABELS.violationCategory.codeOfEthics.id);
    expect(item).toHaveTextContent('Peraturan DKPP 2/2017 Pasal 8 huruf j');
    expect(item).toHaveTextContent('Belum ada temuan');
    // availableRecordActions allows nothing: no buttons.
    expect(screen.queryByRole('button', { name: /Tambah dugaan|Ubah|Hapus|Catat temuan/ })).toBeNull();
  });

  it('adds an allegation through the typical-violation search, which fills principle and behaviour', async () => {
    const user = userEvent.setup();
    const added = someRecords({ version: 4, allegations: [recorded] });
    // The API answers the mutation with the records, and later reads give the same.
    const caseRecords = vi
      .fn()
      .mockResolvedValueOnce(someRecords({ availableRecordActions: [{ action: 'addAllegation' }] }))
      .mockResolvedValue(added);
    const recordCaseAction = vi.fn().mockResolvedValue(added);
    renderInAdmin(<CaseRecordsSections record={aCase()} />, {
      dataProvider: { caseRecords, recordCaseAction, ...catalogue },
      permissions: officerOf(),
    });
    await user.click(await screen.findByRole('button', { name: 'Tambah dugaan pelanggaran' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tambah dugaan pelanggaran' });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /^Teradu/ }));
    await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: 'Siti Aminah' }));
    await user.type(within(dialog).getByRole('combobox', { name: 'Cari contoh pelanggaran' }), 'kampanye');
    await user.click(await screen.findByRole('option', { name: CAMPAIGN.label.id }));
    await waitFor(() => expect(catalogue.typicalViolations).toHaveBeenCalledWith('kampanye', 'id'));
    expect(within(dialog).getByRole('combobox', { name: /^Prinsip/ })).toHaveTextContent(
      LABELS.principle.independent.id,
    );
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: /^Perilaku/ })).toHaveTextContent(
        LABELS.behaviour.noCampaignInvolvement.id,
      ),
    );
    expect(dialog).toHaveTextContent('Peraturan DKPP 2/2017 Pasal 8 huruf j');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(recordCaseAction).toHaveBeenCalledTimes(1));
    expect(recordCaseAction).toHaveBeenCalledWith('addAllegation', 'case-1', 3, {
      allegation: {
        respondentMembershipId: 'm-kpps-1',
        principle: 'independent',
        behaviour: 'noCampaignInvolvement',
        category: 'codeOfEthics',
        description: CAMPAIGN.label.id,
      },
    });
    expect(await screen.findByRole('listitem', { name: 'Dugaan 1 — Siti Aminah' })).toBeInTheDocument();
  });

  it('records a finding where the API allows it', async () => {
    const user = userEvent.setup();
    const found = someRecords({ allegations: [{ ...recorded, finding: 'proven', findingNote: 'Diakui' }] });
    const caseRecords = vi
      .fn()
      .mockResolvedValueOnce(
        someRecords({
          allegations: [recorded],
          availableRecordActions: [{ action: 'recordAllegationFinding', targetId: 'al-1' }],
        }),
      )
      .mockResolvedValue(found);
    const recordCaseAction = vi.fn().mockResolvedValue(found);
    renderInAdmin(<CaseRecordsSections record={aCase()} />, {
      dataProvider: { caseRecords, recordCaseAction, ...catalogue },
      permissions: officerOf(),
    });
    await user.click(await screen.findByRole('button', { name: 'Catat temuan: Dugaan 1 — Siti Aminah' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: LABELS.finding.proven.id }));
    await user.type(within(dialog).getByLabelText('Catatan temuan'), 'Diakui');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(recordCaseAction).toHaveBeenCalledWith('recordAllegationFinding', 'case-1', 3, {
        allegationId: 'al-1',
        finding: 'proven',
        note: 'Diakui',
      }),
    );
    expect(await screen.findByRole('listitem', { name: 'Dugaan 1 — Siti Aminah' })).toHaveTextContent(
      LABELS.finding.proven.id,
    );
  });

  it("shows the API's reasons when an allegation is refused", async () => {
    const user = userEvent.setup();
    const caseRecords = vi.fn().mockResolvedValue(
      someRecords({
        allegations: [recorded],
        availableRecordActions: [{ action: 'removeAllegation', targetId: 'al-1' }],
      }),
    );
    const recordCaseAction = vi
      .fn()
      .mockRejectedValue(new ApiError('ALLEGATION_INVALID', { problems: ['DESCRIPTION_REQUIRED'] }));
    renderInAdmin(<CaseRecordsSections record={aCase()} />, {
      dataProvider: { caseRecords, recordCaseAction, ...catalogue },
      permissions: officerOf(),
    });
    await user.click(await screen.findByRole('button', { name: 'Hapus: Dugaan 1 — Siti Aminah' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Hapus: Dugaan 1 — Siti Aminah' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Dugaan pelanggaran belum lengkap atau tidak sesuai katalog.');
    expect(alert).toHaveTextContent('Uraian dugaan wajib diisi.');
  });
});
