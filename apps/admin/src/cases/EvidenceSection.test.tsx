import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LABELS } from '@etik/domain';
import type { EvidenceFile } from '../providers/api-types';
import { ApiError } from '../providers/graphql-client';
import { aCase } from '../test/fixtures';
import { officerOf, renderInAdmin } from '../test/render-in-admin';
import { EvidenceSection } from './EvidenceSection';

const SHA = '76b4a08e9ce95dc471e5c8eff23d8b6a5a29c6cb2d9e6f471dbf9354740fbe31';
const stored: EvidenceFile = {
  id: 'ev-1',
  kind: 'document',
  description: 'Foto kuitansi',
  fileName: 'kuitansi.pdf',
  mediaType: 'application/pdf',
  size: 2048,
  sha256: SHA,
  uploadedBy: 'user-officer.35.26',
  uploadedByRole: 'officer',
  uploadedAt: '2024-03-01T02:00:00.000Z',
  downloadPath: '/files/evidence/ev-1',
};

const pdf = () => new File(['%PDF-1.4\nhello\n'], 'kuitansi.pdf', { type: 'application/pdf' });

async function fillAndSend(user: ReturnType<typeof userEvent.setup>, file = pdf()) {
  fireEvent.mouseDown(await screen.findByRole('combobox', { name: /^Jenis/ }));
  await user.click(
    within(await screen.findByRole('listbox')).getByRole('option', { name: LABELS.evidenceKind.document.id }),
  );
  await user.type(screen.getByLabelText('Keterangan'), 'Foto kuitansi');
  await user.upload(screen.getByLabelText('Pilih berkas'), file);
  await user.click(screen.getByRole('button', { name: 'Unggah' }));
}

afterEach(() => vi.unstubAllGlobals());

describe('evidence files on the case page', () => {
  it('uploads a file and shows the SHA-256 the server computed', async () => {
    const user = userEvent.setup();
    const uploadEvidence = vi.fn().mockResolvedValue(stored);
    renderInAdmin(<EvidenceSection record={aCase()} />, {
      dataProvider: { uploadEvidence },
      permissions: officerOf(),
    });
    expect(await screen.findByText('Belum ada berkas alat bukti.')).toBeInTheDocument();
    await fillAndSend(user);
    await waitFor(() => expect(uploadEvidence).toHaveBeenCalledTimes(1));
    const [caseId, upload] = uploadEvidence.mock.calls[0]!;
    expect(caseId).toBe('case-1');
    expect(upload).toMatchObject({ kind: 'document', description: 'Foto kuitansi' });
    expect((upload as { file: File }).file.name).toBe('kuitansi.pdf');
    const status = await screen.findByRole('status', { name: '' });
    expect(status).toHaveTextContent(`Berkas kuitansi.pdf tersimpan. SHA-256: ${SHA}`);
  });

  it('says in Indonesian that the file is too large, with the limit the API gave', async () => {
    const user = userEvent.setup();
    const uploadEvidence = vi
      .fn()
      .mockRejectedValue(new ApiError('PAYLOAD_TOO_LARGE', { maxBytes: 10 * 1024 * 1024 }));
    renderInAdmin(<EvidenceSection record={aCase()} />, {
      dataProvider: { uploadEvidence },
      permissions: officerOf(),
    });
    await screen.findByRole('button', { name: 'Pilih berkas' });
    await fillAndSend(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Berkas terlalu besar: paling besar 10 MB.');
  });

  it('says in English that a disguised file does not match its type', async () => {
    const user = userEvent.setup();
    const uploadEvidence = vi
      .fn()
      .mockRejectedValue(
        new ApiError('UNSUPPORTED_MEDIA_TYPE', { reason: 'CONTENT_MISMATCH', mediaType: 'application/pdf' }),
      );
    renderInAdmin(<EvidenceSection record={aCase()} />, {
      dataProvider: { uploadEvidence },
      permissions: officerOf(),
      locale: 'en',
    });
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: /^Kind/ }));
    await user.click(within(await screen.findByRole('listbox')).getAllByRole('option')[0]!);
    await user.upload(screen.getByLabelText('Choose a file'), pdf());
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The file's content does not match its type (application/pdf).",
    );
  });

  it('lists each file with its hash and downloads it through the API with the token, not a bare link', async () => {
    const user = userEvent.setup();
    const blob = new Blob(['%PDF-1.4']);
    const downloadEvidence = vi.fn().mockResolvedValue({ blob, fileName: 'kuitansi.pdf' });
    const createObjectURL = vi.fn(() => 'blob:etik/1');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    renderInAdmin(<EvidenceSection record={aCase({ evidence: [stored] })} />, {
      dataProvider: { downloadEvidence },
      permissions: officerOf(),
    });
    const list = await screen.findByRole('list', { name: 'Berkas alat bukti perkara ini' });
    expect(within(list).getByText(SHA)).toBeInTheDocument();
    expect(
      within(list).getByText(`${LABELS.evidenceKind.document.id} · Foto kuitansi · 2 KB`, { exact: false }),
    ).toBeInTheDocument();
    expect(document.querySelector('a[href*="/files/evidence"]')).toBeNull();
    await user.click(within(list).getByRole('button', { name: 'Unduh kuitansi.pdf' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(downloadEvidence).toHaveBeenCalledWith(
      expect.objectContaining({ downloadPath: '/files/evidence/ev-1' }),
    );
    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(clicked[0]!.download).toBe('kuitansi.pdf');
    click.mockRestore();
  });

  it('offers no upload to a role that may not add evidence', async () => {
    renderInAdmin(<EvidenceSection record={aCase()} />, {
      permissions: { ...officerOf('kpu-35'), role: 'analyst', commissionLevel: 'provincial' },
    });
    expect(
      await screen.findByText(/Hanya petugas dan anggota KPU penanganan serta tim pemeriksa/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Unggah' })).not.toBeInTheDocument();
  });
});
