import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MESSAGE_LABELS } from '@etik/domain';
import type { MemberImportRecord } from '../providers/directory-types';
import { renderInAdmin } from '../test/render-in-admin';
import { ImportErrors, ImportProgress } from './MemberImportShow';

const running: MemberImportRecord = {
  id: 'imp-1',
  status: 'running',
  fileName: 'anggota.csv',
  fileSize: 2048,
  progress: 0.4,
  totalRows: 10,
  processedRows: 4,
  importedRows: 2,
  updatedRows: 1,
  unchangedRows: 0,
  rejectedRows: 1,
  createdAt: '2024-03-01T02:00:00.000Z',
  commission: { id: 'kpu-35.26', name: 'KPU Kabupaten Bangkalan' },
};

describe('a member import', () => {
  it('shows how far a running import got, with its counts', async () => {
    renderInAdmin(<ImportProgress record={running} />);
    expect(await screen.findByText('Berjalan — 4 dari 10 baris diproses (40%)')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByTestId('import-imported')).toHaveTextContent('2');
    expect(screen.getByTestId('import-rejected')).toHaveTextContent('1');
  });

  it('shows the per-line errors of an import in the domain words, by line and column', async () => {
    const memberImportErrors = vi.fn().mockResolvedValue({
      totalCount: 2,
      nodes: [
        { line: 3, code: 'INVALID_NIK', field: 'nik', message: 'Invalid NIK' },
        { line: 7, code: 'SOMETHING_THE_DOMAIN_LACKS', field: null, message: 'Row too odd' },
      ],
    });
    renderInAdmin(<ImportErrors record={running} />, { dataProvider: { memberImportErrors } });
    const table = await screen.findByRole('table', { name: 'Baris yang ditolak' });
    const rows = await within(table).findAllByRole('row');
    expect(rows[1]).toHaveTextContent(`3nik${MESSAGE_LABELS.INVALID_NIK!.id}`);
    // A code without a label falls back to the API's own text.
    expect(rows[2]).toHaveTextContent('7Row too odd');
    expect(memberImportErrors).toHaveBeenCalledWith('imp-1', 1, 25);
  });

  it('says so when no line was refused', async () => {
    const memberImportErrors = vi.fn().mockResolvedValue({ totalCount: 0, nodes: [] });
    renderInAdmin(<ImportErrors record={{ ...running, rejectedRows: 0 }} />, {
      dataProvider: { memberImportErrors },
    });
    expect(await screen.findByText('Tidak ada baris yang ditolak.')).toBeInTheDocument();
  });
});
